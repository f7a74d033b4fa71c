/** The sentences the search page shows and announces. */

import { pluralWord } from '../../lib/plural.ts';

/** A count with digit grouping and its noun: "1,204 results". */
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${pluralWord(count, one, many)}`;

/** "3 results for “Blinken”", or, with filters and no words, "3 articles match the filters". */
export function resultSummary(count: number, query: string): string {
  return query ? `${plural(count, 'result', 'results')} for “${query}”` : `${plural(count, 'article matches', 'articles match')} the filters`;
}

/** Years as a span, "2016–2018", or one year; `years` in any order. */
function yearSpan(years: readonly string[]): string {
  const sorted = [...years].sort();
  return sorted[0] === sorted.at(-1) ? (sorted[0] ?? '') : `${sorted[0]}–${sorted.at(-1)}`;
}

/** What the early summary says between the years searched and those still being searched: the benchmark looks for it. */
export const STILL_SEARCHING = ' so far; searching ';

/** While the newest years answer first: "12 results for “Blinken” in 2025 so far; searching 2000–2024…". */
export function earlySummary(count: number, query: string, years: readonly string[], olderYears: readonly string[]): string {
  return `${resultSummary(count, query)} in ${yearSpan(years)}${STILL_SEARCHING}${yearSpan(olderYears)}…`;
}

/** What to try when nothing matched. */
export function noResultsHint(query: string, filtered: boolean): string {
  const what = query ? `No articles match “${query}”` : 'No articles match these filters';
  const tips = filtered
    ? 'Try clearing some filters, or fewer or different words.'
    : 'Check the spelling, or try fewer or more general words, such as a name or a place.';
  return `${what}. ${tips}`;
}

/**
 * The status line once a search has its `count` results: their summary, with what phraseSummary
 * says when the query has quoted phrases (`exact` results have them all); or, when nothing matched,
 * what to try.
 */
export function foundStatus(count: number, query: string, filtered: boolean, exact: number | undefined): string {
  if (!count) return noResultsHint(query, filtered);
  const phraseNote = exact === undefined ? '' : phraseSummary(exact, count);
  return [resultSummary(count, query), phraseNote].filter(Boolean).join('. ');
}

/** "Showing 10 of 24". */
export function shownSummary(shown: number, total: number): string {
  return `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}

/** Why there are no results when Pagefind could not run: no index (in development, how to make one), or another failure. */
export function unavailableMessage(reason: 'no-index' | 'failed', dev: boolean): string {
  if (reason === 'failed') return 'Search failed unexpectedly. Please reload the page and try again.';
  return dev
    ? 'There is no search index yet. Run “npm run build” once; the development server then searches the last build. Reload this page afterwards.'
    : 'Search is unavailable: the search index could not be loaded. Please try again later.';
}

/** What the filter panel says before it has counts: while the filter indexes load, or when they could not be. */
export function filterPanelNote(reason: 'loading' | 'failed'): string {
  return reason === 'loading' ? 'Loading filters…' : 'Filters could not be loaded. They will be tried again with your next search.';
}

/** The tab's title: `“blinken” – Search – Dateline`, or `Search – Dateline` before any words. */
export function searchTitle(query: string, siteTitle: string): string {
  return query ? `“${query}” – Search – ${siteTitle}` : `Search – ${siteTitle}`;
}

/** How many results have every quoted phrase exactly, when the query has one: they come first. */
export function phraseSummary(exact: number, total: number): string {
  if (exact === total) return '';
  if (exact === 0) return 'None has the exact phrase; these have its words.';
  return `${exact.toLocaleString('en')} with the exact phrase, listed first.`;
}

/** The "Filters" button's text: "Filters", or "Filters (2 active)". */
export function filterButtonText(active: number): string {
  return active ? `Filters (${active.toLocaleString('en')} active)` : 'Filters';
}

/** The control that opens a long filter group: "Show all 24 tags", or, once open, "Show fewer tags". */
export function showAllText(total: number, open: boolean, plural: string): string {
  return open ? `Show fewer ${plural}` : `Show all ${total.toLocaleString('en')} ${plural}`;
}

/** Names as a reader lists them: "English", "English and Korean", "English, Korean and Japanese". */
function listOf(items: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
}

/** For words in a script the archive is not written in: which languages its articles are in. */
export function languagesNote(languages: readonly string[]): string {
  return languages.length === 1
    ? `The archive's articles are in ${languages[0]}: try the words in ${languages[0]}.`
    : `The archive's articles are in ${listOf(languages)}.`;
}
