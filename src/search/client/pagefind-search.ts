/** What Pagefind is asked for a search: its words, filters and order, and each quoted phrase on its own. */
import type { Pagefind, PagefindResult } from './pagefind-client.ts';
import { exactTerm, phraseMatchesFirst, quotedPhrases, withoutQuotes } from './phrase.ts';
import { effectiveSort, pagefindFilters, pagefindSort, type ArchiveYears, type SearchState } from './state.ts';

/** What Pagefind is asked for the words: without quote marks (phrases are searched apart), or `null` to list by filters alone. */
export const searchTerm = (query: string) => (query ? withoutQuotes(query) || null : null);

/** A search's results, those with every quoted phrase first (`exact` of them), and the phrases. */
export interface FoundResults {
  ranked: { results: PagefindResult[]; exact: number };
  phrases: string[];
}

/** Searches `api` for `searched`: the results, those with every quoted phrase first. */
export async function findResults(api: Pagefind, searched: SearchState, years: ArchiveYears): Promise<FoundResults> {
  const term = searchTerm(searched.query);
  const order = pagefindSort(effectiveSort(searched));
  const filters = pagefindFilters(searched, years);
  // A filtered search fetches the filter indexes it needs by itself; counts need them all.
  const found = await api.search(term, { filters, ...(order && { sort: order }) });
  const phrases = quotedPhrases(searched.query);
  const exactMatches = await Promise.all(
    phrases.map(async (phrase) => new Set((await api.search(exactTerm(phrase), { filters })).results.map((r) => r.id))),
  );
  return { ranked: phraseMatchesFirst(found.results, exactMatches), phrases };
}
