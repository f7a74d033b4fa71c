/** What Pagefind is asked for a search: its words, filters and order, and each quoted phrase on its own. */
import { broadQuery } from '../korean/query.ts';
import type { Pagefind, PagefindResult } from './pagefind-client.ts';
import { exactTerm, phraseMatchesFirst, quotedPhrases, withoutQuotes } from './phrase.ts';
import { effectiveSort, pagefindFilters, pagefindSort, type ArchiveYears, type SearchState } from './state.ts';

/** The words as typed, without quote marks (phrases are searched apart), or `null` to list by filters alone. */
export const typedTerm = (query: string) => (query ? withoutQuotes(query) || null : null);

/**
 * What Pagefind is asked for the words: the typed words, Korean ones also without their particles
 * and cut at their compounds (src/search/korean/query.ts), which finds every page the typed words
 * do; `null` to list by filters alone.
 */
export const searchTerm = (query: string) => {
  const typed = typedTerm(query);
  return typed && (broadQuery(typed) ?? typed);
};

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
  const typed = typedTerm(searched.query);
  const [found, asTyped] = await Promise.all([
    api.search(term, { filters, ...(order && { sort: order }) }),
    // Ranked by relevance, the pages the words find as typed come first (김정은, not every 김정…).
    typed !== term && !order ? api.search(typed, { filters }) : undefined,
  ]);
  const phrases = quotedPhrases(searched.query);
  const exactMatches = await Promise.all(
    phrases.map(async (phrase) => new Set((await api.search(exactTerm(phrase), { filters })).results.map((r) => r.id))),
  );
  const results = asTyped
    ? phraseMatchesFirst(found.results, [new Set(asTyped.results.map((r) => r.id))]).results
    : found.results;
  return { ranked: phraseMatchesFirst(results, exactMatches), phrases };
}
