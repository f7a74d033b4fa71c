import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../../../src/importer/article/convert.ts';
import { parseYonhap } from '../../../../../src/importer/formats/pages/yonhap.ts';
import { describeFixtures, markdownParagraphs, SOURCES } from '../../fixtures.ts';

/**
 * The story's paragraphs as a Yonhap page lays them out: every line from the dateline to
 * `(END)`, the reporter's e-mail or the feedback footer, with an `(END)` at a line's end removed.
 * A Korean page's story runs from `(서울=연합뉴스) … =` (which the page header shows, so the
 * paragraph starts after it) to the e-mail or the copyright notice, its photo captions apart.
 */
function storyParagraphs(bytes: Buffer): string[] {
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const isPhoto = (l: string) => /\[[^\]]+\]$/.test(l);
  const koreanStart = lines.findIndex((l) => /^\([^()=]+=연합뉴스\) /.test(l) && !isPhoto(l));
  if (koreanStart >= 0) {
    const end = lines.findIndex(
      (l, i) => i > koreanStart && (/^\S+@\S+$/.test(l) || /^(?:제보는|<저작권자|관련 뉴스)/.test(l)),
    );
    const story = lines.slice(koreanStart, end).filter((l) => l && !isPhoto(l));
    story[0] = story[0]!.replace(/^\([^()=]+=연합뉴스\) [^=]*= /, '');
    story[story.length - 1] = story.at(-1)!.replace(/ \(끝\)$/, '');
    return story;
  }
  const start = lines.findIndex((l) => / \(Yonhap\) -- /.test(l));
  const end = lines.findIndex((l, i) => i > start && (l === '(END)' || /^\S+@\S+$/.test(l) || l === 'Send Feedback'));
  return lines
    .slice(start, end)
    .filter(Boolean)
    .map((l) => l.replace(/ \(END\)$/, ''));
}

describeFixtures(
  'yonhap',
  'Yonhap page',
  storyParagraphs,
  /Go to (Contents|Navigation)|All News|\(ATTN|\(END\)|@yna\.co\.kr|Send Feedback|How can we improve|Thanks for your feedback|연합뉴스\)|기자 =|특파원 =|제보는|저작권자|\(끝\)|송고|관련 뉴스|자료사진|캡처|기자 페이지|글자크기|공유|인쇄/,
);

describe('parseYonhap', () => {
  const page = (...lines: string[]) => lines.join('\n');
  const story = 'SEOUL, Jan. 20 (Yonhap) -- Envoys met on Wednesday.';

  it('reads the label, the Korea-time date and the editor’s note into their fields', () => {
    const { fields } = parseYonhap(
      page(
        'Go to Contents Go to Navigation',
        '(2nd LD) Envoys meet',
        'All News 09:05 January 20, 2016',
        '(ATTN: UPDATES with briefing)',
        story,
      ),
    );
    expect(fields).toMatchObject({
      title: 'Envoys meet',
      label: '2nd LD',
      date: '2016-01-20T09:05:00+09:00',
      editorNote: 'UPDATES with briefing',
      dateline: 'SEOUL',
    });
  });

  it('keeps two labels, and a headline with none has no label', () => {
    expect(parseYonhap(page('(LEAD) (News Focus) Envoys meet', story)).fields).toMatchObject({
      title: 'Envoys meet',
      label: 'LEAD, News Focus',
    });
    expect(parseYonhap(page('Envoys meet', story)).fields).not.toHaveProperty('label');
  });

  it('joins an editor’s note that runs over two lines', () => {
    const { fields } = parseYonhap(
      page('(LEAD) Envoys meet', '(ATTN: ADDS quotes in paras 3-4;', 'CHANGES headline)', story),
    );
    expect(fields.editorNote).toBe('ADDS quotes in paras 3-4; CHANGES headline');
  });

  it('says which lines it left out instead of dropping them silently', () => {
    const { notes, body } = parseYonhap(
      page(
        'Envoys meet',
        'All News 09:05 January 20, 2016',
        'Photo: envoys shake hands',
        story,
        '(END)',
        'Related Articles',
      ),
    );
    expect(notes).toEqual([
      'left out 1 line(s) between the headline and the story: "Photo: envoys shake hands"',
      'left out 1 line(s) after the end of the story: "Related Articles"',
    ]);
    expect(markdownParagraphs(body)).toEqual([story]);
  });

  it('takes a line that is only a date, as wire-dates reads one, for the date line', () => {
    for (const [line, date] of [
      ['2017-02-12', '2017-02-12'],
      ['February 12, 2017', '2017-02-12'],
      ['2017-02-12T08:10:00+09:00', '2017-02-12T08:10:00+09:00'],
    ]) {
      const { fields, notes } = parseYonhap(page('Envoys meet', line!, story));
      expect(fields.date, line).toBe(date);
      expect(notes, line).toEqual([]);
    }
  });

  it('leaves the date out when the time line is missing, so the importer asks for --date', () => {
    expect(parseYonhap(page('Envoys meet', story)).fields.date).toBeUndefined();
    expect(() => convertPage(page('Envoys meet', story), 'x.txt', {}, SOURCES)).toThrow(
      /cannot find the date \(pass --date YYYY-MM-DD\) in this Yonhap page/,
    );
    expect(convertPage(page('Envoys meet', story), 'x.txt', { date: '2016-01-20' }, SOURCES).data.date).toBe(
      '2016-01-20',
    );
  });

  it('rejects a page with a headline and no story', () => {
    expect(() =>
      parseYonhap(
        page(
          'Go to Contents Go to Navigation',
          '(LEAD) Envoys meet',
          'All News 09:05 January 20, 2016',
          'Send Feedback',
        ),
      ),
    ).toThrow(/found no story text/);
  });
});

describe('parseYonhap, Korean pages', () => {
  const page = (...lines: string[]) => lines.join('\n');
  const lede = '(서울=연합뉴스) 홍길동 기자 = 북한이 6일 네 번째 핵실험을 했다고 밝혔다.';
  const second = '정부는 국가안전보장회의를 긴급 소집했다.';

  it('takes the label off the headline’s end or front, as the English reader takes "(LEAD)"', () => {
    for (const [headline, title, label] of [
      ['북한 4차 핵실험 강행(종합2보)', '북한 4차 핵실험 강행', '종합2보'],
      ['북한 4차 핵실험 강행 (종합)', '북한 4차 핵실험 강행', '종합'],
      ['북한 "수소탄 시험 성공" 발표(2보)', '북한 "수소탄 시험 성공" 발표', '2보'],
      ['[속보] 북한 "수소탄 시험 성공" 발표', '북한 "수소탄 시험 성공" 발표', '속보'],
      ['(속보) 북한 "수소탄 시험 성공" 발표', '북한 "수소탄 시험 성공" 발표', '속보'],
      ['(LEAD) 북한 4차 핵실험', '북한 4차 핵실험', 'LEAD'],
    ]) {
      expect(parseYonhap(page(headline!, lede, second)).fields, headline).toMatchObject({ title, label });
    }
    const plain = parseYonhap(page('북한 4차 핵실험, 대북 제재 논의(유엔)', lede, second)).fields;
    expect(plain.title).toBe('북한 4차 핵실험, 대북 제재 논의(유엔)');
    expect(plain).not.toHaveProperty('label');
  });

  it('reads the filing time in Korea time from every form of the time line', () => {
    for (const [line, date] of [
      ['송고시간2016-01-06 13:40', '2016-01-06T13:40:00+09:00'],
      ['송고시간 2016/01/06 13:40', '2016-01-06T13:40:00+09:00'],
      ['송고2016-01-06 09:05', '2016-01-06T09:05:00+09:00'],
      ['기사입력 2016.01.06. 오후 1:40', '2016-01-06T13:40:00+09:00'],
      ['입력 2016.01.06. 오전 12:10', '2016-01-06T00:10:00+09:00'],
    ]) {
      expect(parseYonhap(page('북한 4차 핵실험', line!, lede, second)).fields.date, line).toBe(date);
    }
    const both = parseYonhap(
      page('북한 4차 핵실험', '기사입력 2016.01.06. 오후 1:40', '최종수정 2016.01.06. 오후 3:02', lede, second),
    ).fields;
    expect(both).toMatchObject({ date: '2016-01-06T13:40:00+09:00', updated: '2016-01-06T15:02:00+09:00' });
  });

  it('dates a page pasted without its time line by the "… 송고" stamp under the story', () => {
    const stamped = page(
      '북한 4차 핵실험',
      lede,
      second,
      '제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포 금지> 2016/01/06 13:40 송고',
    );
    expect(parseYonhap(stamped).fields.date).toBe('2016-01-06T13:40:00+09:00');
    expect(parseYonhap(page('북한 4차 핵실험', lede, second)).fields.date).toBeUndefined();
  });

  it('takes the dateline and reporters out of the story into their fields', () => {
    for (const [opening, dateline, byline] of [
      ['(서울=연합뉴스) 홍길동 기자 = ', '서울', ['홍길동']],
      ['(워싱턴=연합뉴스) 김아무개 특파원 = ', '워싱턴', ['김아무개']],
      ['(서울=연합뉴스) 홍길동 김철수 기자 = ', '서울', ['홍길동', '김철수']],
      ['(서울=연합뉴스) 홍길동 기자·김철수 인턴기자 = ', '서울', ['홍길동', '김철수']],
      ['(판문점=연합뉴스) 공동취재단 = ', '판문점', ['공동취재단']],
      ['(로스앤젤레스 AP=연합뉴스) 박아무개 통신원 = ', '로스앤젤레스', ['박아무개']],
    ] as const) {
      const { fields, body } = parseYonhap(page('북한 4차 핵실험', `${opening}북한이 6일 핵실험을 했다.`, second));
      expect(fields, opening).toMatchObject({ dateline, byline });
      expect(markdownParagraphs(body), opening).toEqual(['북한이 6일 핵실험을 했다.', second]);
    }
  });

  it('takes the reporter from the page header when the dateline names none', () => {
    const { fields, body } = parseYonhap(
      page('북한 4차 핵실험', '홍길동 기자', '기자 페이지', '(서울=연합뉴스) = 북한이 6일 핵실험을 했다.', second),
    );
    expect(fields).toMatchObject({ dateline: '서울', byline: ['홍길동'] });
    expect(markdownParagraphs(body)[0]).toBe('북한이 6일 핵실험을 했다.');
  });

  it('sets the language and source, and never guesses a translation key', () => {
    const { fields } = parseYonhap(page('북한 4차 핵실험(종합)', '송고시간2016-01-06 13:40', lede, second));
    expect(fields).toMatchObject({ language: 'ko', source: 'yonhap' });
    expect(fields).not.toHaveProperty('translationKey');
    const converted = convertPage(
      page('북한 4차 핵실험(종합)', '송고시간2016-01-06 13:40', lede, second),
      'x.txt',
      {},
      SOURCES,
    );
    expect(converted.data).toMatchObject({ language: 'ko', source: 'yonhap', label: '종합' });
    expect(converted.data).not.toHaveProperty('translationKey');
  });

  it('leaves the page’s buttons, sign-off and related news out of the story, silently', () => {
    const { body, notes } = parseYonhap(
      page(
        '본문 바로가기',
        '북한 4차 핵실험',
        '송고시간2016-01-06 13:40',
        '공유 댓글 글자크기 변경 번역 인쇄',
        '구독',
        lede,
        second,
        '인쇄',
        '마지막 문단이다. (끝)',
        'gildong@yna.co.kr',
        '제보는 카카오톡 okjebo',
        '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
        '2016/01/06 13:40 송고',
        '관련 뉴스',
        '코스피 하락 마감',
        '안보리 긴급회의 소집',
      ),
    );
    expect(markdownParagraphs(body)).toEqual([
      '북한이 6일 네 번째 핵실험을 했다고 밝혔다.',
      second,
      '마지막 문단이다.',
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps a photo credit line as the article’s photo, never as story text', () => {
    const { fields, body, notes } = parseYonhap(
      page(
        '북한 4차 핵실험',
        '[연합뉴스 자료사진]',
        lede,
        '풍계리 핵실험장 일대를 찍은 위성사진. [미국 국방부 제공]',
        second,
      ),
    );
    expect(fields.image).toEqual({ credit: '연합뉴스 자료사진' });
    expect(markdownParagraphs(body)).toEqual(['북한이 6일 네 번째 핵실험을 했다고 밝혔다.', second]);
    expect(notes).toEqual([expect.stringContaining('풍계리 핵실험장 일대를 찍은 위성사진. [미국 국방부 제공]')]);

    const captioned = parseYonhap(
      page('북한 4차 핵실험', '조선중앙TV가 특별중대보도를 방송하고 있다. [조선중앙TV 캡처]', lede, second),
    );
    expect(captioned.fields.image).toEqual({
      caption: '조선중앙TV가 특별중대보도를 방송하고 있다.',
      credit: '조선중앙TV 캡처',
    });
  });

  it('says which lines it could not place instead of dropping them silently', () => {
    const { notes } = parseYonhap(page('북한 4차 핵실험', lede, second, 'gildong@yna.co.kr', '이 기사를 추천합니다'));
    expect(notes).toEqual(['left out 1 line(s) after the end of the story: "이 기사를 추천합니다"']);
  });

  it('rejects a Korean page with a headline and no story', () => {
    expect(() =>
      parseYonhap(
        page('북한 4차 핵실험(종합)', '송고시간2016-01-06 13:40', '<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>'),
      ),
    ).toThrow(/found no story text/);
  });

  it('still reads an English page as before, whatever Korean it quotes', () => {
    const { fields } = parseYonhap(
      page('(LEAD) Envoys meet', 'All News 09:05 January 20, 2016', 'SEOUL, Jan. 20 (Yonhap) -- Envoys met (회담).'),
    );
    expect(fields).toMatchObject({ title: 'Envoys meet', label: 'LEAD', dateline: 'SEOUL' });
    expect(fields).not.toHaveProperty('language');
  });
});
