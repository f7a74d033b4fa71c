import { describe, expect, it } from 'vitest';
import { allowedEdits, inOtherScript, languageName, suggestTerms } from '../../../../src/search/client/suggest.ts';
import type { Term } from '../../../../src/search/suggestion-index.ts';

const TERMS: Term[] = [
  ['Antony Blinken', 12, 'name'],
  ['sanctions', 9, 'tag'],
  ['Seoul', 8, 'name'],
  ['Seoul', 2, 'tag'],
  ['Pyongyang', 7, 'name'],
  ['Kim Jong Un', 6, 'name'],
  ['Sanctions relief', 2, 'topic'],
  ['ICBM', 3, 'tag'],
];
/** The texts of the suggestions. */
const texts = (query: string, terms = TERMS, limit?: number) => suggestTerms(query, terms, limit).map((t) => t.text);

describe('suggestTerms', () => {
  it('finds a name from a misspelt part of it', () => {
    expect(suggestTerms('blinkin', TERMS)).toEqual([{ text: 'Antony Blinken', kind: 'name' }]);
    expect(texts('pyongang')).toEqual(['Pyongyang']);
  });

  it('finds a whole multi-word term, closest first, then the most covered', () => {
    expect(texts('kim jong um')).toEqual(['Kim Jong Un']);
    expect(suggestTerms('sanctons', TERMS)).toEqual([
      { text: 'sanctions', kind: 'tag' },
      { text: 'Sanctions relief', kind: 'topic' },
    ]);
  });

  it('ignores case and quote marks, and does not offer what was typed', () => {
    expect(texts('"SEOLU"')).toEqual([]);
    // A name and a tag of the same spelling: offered once, as the more covered.
    expect(suggestTerms('seul', TERMS)).toEqual([{ text: 'Seoul', kind: 'name' }]);
    expect(texts('Seoul')).toEqual([]);
  });

  it('offers nothing far off, and nothing for a word too short to judge', () => {
    expect(texts('xylophone')).toEqual([]);
    expect(texts('ic')).toEqual([]);
    expect(allowedEdits(2)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(12)).toBe(3);
  });

  it('offers at most `limit` terms', () => {
    const many: Term[] = ['Kima', 'Kimb', 'Kimc', 'Kimd'].map((name, i) => [name, i, 'name']);
    expect(texts('kime', many, 2)).toEqual(['Kimd', 'Kimc']);
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
