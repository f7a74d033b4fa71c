/**
 * One visit to the search page, without the DOM: the search asked for, kept in the address, and
 * each change the reader makes to it. Each change of query, filter, date range or sort goes into
 * the address: pushed, so Back undoes it; typing replaces, so Back does not step through
 * keystrokes. The searches themselves are run by search-runner.ts.
 */
import { isFilterKey } from '../keys.ts';
import { activeFilters, withoutFilter, type ActiveFilter } from './active-filters.ts';
import {
  hasFilters,
  noFilters,
  normaliseQuery,
  parseSearchState,
  parseSort,
  sameSearch,
  searchStateHref,
  withFilter,
  withRange,
  type SearchState,
} from './state.ts';
import { searchTitle } from './messages.ts';
import { PAGE_SIZE } from './result-pages.ts';
import { SearchRunner, type SearchRunnerOptions } from './search-runner.ts';

/** Quiet time after a keystroke before the typed words are searched. */
export const TYPING_DELAY_MS = 250;

/** What a runner needs, and the site's name for the tab's title. */
export interface SearchSessionOptions extends SearchRunnerOptions {
  /** The site's name, for the tab's title. */
  siteTitle: string;
}

/** What the page tells the session: the reader's changes, Back and Forward, and "Load more". */
export interface SearchSession {
  /** The search being shown, or about to be. */
  readonly state: SearchState;
  /** Shows the search in the address; `shown` results when the history entry recorded them. */
  start(shown?: number): Promise<void>;
  /** After Back or Forward: the search now in the address, with `shown` results. */
  restore(shown?: number): Promise<void>;
  /** Loads Pagefind ahead of a search (the reader focused the box); a failure waits for the search. */
  preload(): Promise<void>;
  /** The reader typed `text`: searched once typing pauses, replacing the address. */
  typed(text: string): void;
  /** The reader submitted `text`. */
  submitted(text: string): Promise<void>;
  /** The reader picked a sort order from the menu. */
  sorted(value: string): Promise<void>;
  /** The reader checked or unchecked a filter value; unknown keys are ignored. */
  filterToggled(key: string, value: string, checked: boolean): Promise<void>;
  /** The reader changed a date menu; each bound as the menus make it (date-fields.ts), `''` when open. */
  rangeChanged(from: string, to: string): Promise<void>;
  /** The reader cleared every filter and the date range. */
  filtersCleared(): Promise<void>;
  /** The reader removed one filter by its chip. */
  filterRemoved(filter: ActiveFilter): Promise<void>;
  /** The next page of results, once however often it is asked for while loading. */
  loadMore(): Promise<void>;
}

/** A search session over the page's address; nothing runs until `start`. */
export function createSearchSession(options: SearchSessionOptions): SearchSession {
  const { view, address, siteTitle } = options;
  const runner = new SearchRunner(options);
  let state = parseSearchState(address.current().search);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the address's history entry was written by typing: later pauses in the box rewrite it. */
  let typedEntry = false;

  /** What follows the state besides the results: the tab's title, the filters that are on, and the starting points of a page with no search. */
  function showState() {
    view.setTitle(searchTitle(state.query, siteTitle));
    view.showActiveFilters(activeFilters(state));
    view.showStartingPoints(!state.query && !hasFilters(state));
  }

  /** Shows the state in every control, and its search with `count` results. */
  function show(count = PAGE_SIZE) {
    view.showControls(state);
    showState();
    return runner.search(state, count);
  }

  /** Searches for `next`, writing it to the address when it is a different search. */
  function go(next: SearchState, mode: 'push' | 'replace') {
    const { pathname, search: query } = address.current();
    const changed = !sameSearch(next, parseSearchState(query));
    state = next;
    // Not the search box: the reader is typing there, and rewriting it would eat spaces.
    view.showSortFor(state.query);
    showState();
    if (changed) address.write(searchStateHref(pathname, state), mode);
    typedEntry = false;
    return runner.search(state, PAGE_SIZE);
  }

  return {
    get state() {
      return state;
    },
    start: (count) => show(count),
    restore(count) {
      clearTimeout(typingTimer);
      typedEntry = false;
      state = parseSearchState(address.current().search);
      return show(count);
    },
    preload: () => runner.preload(),
    typed(text) {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => {
        // Keystrokes rewrite one entry, so Back skips them; but a search the reader saw keeps its own.
        const shownSearch = !typedEntry && (state.query !== '' || hasFilters(state));
        void go({ ...state, query: normaliseQuery(text) }, shownSearch ? 'push' : 'replace');
        typedEntry = true;
      }, TYPING_DELAY_MS);
    },
    submitted(text) {
      clearTimeout(typingTimer);
      return go({ ...state, query: normaliseQuery(text) }, 'push');
    },
    sorted: (value) => go({ ...state, sort: parseSort(value) }, 'push'),
    rangeChanged(from, to) {
      const next = withRange(state, from, to);
      // The menus again: a day past a new month's end is moved to its last day, and what needs a year or a month waits for it.
      view.showRange(next);
      return go(next, 'push');
    },
    filterToggled: async (key, value, checked) => {
      if (isFilterKey(key)) await go(withFilter(state, key, value, checked), 'push');
    },
    filtersCleared() {
      const next = { ...state, filters: noFilters(), from: '', to: '' };
      view.showRange(next);
      return go(next, 'push');
    },
    filterRemoved(filter) {
      const next = withoutFilter(state, filter);
      if (filter.kind === 'range') view.showRange(next);
      return go(next, 'push');
    },
    loadMore: () => runner.loadMore(),
  };
}
