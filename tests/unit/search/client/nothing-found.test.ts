import { describe, expect, it } from 'vitest';
import { suggestedSearch, suggestionsFor } from '../../../../src/search/client/nothing-found.ts';
import { parseSearchState } from '../../../../src/search/client/state.ts';
import type { SuggestionIndex } from '../../../../src/search/suggestion-index.ts';

const index: SuggestionIndex = {
  terms: [
    ['Antony Blinken', 3, 'name'],
    ['alliances', 1, 'tag'],
  ],
  languages: [['en', 16]],
};

describe('suggestedSearch', () => {
  it('searches a name as the words, and a tag or topic as its filter in place of the words', () => {
    const searched = parseSearchState('?q=blinkin&source=AP&sort=newest');
    expect(suggestedSearch(searched, 'Antony Blinken', 'name')).toEqual({ ...searched, query: 'Antony Blinken' });
    expect(suggestedSearch(searched, 'alliances', 'tag')).toEqual({
      ...searched,
      query: '',
      filters: { ...searched.filters, tag: ['alliances'] },
    });
  });
});

describe('suggestionsFor', () => {
  it('links each close term as its search on the page, keeping the other filters', () => {
    expect(suggestionsFor(index, parseSearchState('?q=blinkin&source=AP'), '/news/search/')).toEqual({
      terms: [{ text: 'Antony Blinken', href: '/news/search/?q=Antony+Blinken&source=AP' }],
      note: '',
    });
    expect(suggestionsFor(index, parseSearchState('?q=aliances'), '/search/').terms).toEqual([
      { text: 'alliances', href: '/search/?tag=alliances' },
    ]);
  });

  it("names the archive's languages for words in another script", () => {
    expect(suggestionsFor(index, parseSearchState('?q=북한'), '/search/')).toEqual({
      terms: [],
      note: "The archive's articles are in English: try the words in English.",
    });
  });
});
