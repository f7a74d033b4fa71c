import { describe, expect, it } from 'vitest';
import {
  isEmailLine,
  isSeparator,
  matchByline,
  matchDateline,
  splitCaptionCredit,
  splitCredit,
  splitLabel,
} from '../../../../../src/importer/formats/text/wire-lines.ts';
import { SOURCES } from '../../fixtures.ts';

describe('splitLabel', () => {
  it('moves the label in parentheses out of the headline', () => {
    expect(splitLabel('(LEAD) Envoys meet')).toEqual({ title: 'Envoys meet', label: 'LEAD' });
    expect(splitLabel('(2nd LD) Envoys meet')).toEqual({ title: 'Envoys meet', label: '2nd LD' });
    expect(splitLabel('(URGENT) (News Focus) Envoys meet')).toEqual({
      title: 'Envoys meet',
      label: 'URGENT, News Focus',
    });
  });

  it('leaves a headline without a label, or with parentheses later on, as it is', () => {
    expect(splitLabel('Envoys meet (again)')).toEqual({ title: 'Envoys meet (again)' });
  });

  it('takes a Korean label off the end or the front of a headline, and only Yonhap’s own labels', () => {
    expect(splitLabel('북한 4차 핵실험 강행(종합2보)')).toEqual({ title: '북한 4차 핵실험 강행', label: '종합2보' });
    expect(splitLabel('[속보] 북한 "수소탄 시험 성공"')).toEqual({ title: '북한 "수소탄 시험 성공"', label: '속보' });
    expect(splitLabel('<속보> 북한 핵실험(2보)')).toEqual({ title: '북한 핵실험', label: '속보, 2보' });
    expect(splitLabel('북한 핵실험 규탄 성명(전문)')).toEqual({ title: '북한 핵실험 규탄 성명', label: '전문' });
    expect(splitLabel('대통령 지지율 하락(갤럽)')).toEqual({ title: '대통령 지지율 하락(갤럽)' });
    expect(splitLabel('(종합)')).toEqual({ title: '(종합)' });
  });
});

describe('matchDateline', () => {
  it('reads Yonhap, AP and en-dash datelines, and where the story starts after them', () => {
    expect(matchDateline('SEOUL, Jan. 20 (Yonhap) -- Text')).toEqual({
      city: 'SEOUL',
      detail: 'Jan. 20',
      agency: 'Yonhap',
      length: 'SEOUL, Jan. 20 (Yonhap) -- '.length,
    });
    expect(matchDateline('SEOUL, South Korea (AP) — Text')).toEqual({
      city: 'SEOUL',
      detail: 'South Korea',
      agency: 'AP',
      length: 'SEOUL, South Korea (AP) — '.length,
    });
    expect(matchDateline('UNITED NATIONS (AP) — Text')).toMatchObject({ city: 'UNITED NATIONS', agency: 'AP' });
    expect(matchDateline('SINGAPORE – Text')).toEqual({ city: 'SINGAPORE', length: 'SINGAPORE – '.length });
    for (const paragraph of ['SEOUL, Jan. 20 (Yonhap) --   Text', 'UNITED NATIONS (AP) — Text']) {
      expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('Text');
    }
  });

  it('reads a Korean dateline with its reporters, as Yonhap for the source', () => {
    const paragraph = '(서울=연합뉴스) 홍길동 김철수 기자 = 북한이 6일 발표했다.';
    expect(matchDateline(paragraph)).toEqual({
      city: '서울',
      agency: 'Yonhap',
      byline: ['홍길동', '김철수'],
      length: '(서울=연합뉴스) 홍길동 김철수 기자 = '.length,
    });
    expect(matchDateline('(서울=연합뉴스) 북한이 6일 발표했다.')).toEqual({
      city: '서울',
      agency: 'Yonhap',
      length: 10,
    });
  });

  it('does not take ordinary sentences for datelines', () => {
    expect(matchDateline('A senior official - who asked not to be named - said so.')).toBeUndefined();
    expect(matchDateline('U.S. officials said on Thursday.')).toBeUndefined();
    expect(matchDateline('Seoul, Jan. 20 (Yonhap) -- lower-case city')).toBeUndefined();
  });
});

describe('matchByline', () => {
  it('splits a byline into names, as written', () => {
    expect(matchByline('By DANA ROWE and MIN-JUN SEO')).toEqual(['DANA ROWE', 'MIN-JUN SEO']);
    expect(matchByline('By Han Ji-won')).toEqual(['Han Ji-won']);
    expect(matchByline('By Ann Lee, Bo Kim and Cy Park')).toEqual(['Ann Lee', 'Bo Kim', 'Cy Park']);
  });

  it('is not fooled by prose, and in strict mode takes only capitalised AP bylines', () => {
    expect(matchByline('By late Thursday, the talks had ended.')).toBeUndefined();
    expect(matchByline('By Thursday', { strict: true })).toBeUndefined();
    expect(matchByline('By DANA ROWE', { strict: true })).toEqual(['DANA ROWE']);
  });
});

describe('splitCredit', () => {
  it('separates a caption from its credit', () => {
    expect(splitCredit('Envoys meet, Thursday, March 18, 2021. (AP Photo/Sam Ortega, Pool)')).toEqual({
      caption: 'Envoys meet, Thursday, March 18, 2021.',
      credit: 'AP Photo/Sam Ortega, Pool',
    });
    expect(splitCredit('A launch. (KCNA via AP)')).toEqual({ caption: 'A launch.', credit: 'KCNA via AP' });
    expect(splitCredit('The council met (again) on Monday.')).toBeUndefined();
  });
});

describe('splitCaptionCredit', () => {
  it('splits wire, agency and known-source credits off a caption and leaves other brackets', () => {
    expect(splitCaptionCredit('Kim in Hanoi. (AP Photo/Pat Leung)', SOURCES)).toEqual({
      caption: 'Kim in Hanoi.',
      credit: 'AP Photo/Pat Leung',
    });
    expect(splitCaptionCredit('Crowds in Seoul. (Yonhap)', SOURCES)).toEqual({
      caption: 'Crowds in Seoul.',
      credit: 'Yonhap',
    });
    expect(splitCaptionCredit('A parade. (Test Wire Service)', SOURCES)).toEqual({
      caption: 'A parade.',
      credit: 'Test Wire Service',
    });
    expect(splitCaptionCredit('The site (pictured in 2013)', SOURCES)).toEqual({
      caption: 'The site (pictured in 2013)',
    });
    expect(splitCaptionCredit('Missiles on parade. (Reuters/Kim Hong-ji)', SOURCES)).toEqual({
      caption: 'Missiles on parade.',
      credit: 'Reuters/Kim Hong-ji',
    });
    expect(splitCaptionCredit('Talks in Hanoi. (AP)', SOURCES)).toEqual({ caption: 'Talks in Hanoi.', credit: 'AP' });
    expect(splitCaptionCredit('사드 배치 결정을 발표하고 있다. [국방부 제공]', SOURCES)).toEqual({
      caption: '사드 배치 결정을 발표하고 있다.',
      credit: '국방부 제공',
    });
    expect(splitCaptionCredit('회담장에 들어서는 정상들. [AP=연합뉴스]', SOURCES)).toEqual({
      caption: '회담장에 들어서는 정상들.',
      credit: 'AP=연합뉴스',
    });
    expect(splitCaptionCredit('[연합뉴스 자료사진]', SOURCES)).toEqual({ caption: '', credit: '연합뉴스 자료사진' });
    expect(splitCaptionCredit('평양 시내 [지도]', SOURCES)).toEqual({ caption: '평양 시내 [지도]' });
  });
});

describe('line shapes', () => {
  it('knows separators and e-mail sign-offs', () => {
    expect(['___', '***', '---'].every(isSeparator)).toBe(true);
    expect(isSeparator('__ text __')).toBe(false);
    expect(isEmailLine('reporter@yna.co.kr')).toBe(true);
    expect(isEmailLine('Write to reporter@yna.co.kr')).toBe(false);
  });
});
