/**
 * Recognisers for the lines wire copy is made of, shared by the page parsers: headline
 * labels, datelines, bylines, photo credits, separators and sign-offs.
 */
import type { KnownSource } from '../../types.ts';
import { sourceForAgency } from '../../sources.ts';
import { matchKoreanDateline, splitKoreanLabel, splitKoreanPhotoCredit } from './korean-wire-lines.ts';

/**
 * A headline without its labels: `(LEAD) (News Focus) Talks open` → `Talks open`, `LEAD, News Focus`;
 * a Korean headline's `…핵실험(종합2보)` → `…핵실험`, `종합2보` (korean-wire-lines.ts).
 */
export function splitLabel(headline: string): { title: string; label?: string } {
  const labels: string[] = [];
  let title = headline.trim();
  const korean = splitKoreanLabel(title);
  if (korean) {
    labels.push(...korean.labels);
    title = korean.title;
  }
  for (
    let m = /^\(([^()]{1,30})\)\s+(?=\S)/.exec(title);
    m && !/^ATTN\b/i.test(m[1]!);
    m = /^\(([^()]{1,30})\)\s+(?=\S)/.exec(title)
  ) {
    labels.push(m[1]!.trim());
    title = title.slice(m[0].length);
  }
  return labels.length ? { title, label: labels.join(', ') } : { title };
}

/** The dateline that opens a story's first paragraph. */
export interface Dateline {
  /** The city as written, in capitals: `SEOUL`, `NEW YORK`. */
  city: string;
  /** What follows the city before the agency: `Jan. 20` (Yonhap) or `South Korea` (AP). */
  detail?: string;
  /** The agency in parentheses: `Yonhap`, `AP` (`Yonhap` too for a Korean `(서울=연합뉴스)`). */
  agency?: string;
  /** The reporters a Korean dateline names before its `=` (`홍길동 기자 =`); English bylines are lines of their own. */
  byline?: string[];
  /** How many characters of the paragraph the dateline takes, with the space after it: the story starts there. */
  length: number;
}

const CITY = String.raw`[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*`;
const DATELINE = new RegExp(String.raw`^(${CITY})(?:,\s+([^()\n]{1,40}?))?\s+(?:\(([^()]{1,40})\)\s+)?(--|—|–|-)\s`);

/**
 * The dateline at the head of a paragraph: `SEOUL, Jan. 20 (Yonhap) -- `, `SEOUL, South Korea (AP) — `,
 * `SEOUL – `, or Korean `(서울=연합뉴스) 홍길동 기자 = ` (with its byline).
 */
export function matchDateline(paragraph: string): Dateline | undefined {
  const korean = matchKoreanDateline(paragraph);
  if (korean) {
    const { city, agency, byline, length } = korean;
    return { city, agency, length, ...(byline.length && { byline }) };
  }
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  const [whole, city, detail, agency, dash] = m;
  // A bare hyphen is too common in prose to count without an agency before it.
  if (dash === '-' && !agency) return undefined;
  if (city!.replace(/[^A-Z]/g, '').length < 2) return undefined;
  const length = whole.length + /^\s*/.exec(paragraph.slice(whole.length))![0].length;
  return { city: city!, ...(detail && { detail }), ...(agency && { agency }), length };
}

const NAME_WORD = String.raw`[A-Z][\p{L}.'’-]*`;
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,4}`;
const BYLINE = new RegExp(`^By (${NAME}(?:(?:, | and | & |, and )${NAME})*)$`, 'u');

/**
 * The names in a byline line (`By KIM TONG-HYUNG and DANA ROWE`), as written. With `strict`,
 * only the capitalised AP form counts, for lines inside a story where `By Thursday` is prose.
 */
export function matchByline(line: string, { strict = false } = {}): string[] | undefined {
  const text = line.trim();
  if (text.length > 100) return undefined;
  const m = BYLINE.exec(text);
  if (!m) return undefined;
  const names = m[1]!
    .split(/, and |, | and | & /)
    .map((n) => n.trim())
    .filter(Boolean);
  if (strict && names.some((n) => n !== n.toUpperCase())) return undefined;
  return names;
}

/** A photo caption ending in its credit: `... 2021. (AP Photo/Name, Pool)`. */
export function splitCredit(paragraph: string): { caption: string; credit: string } | undefined {
  const m = /^(.*\S)\s*\(([^()]*(?:\bPhoto\b|\bvia AP\b|\bPool\b)[^()]*)\)$/.exec(paragraph.trim());
  return m ? { caption: m[1]!, credit: m[2]!.trim() } : undefined;
}

const AGENCY_CREDIT =
  /^(.*\S)\s*\(((?:Yonhap|AP|AFP|Reuters|EPA|KCNA|Xinhua|Kyodo|Getty Images|Handout)(?:[/ ][^()]*)?)\)$/;

/**
 * A caption and the credit at its end, as agencies and news sites write them: a photo credit
 * (`AP Photo/Name`), an agency (`Yonhap`, `Reuters/Name`), the name of a source the archive knows,
 * or Korean bracketed credits (`[연합뉴스 자료사진]`, `[국방부 제공]`).
 */
export function splitCaptionCredit(
  caption: string,
  sources: readonly KnownSource[],
): { caption: string; credit?: string } {
  const text = caption.trim();
  const photo = splitCredit(text);
  if (photo) return photo;
  const agency = AGENCY_CREDIT.exec(text);
  if (agency) return { caption: agency[1]!, credit: agency[2]!.trim() };
  // A Korean credit in square brackets (`[국방부 제공]`); a caption that is only its credit keeps no text.
  const korean = splitKoreanPhotoCredit(text);
  if (korean) return korean;
  const named = /^(.*\S)\s*\(([^()]{2,40})\)$/.exec(text);
  if (named && sourceForAgency(named[2]!.trim(), sources)) return { caption: named[1]!, credit: named[2]!.trim() };
  return { caption: text };
}

/** A separator line: `___`, `***`, `---`. */
export const isSeparator = (line: string) => /^\s*(?:_{3,}|\*{3,}|-{3,})\s*$/.test(line);

/** A line that is only an e-mail address, as Yonhap reporters sign off. */
export const isEmailLine = (line: string) => /^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/.test(line);
