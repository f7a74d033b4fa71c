import { describe, expect, it } from 'vitest';
import { allowedEdits, inOtherScript, languageName, suggestTerms } from '../../../../src/search/client/suggest.ts';
import type { Counted } from '../../../../src/search/suggestion-index.ts';

const TERMS: Counted[] = [
  ['Antony Blinken', 12],
  ['sanctions', 9],
  ['Seoul', 8],
  ['Pyongyang', 7],
  ['Kim Jong Un', 6],
  ['Sanctions relief', 2],
  ['ICBM', 3],
];

describe('suggestTerms', () => {
  it('finds a name from a misspelt part of it', () => {
    expect(suggestTerms('blinkin', TERMS)).toEqual(['Antony Blinken']);
    expect(suggestTerms('pyongang', TERMS)).toEqual(['Pyongyang']);
  });

  it('finds a whole multi-word term, closest first, then the most covered', () => {
    expect(suggestTerms('kim jong um', TERMS)).toEqual(['Kim Jong Un']);
    expect(suggestTerms('sanctons', TERMS)).toEqual(['sanctions', 'Sanctions relief']);
  });

  it('ignores case and quote marks, and does not offer what was typed', () => {
    expect(suggestTerms('"SEOLU"', TERMS)).toEqual([]);
    expect(suggestTerms('seul', TERMS)).toEqual(['Seoul']);
    expect(suggestTerms('Seoul', TERMS)).toEqual([]);
  });

  it('offers nothing far off, and nothing for a word too short to judge', () => {
    expect(suggestTerms('xylophone', TERMS)).toEqual([]);
    expect(suggestTerms('ic', TERMS)).toEqual([]);
    expect(allowedEdits(2)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(12)).toBe(3);
  });

  it('offers at most `limit` terms', () => {
    const many: Counted[] = ['Kima', 'Kimb', 'Kimc', 'Kimd'].map((name, i) => [name, i]);
    expect(suggestTerms('kime', many, 2)).toEqual(['Kimd', 'Kimc']);
  });
});

describe('inOtherScript', () => {
  it('is true for Hangul when the archive is in English only', () => {
    expect(inOtherScript('북한', ['en'])).toBe(true);
    expect(inOtherScript('Пхеньян', ['en'])).toBe(true);
  });

  it('is false when a language of the archive is written in that script', () => {
    expect(inOtherScript('북한', ['en', 'ko'])).toBe(false);
    expect(inOtherScript('平壤', ['ja'])).toBe(false);
    expect(inOtherScript('pyongyang 2018', ['en'])).toBe(false);
  });

  it('names languages in English', () => {
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('en')).toBe('English');
  });
});
