import { describe, expect, it } from 'vitest';
import { exactTerm, phraseMatchesFirst, quotedPhrases, withoutQuotes } from '../../../../src/search/client/phrase.ts';

describe('quoted phrases', () => {
  it('finds phrases in straight and typographic quotes, beside other words', () => {
    expect(quotedPhrases('"kim jong un" sanctions')).toEqual(['kim jong un']);
    expect(quotedPhrases('“kim  jong un” and „moon jae-in“')).toEqual(['kim jong un', 'moon jae-in']);
  });

  it('takes a single quoted word as a word, and an unclosed quote as nothing', () => {
    expect(quotedPhrases('"blinken"')).toEqual([]);
    expect(quotedPhrases('"kim jong un')).toEqual([]);
  });

  it('searches the words without quote marks, and each phrase exactly', () => {
    expect(withoutQuotes('"kim jong un" sanctions')).toBe('kim jong un sanctions');
    expect(exactTerm('kim jong un')).toBe('"kim jong un"');
  });
});

describe('phraseMatchesFirst', () => {
  const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('puts results with every phrase first, each part in its own order', () => {
    const ranked = phraseMatchesFirst(results, [new Set(['d', 'b', 'c']), new Set(['d', 'b'])]);
    expect(ranked.results.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(ranked.exact).toBe(2);
  });

  it('leaves the order alone without phrases', () => {
    expect(phraseMatchesFirst(results, []).results).toEqual(results);
  });
});
