import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/strings/en.ts';
import { ko } from '../../../src/i18n/strings/ko.ts';
import { interfaceLanguage, langWhereOther, strings } from '../../../src/i18n/strings/index.ts';

/** Every key path of a table, with the kind of value it holds. */
function shape(table: object, prefix = ''): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [p, kind] of shape(value, path)) paths.set(p, kind);
    else paths.set(path, typeof value);
  }
  return paths;
}

const HANGUL = /[\uac00-\ud7a3]/;

describe('the strings tables', () => {
  it('gives Korean every string English has, of the same kind (the type checks the same at build)', () => {
    expect(shape(ko)).toEqual(shape(en));
  });

  it('has Korean text, not English left in place, for every label a story page shows', () => {
    const labels = [
      ko.article.source,
      ko.article.updated,
      ko.article.amended.after,
      ko.article.amendedUndated,
      ko.article.amendments,
      ko.lists.updated,
      ko.lists.corrected,
      ko.article.cite,
      ko.article.filedUnder,
      ko.article.related,
      ko.readIn,
      ko.nav.archive,
      ko.search.heading,
    ];
    for (const label of labels) expect(label).toMatch(HANGUL);
    expect(ko.readIn).toBe('한국어로 읽기');
    expect(en.readIn).toBe('Read in English');
  });

  it('counts with the plural rules of each language: English one and other, Korean one form', () => {
    expect(en.lists.articles(1)).toBe('1 article');
    expect(en.lists.articles(0)).toBe('0 articles');
    expect(en.search.resultSummary(1234, 'talks')).toBe('1,234 results for “talks”');
    expect(ko.lists.articles(1)).toBe('기사 1건');
    expect(ko.lists.articles(3)).toBe('기사 3건');
    expect(ko.search.resultSummary(1234, '북한')).toBe('“북한” 검색 결과 1,234건');
    expect(en.article.readingTime(4, 812, 'words')).toBe('4 min read (812 words)');
    expect(ko.article.readingTime(2, 1040, 'characters')).toBe('2분 분량 (1,040자)');
  });

  it('gives a language without a table the English interface, and a regional tag its language', () => {
    expect(strings('ko')).toBe(ko);
    expect(strings('ko-KR')).toBe(ko);
    expect(strings('ja')).toBe(en);
    expect(strings(undefined)).toBe(en);
    expect(interfaceLanguage('KO')).toBe('ko');
    expect(interfaceLanguage('fr-CA')).toBe('en');
  });
});

describe('the lang of text in another language than its page', () => {
  it('is the text’s language where it differs from the page’s, and none where it is the same or unknown', () => {
    expect(langWhereOther('ko', 'en')).toBe('ko');
    expect(langWhereOther('en', 'ko')).toBe('en');
    expect(langWhereOther('ko', 'ko')).toBeUndefined();
    expect(langWhereOther(undefined, 'en')).toBeUndefined();
  });
});
