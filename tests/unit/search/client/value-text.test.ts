import { describe, expect, it } from 'vitest';
import { parseValueNames, sourceText, valueText } from '../../../../src/search/client/value-text.ts';

const names = parseValueNames(
  JSON.stringify({
    values: { section: { Security: '안보' }, source: { Yonhap: '연합뉴스' } },
    sources: { AP: 'The Associated Press' },
  }),
);

describe('valueText', () => {
  it('names a stored value as the page gives it, a language in its own name, and any other as stored', () => {
    expect(valueText(names, 'section', 'Security')).toBe('안보');
    expect(valueText(names, 'section', 'Politics')).toBe('Politics');
    expect(valueText(names, 'language', 'ko')).toBe('한국어');
    expect(valueText(names, 'tag', 'Security')).toBe('Security');
  });
});

describe('sourceText', () => {
  it('names a result’s source as its story page does, else as the filter names it', () => {
    expect(sourceText(names, 'AP')).toBe('The Associated Press');
    expect(sourceText(names, 'Yonhap')).toBe('연합뉴스');
    expect(sourceText(names, 'Reuters')).toBe('Reuters');
  });
});

describe('parseValueNames', () => {
  it('takes missing or broken names as none, and drops a table that is not text', () => {
    expect(parseValueNames(undefined)).toEqual({ values: {}, sources: {} });
    expect(parseValueNames('{not json')).toEqual({ values: {}, sources: {} });
    expect(parseValueNames('{"values":{"section":{"A":1},"topic":{"B":"비"}},"sources":[]}')).toEqual({
      values: { topic: { B: '비' } },
      sources: {},
    });
  });
});
