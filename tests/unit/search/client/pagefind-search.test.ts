import { describe, expect, it } from 'vitest';
import type { Pagefind, PagefindSearchOptions } from '../../../../src/search/client/pagefind-client.ts';
import { findResults, searchTerm } from '../../../../src/search/client/pagefind-search.ts';
import { parseSearchState } from '../../../../src/search/client/state.ts';

const years = { first: 2016, last: 2021 };

/** A Pagefind that gives `results` for every term but a phrase, and `phraseMatches` for a phrase in quotes. */
function stubPagefind(results: string[], phraseMatches: Record<string, string[]>) {
  const asked: { term: string | null; options: PagefindSearchOptions }[] = [];
  const api = {
    async search(term: string | null, options: PagefindSearchOptions = {}) {
      asked.push({ term, options });
      const ids = term?.startsWith('"') ? (phraseMatches[term] ?? []) : results;
      return {
        results: ids.map((id, i) => ({
          id,
          score: ids.length - i,
          data: () => Promise.reject(new Error('not fetched')),
        })),
        unfilteredResultCount: 0,
        filters: {},
        totalFilters: {},
      };
    },
  } as Pagefind;
  return { api, asked };
}

describe('searchTerm', () => {
  it('searches the words without quotes, and lists by filters alone without words', () => {
    expect(searchTerm('"kim jong un" sanctions')).toBe('kim jong un sanctions');
    expect(searchTerm('')).toBeNull();
    expect(searchTerm('""')).toBeNull();
  });
});

describe('findResults', () => {
  it('asks once with the filters and the order, and for no words lists newest first', async () => {
    const stub = stubPagefind(['a'], {});
    await findResults(stub.api, parseSearchState('?source=AP'), years);
    expect(stub.asked).toEqual([
      { term: null, options: { filters: { source: { any: ['AP'] } }, sort: { date: 'desc' } } },
    ]);
    const ranked = stubPagefind(['a'], {});
    await findResults(ranked.api, parseSearchState('?q=vote'), years);
    expect(ranked.asked).toEqual([{ term: 'vote', options: { filters: {} } }]);
  });

  it('asks each quoted phrase on its own, and lists the results with every phrase first', async () => {
    const stub = stubPagefind(['a', 'b', 'c', 'd'], { '"kim jong un"': ['c', 'a', 'b'], '"north korea"': ['b', 'c'] });
    const found = await findResults(stub.api, parseSearchState('?q="kim jong un" "north korea" talks'), years);
    expect(found.phrases).toEqual(['kim jong un', 'north korea']);
    expect(found.ranked.results.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(found.ranked.exact).toBe(2);
    expect(stub.asked.map((a) => a.term)).toEqual(['kim jong un north korea talks', '"kim jong un"', '"north korea"']);
  });
});
