/**
 * The lines Korean wire copy is made of, as Yonhap's Korean service (and the portals that carry
 * it) print them: labels in a headline (`…핵실험(종합2보)`, `[속보] …`), the opening
 * `(서울=연합뉴스) 홍길동 기자 =`, photo credits in square brackets (`[연합뉴스 자료사진]`) and the
 * sign-off around a story (the reporter's e-mail, `제보는 카카오톡 okjebo`, `<저작권자(c) 연합뉴스 …>`,
 * `(끝)`, `2016/01/06 13:40 송고`, the buttons of the page). Only Hangul forms are matched here,
 * so English copy reads exactly as before.
 */

/** The labels Yonhap puts on a Korean headline: the take (`2보`), a roundup (`종합`, `종합2보`), urgency and kind. */
const LABEL_WORD = String.raw`(?:종합\s*\d*\s*보?|\d+\s*보|속보|상보|긴급|고침|재송|전문|일문일답|인터뷰|르포|단독|해설|그래픽|사진|영상|게시판|부고|인사)`;
const LABEL = String.raw`${LABEL_WORD}(?:\s*[·ㆍ,]\s*${LABEL_WORD})*`;
/** Yonhap writes a label in round brackets, urgent ones also in square or angle brackets. */
const BRACKETED = (label: string) => String.raw`(?:\((${label})\)|\[(${label})\]|<(${label})>|【(${label})】)`;
const LEADING_LABEL = new RegExp(String.raw`^${BRACKETED(LABEL)}\s*(?=\S)`, 'u');
const TRAILING_LABEL = new RegExp(String.raw`(?<=\S)\s*${BRACKETED(LABEL)}$`, 'u');

const bracketContent = (m: RegExpExecArray) => (m[1] ?? m[2] ?? m[3] ?? m[4]!).replace(/\s+/g, '');

/**
 * A Korean headline's labels, taken off its front (`[속보] …`) and its end (`…강행(종합2보)`), as
 * written (`종합2보`); `undefined` when it carries none. Only Yonhap's own label words count, so a
 * headline ending in another bracket (`…지지율 하락(갤럽)`) keeps it.
 */
export function splitKoreanLabel(headline: string): { title: string; labels: string[] } | undefined {
  let title = headline.trim();
  const labels: string[] = [];
  for (let m = LEADING_LABEL.exec(title); m; m = LEADING_LABEL.exec(title)) {
    labels.push(bracketContent(m));
    title = title.slice(m[0].length);
  }
  const trailing: string[] = [];
  for (let m = TRAILING_LABEL.exec(title); m; m = TRAILING_LABEL.exec(title)) {
    trailing.unshift(bracketContent(m));
    title = title.slice(0, m.index).trimEnd();
  }
  labels.push(...trailing);
  return labels.length && title ? { title, labels } : undefined;
}

/** Korean agencies by the name a dateline gives them, to the name the archive's sources go by. */
const KOREAN_AGENCIES: Record<string, string> = { 연합뉴스: 'Yonhap', 뉴시스: 'Newsis', 뉴스1: 'News1' };
/** Foreign agencies whose copy Yonhap carries (`(워싱턴 AP=연합뉴스)`): the place is before them. */
const CARRIED_AGENCY = /\s+(?:AP|AFP|EPA|UPI|dpa|DPA|로이터|신화|교도|타스|블룸버그)$/;

/** Words that follow a reporter's name (`기자`, `인턴기자`, `특파원`), each a token of its own. */
const ROLE_TOKEN = /^(?:(?:인턴|선임|전문|객원|수습)?기자|인턴|선임|전문|객원|수습|특파원|통신원|리포터|PD|VJ)$/u;
/** A byline that names a desk or a pool rather than people (`통일부 공동취재단`, `북한뉴스팀`). */
const TEAM = /(?:팀|취재단|취재반|공동취재단|데스크)$/u;

/** The dateline and byline that open a Korean wire story: `(서울=연합뉴스) 홍길동 김철수 기자 = `. */
export interface KoreanDateline {
  /** The place as written: `서울`, `워싱턴`. */
  city: string;
  /** The agency in the archive's spelling where it knows one (`Yonhap` for 연합뉴스), else as written. */
  agency: string;
  /** The reporters (or the desk) named before `=`, without `기자`/`특파원`; empty when none is named. */
  byline: string[];
  /** How many characters of the paragraph the dateline and byline take, with the space after them. */
  length: number;
}

const KOREAN_DATELINE = /^\(\s*([^()=\n]{1,30}?)\s*=\s*(연합뉴스|뉴시스|뉴스1)(?:TV)?\s*\)\s*/u;
/** What may stand between the dateline and `=`: names and roles, at most a short line of them. */
const BYLINE_BEFORE_EQUALS = /^([^=\n()]{1,80}?)\s*=\s*/u;

/** The Korean dateline at the head of a paragraph, or `undefined`. */
export function matchKoreanDateline(paragraph: string): KoreanDateline | undefined {
  const m = KOREAN_DATELINE.exec(paragraph);
  if (!m) return undefined;
  const city = m[1]!.replace(CARRIED_AGENCY, '').trim();
  if (!city) return undefined;
  let length = m[0].length;
  let byline: string[] = [];
  const rest = paragraph.slice(length);
  const named = BYLINE_BEFORE_EQUALS.exec(rest);
  if (/^=\s*/.test(rest)) {
    // `(서울=연합뉴스) = …`: a dateline with nobody named.
    length += /^=\s*/.exec(rest)![0].length;
  } else if (named) {
    const names = splitKoreanByline(named[1]!);
    if (names) {
      byline = names;
      length += named[0].length;
    }
  }
  return { city, agency: KOREAN_AGENCIES[m[2]!] ?? m[2]!, byline, length };
}

/**
 * The names in a Korean byline: `홍길동 김철수 기자` → 홍길동, 김철수; `홍길동 기자·김철수 인턴기자`
 * → 홍길동, 김철수; `통일부 공동취재단` stays whole. `undefined` when the text is no byline (it
 * neither ends in a reporter's title nor names a desk), so prose is never taken for names.
 */
export function splitKoreanByline(text: string): string[] | undefined {
  const groups = text
    .split(/\s*[·ㆍ・,]\s*/u)
    .map((g) => g.trim())
    .filter(Boolean);
  if (!groups.length) return undefined;
  const names: string[] = [];
  for (const group of groups) {
    const tokens = group.split(/\s+/);
    if (ROLE_TOKEN.test(tokens.at(-1)!)) {
      const people = tokens.filter((t) => !ROLE_TOKEN.test(t));
      if (!people.length) return undefined;
      names.push(...people);
    } else if (TEAM.test(group) && group.length <= 30) {
      names.push(group);
    } else {
      return undefined;
    }
  }
  // Names are short and have no sentence punctuation in them.
  if (names.some((n) => n.length > 30 || /[.!?"“”'‘’]/.test(n))) return undefined;
  return [...new Set(names)];
}

/** A reporter's line in a page's header: `홍길동 기자`, `김아무개 특파원`, with the page's `기자 페이지` after it. */
export function matchKoreanReporterLine(line: string): string[] | undefined {
  const text = line.replace(/\s*기자\s*페이지$/, '').trim();
  if (!text || text.length > 60 || !ROLE_TOKEN.test(text.split(/\s+/).at(-1)!)) return undefined;
  return splitKoreanByline(text);
}

/** Square-bracket photo credits: `[연합뉴스 자료사진]`, `[AP=연합뉴스]`, `[국방부 제공. 재판매 및 DB 금지]`, `[조선중앙TV 캡처]`. */
const PHOTO_CREDIT = /^(.*?)\s*\[([^[\]]*(?:연합뉴스|제공|캡처|사진|자료|DB\s*금지|재판매|공동취재|촬영)[^[\]]*)\]$/u;

/** A Korean photo caption and its bracketed credit; the caption is empty when the line is the credit alone. */
export function splitKoreanPhotoCredit(line: string): { caption: string; credit: string } | undefined {
  const m = PHOTO_CREDIT.exec(line.trim());
  if (!m || m[2]!.trim().length > 60) return undefined;
  return { caption: m[1]!.trim(), credit: m[2]!.trim() };
}

/** The buttons and links of a Korean news page, alone on a line or run together (`공유 댓글 글자크기 변경 번역 인쇄`). */
const BUTTONS = [
  '본문 바로가기',
  '메뉴 바로가기',
  '기자 페이지',
  '구독 ?중',
  '구독(?:하기)?',
  '공유(?:하기)?',
  '댓글(?:쓰기)?',
  '글자 ?크기 ?(?:변경|조정|조절)',
  '번역',
  '인쇄(?:하기)?',
  '스크랩',
  '닫기',
  '좋아요',
];
const BUTTON_RUN = new RegExp(String.raw`^(?:(?:${BUTTONS.join('|')})(?:\s+|$))+$`, 'u');

/** The pieces of a Korean wire story's sign-off, which pages print on one line or several. */
const SIGN_OFF_PIECES: readonly RegExp[] = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /제보는\s*카카오톡\s*[\w.-]+/gu,
  /<?\s*저작권자\s*(?:\(c\)|ⓒ|©)?[^<>]*(?:금지|reserved)\.?\s*>?/giu,
  /\d{4}\/\d{2}\/\d{2}\s+\d{1,2}:\d{2}\s*송고/gu,
  /\(끝\)/gu,
];

/** Whether a line is made of nothing but sign-off pieces (`gildong@yna.co.kr`, `<저작권자(c) 연합뉴스, …>`, `(끝)`). */
export function isKoreanSignOffLine(line: string): boolean {
  let rest = line.trim();
  if (!rest || rest.length > 300) return false;
  let found = false;
  for (const piece of SIGN_OFF_PIECES) {
    rest = rest.replace(piece, () => {
      found = true;
      return ' ';
    });
  }
  return found && !rest.replace(/[\s,;|·]+/g, '');
}

/**
 * Whether a line of a Korean page is page chrome: its buttons or the wire's sign-off. A line of
 * e-mail addresses alone is left to the caller, who knows whether it stands on its own (a pasted
 * line, a paragraph) or is a link inside a sentence.
 */
export function isKoreanChromeLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (hasHangul(text) && BUTTON_RUN.test(text)) return true;
  return isKoreanSignOffLine(text) && (hasHangul(text) || text.includes('(끝)'));
}

/** The heading of the related-news list under a Korean story. */
export const isKoreanRelatedHeading = (line: string) =>
  /^(?:관련\s*뉴스|관련\s*기사|많이\s*본\s*뉴스|이\s*시각\s*주요뉴스|주요\s*뉴스|핫뉴스|최신\s*뉴스)$/u.test(
    line.trim(),
  );

/** Yonhap's end mark, `(끝)`, at the end of the story's last paragraph. */
export const KOREAN_END_SUFFIX = /\s*\(끝\)$/u;

/** Whether a text is written in Hangul (at least one syllable), to tell Korean copy from English. */
export const hasHangul = (text: string) => /[\uAC00-\uD7A3]/u.test(text);
