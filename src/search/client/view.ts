/**
 * What the search session asks of the page, as types only: the results, panel and suggestions it
 * hands over as plain data, and the view and address it draws and writes through. The session
 * (session.ts) fills them in without a DOM; the page (page-view.ts, page-history.ts) draws them.
 */
import type { ActiveFilter } from './active-filters.ts';
import type { ExcerptPart } from './excerpt.ts';
import type { FilterCounts, PagefindResultData } from './pagefind-client.ts';
import type { FilterSelection, SearchState } from './state.ts';

/**
 * What the filter panel shows: nothing, a line of text (`busy` while the indexes load), or the
 * checkboxes with counts (`busy` while they are the last search's and this one's are counted).
 */
export type FilterPanel =
  | { kind: 'hidden' }
  | { kind: 'note'; text: string; busy: boolean }
  | { kind: 'counts'; counts: FilterCounts; selection: FilterSelection; busy?: true };

/** A result as the page shows it: Pagefind's data, with the excerpt split and without the headline. */
export interface ShownResult extends PagefindResultData {
  excerptParts: ExcerptPart[];
}

/** What the page offers when nothing matched: close known terms (each with its search's address), and a note on languages. */
export interface Suggestions {
  terms: { text: string; href: string }[];
  note: string;
}

/** What the session asks the page to show. */
export interface SearchView {
  /** The query, date range and sort in the page's controls. */
  showControls(state: SearchState): void;
  /** The date range in the filter panel's date menus. */
  showRange(state: SearchState): void;
  /** The tab's title. */
  setTitle(title: string): void;
  /** The filters that are on: counted on the "Filters" button, and each a chip that removes it. */
  showActiveFilters(filters: readonly ActiveFilter[]): void;
  /** The topics, names and years to start from, shown while the page has no search. */
  showStartingPoints(visible: boolean): void;
  /** Close terms and notes when nothing matched; empty to hide them. */
  showSuggestions(suggestions: Suggestions): void;
  /** The sort menu for a search with or without words (relevance needs words); not the search box, which the reader is typing in. */
  showSortFor(query: string): void;
  /** How many results the search found, for the filter sheet's "Show 27 results"; undefined when there is no search. */
  showResultCount(count: number | undefined): void;
  /** Marks the result list as being updated, or no longer. */
  setBusy(busy: boolean): void;
  /** Replaces the results on screen. */
  showResults(results: readonly ShownResult[]): void;
  /** Adds results below those on screen and moves focus to the first of them. */
  appendResults(results: readonly ShownResult[]): void;
  /** The status line: a summary, a hint, or (`isError`) why search is unavailable. */
  setStatus(text: string, isError: boolean): void;
  /** "Showing 10 of 24", and whether "Load more" is offered. */
  showPaging(summary: string, more: boolean): void;
  showFilterPanel(panel: FilterPanel): void;
  showClearFilters(visible: boolean): void;
}

/** The browser's address and history, as the session reads and writes them. */
export interface SearchAddress {
  /** The path and query string in the address bar now. */
  current(): { pathname: string; search: string };
  /** Goes to `href`: pushed, so Back returns here, or replacing the current entry. */
  write(href: string, mode: 'push' | 'replace'): void;
  /** Records in the current entry how many results are shown, so Back returns to the same list. */
  rememberShown(shown: number): void;
}
