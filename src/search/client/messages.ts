/** The sentences the search page shows and announces. */

import { pluralWord } from '../../lib/plural.ts';

/** A count with digit grouping and its noun: "1,204 results". */
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${pluralWord(count, one, many)}`;

/** "3 results for “Blinken”", or, with filters and no words, "3 articles match the filters". */
export function resultSummary(count: number, query: string): string {
  return query ? `${plural(count, 'result', 'results')} for “${query}”` : `${plural(count, 'article matches', 'articles match')} the filters`;
}

/** What to try when nothing matched. */
export function noResultsHint(query: string, filtered: boolean): string {
  const what = query ? `No articles match “${query}”` : 'No articles match these filters';
  const tips = filtered
    ? 'Try clearing some filters, or fewer or different words.'
    : 'Check the spelling, or try fewer or more general words, such as a name or a place.';
  return `${what}. ${tips}`;
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
