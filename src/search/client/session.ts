/**
 * One visit to the search page, without the DOM: what to search for, when to ask Pagefind, and
 * what the page should show. Every search gets a run number; a search that a newer one has
 * overtaken writes nothing. Pagefind is loaded on first use and its filter indexes only once the
 * first results are painted (on a large archive they would delay them); the counts follow a
 * search's results, asked of a second Pagefind so they never hold up the next search. On a large
 * archive the newest parts of the index answer first, on their own, and their results show (with
 * a note that older years are still being searched) until the whole index's replace them. A failed
 * load is tried again by the next search. Each change of query, filter, date range or sort goes into the
 * address: pushed, so Back undoes it; typing replaces, so Back does not step through keystrokes.
 * This file is the only one that calls Pagefind, so the bundle behind it can change.
 */
import { FILTER_KEYS, isFilterKey } from '../keys.ts';
import { composeHighlightWords } from './highlight-link.ts';
import { lazyLoad } from './lazy-load.ts';
import { withoutHeadline, parseExcerpt, type ExcerptPart } from './excerpt.ts';
import { earlySummary, filterPanelNote, languagesNote, noResultsHint, phraseSummary, resultSummary, searchTitle, shownSummary, unavailableMessage } from './messages.ts';
import { newestCoverage, type NewestParts } from './bundle-set.ts';
import { SearchIndexMissing, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';
import { exactTerm, phraseMatchesFirst, quotedPhrases, withoutQuotes } from './phrase.ts';
import { inOtherScript, languageName, suggestTerms } from './suggest.ts';
import type { SuggestionIndex, TermKind } from '../suggestion-index.ts';
import {
  activeFilterCount,
  effectiveSort,
  hasFilters,
  noFilters,
  normaliseQuery,
  offersFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  parseSort,
  sameSearch,
  searchStateHref,
  withFilter,
  withRange,
  type ArchiveYears,
  type FilterSelection,
  type SearchState,
} from './state.ts';

/** Results shown at first, and added by each "Load more". */
export const PAGE_SIZE = 10;
/** Quiet time after a keystroke before the typed words are searched. */
export const TYPING_DELAY_MS = 250;
/**
 * How long the newest parts' results wait for the whole index's once it is open (it is asked
 * when they have answered): on a small archive it often answers within this, so the list is not
 * replaced a moment after it appears; at 100,000 articles it took 160–690 ms.
 */
export const EARLY_GRACE_MS = 100;

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

/** The mark Pagefind puts where it cut an excerpt (its `excerptEllipsis` option). */
export const EXCERPT_ELLIPSIS = '…';

/** What the session asks the page to show. */
export interface SearchView {
  /** The query, date range and sort in the page's own controls, and the query in the header's search box. */
  showControls(state: SearchState): void;
  /** The date range in the filter panel's date fields. */
  showRange(state: SearchState): void;
  /** The tab's title. */
  setTitle(title: string): void;
  /** How many filters are on, for the "Filters" button. */
  showActiveFilters(count: number): void;
  /** Close terms and notes when nothing matched; empty to hide them. */
  showSuggestions(suggestions: Suggestions): void;
  /** The query in the header's search box only: the reader is typing in the page's box. */
  showHeaderQuery(query: string): void;
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

export interface SearchSessionOptions {
  /** Imports and configures Pagefind; called on first use, and again after a failed load. */
  loadPagefind: () => Promise<Pagefind>;
  /**
   * Opens the newest parts of the index on their own (bundle-set.ts), or gives `undefined` on an
   * archive small enough to search whole at once. Without it, every search waits for the whole index.
   */
  loadNewestParts?: () => Promise<NewestParts | undefined>;
  /**
   * Imports a second Pagefind over the same index for the filter counts, so loading the filter
   * indexes and counting never queue before a search (one Pagefind does one task at a time).
   * `searchesDone` resolves once no search is waiting for its results: the loader waits for it
   * between parts, so that the reader's searches do not share the network with the filter
   * indexes either. Without it, the counts are asked of the first.
   */
  loadCounter?: (searchesDone: () => Promise<void>) => Promise<Pagefind>;
  view: SearchView;
  address: SearchAddress;
  /** The query parameter in result links that carries the searched words to the article. */
  highlightParam: string;
  /** True in `astro dev`, where a missing index is explained with how to build one. */
  dev: boolean;
  /** Resolves once what is on screen now has been painted. */
  afterPaint: () => Promise<void>;
  /** The archive's first and last year, which close an open date range. */
  years: ArchiveYears;
  /** Fetches the known terms and languages; called only when a search finds nothing. */
  loadSuggestions: () => Promise<SuggestionIndex>;
  /** The site's name, for the tab's title. */
  siteTitle: string;
  /** Where failures go besides what the reader is shown. */
  logError?: (error: unknown) => void;
}

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
  /** The reader changed a date field; each bound as the field gives it, `''` when empty. */
  rangeChanged(from: string, to: string): Promise<void>;
  /** The reader cleared every filter and the date range. */
  filtersCleared(): Promise<void>;
  /** The next page of results, once however often it is asked for while loading. */
  loadMore(): Promise<void>;
}

/** The filter keys with checked values: each needs a search of its own for its counts. */
const checkedKeys = (searched: SearchState) => FILTER_KEYS.filter((key) => searched.filters[key].length > 0);

/**
 * Facet counts: a key with checked values is counted without its own filter, so its other values
 * stay visible. Returns undefined, and asks Pagefind nothing more, once `stale()` says a newer
 * search has taken over: Pagefind cannot cancel a search, so each one not sent is work saved.
 */
async function filterCounts(api: Pagefind, term: string | null, searched: SearchState, years: ArchiveYears, found: FilterCounts, stale: () => boolean): Promise<FilterCounts | undefined> {
  const counts = { ...found };
  for (const key of checkedKeys(searched)) {
    if (stale()) return undefined;
    const without = await api.search(term, { filters: pagefindFilters(searched, years, key) });
    counts[key] = without.filters[key] ?? {};
  }
  return stale() ? undefined : counts;
}

/** What Pagefind is asked for the words: without quote marks (phrases are searched apart), or `null` to list by filters alone. */
const searchTerm = (query: string) => (query ? withoutQuotes(query) || null : null);

/** The search a suggestion leads to: a name as the words, a tag or topic as its filter in place of the words. */
function suggestedSearch(searched: SearchState, text: string, kind: TermKind): SearchState {
  if (kind === 'name') return { ...searched, query: text };
  return withFilter({ ...searched, query: '' }, kind, text, true);
}

/** A search session over the page's address; nothing runs until `start`. */
export function createSearchSession(options: SearchSessionOptions): SearchSession {
  const { view, address, highlightParam, dev, afterPaint, years, siteTitle, logError = console.error } = options;
  const pagefind = lazyLoad(options.loadPagefind);
  const newestParts = options.loadNewestParts ? lazyLoad(options.loadNewestParts) : undefined;
  /** Searches waiting for their results, and what waits for there to be none (searchesDone). */
  let searching = 0;
  let whenDone: (() => void)[] = [];
  const searchesDone = () => (searching === 0 ? Promise.resolve() : new Promise<void>((done) => whenDone.push(done)));
  const loadCounter = options.loadCounter;
  const counter = loadCounter ? lazyLoad(() => loadCounter(searchesDone)) : pagefind;
  const suggestionIndex = lazyLoad(options.loadSuggestions);
  // Once loaded, every search on the counter returns counts for every key.
  const filterIndexes = lazyLoad(async () => (await counter.get()).filters());

  let state = parseSearchState(address.current().search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  /** The run whose next results "Load more" is fetching, so a second click does not add them again. */
  let loadingMoreFor: number | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The counts on screen, which stand in while a newer search's are counted. */
  let shownCounts: FilterCounts = {};

  const resultData = (page: readonly PagefindResult[]): Promise<ShownResult[]> =>
    Promise.all(
      page.map(async (result) => {
        const data = await result.data();
        const excerptParts = withoutHeadline(parseExcerpt(data.excerpt), data.meta.title ?? '', data.content ?? '', EXCERPT_ELLIPSIS);
        return { ...data, excerptParts, url: composeHighlightWords(data.url, highlightParam) };
      }),
    );

  function remember(count: number) {
    shown = count;
    address.rememberShown(shown);
    view.showPaging(shownSummary(shown, results.length), shown < results.length);
  }

  function clear() {
    results = [];
    shown = 0;
    view.showResults([]);
    view.showFilterPanel({ kind: 'hidden' });
    view.showPaging('', false);
    view.setStatus('', false);
    view.showSuggestions({ terms: [], note: '' });
    view.setBusy(false);
  }

  /**
   * When run `id` found nothing for words: known terms close to them, and for words in a script
   * the archive is not written in, its languages. The index is fetched only now.
   */
  async function suggestFor(id: number, searched: SearchState) {
    try {
      const index = await suggestionIndex.get();
      if (id !== run) return;
      const terms = suggestTerms(searched.query, index.terms).map(({ text, kind }) => ({
        text,
        href: searchStateHref(address.current().pathname, suggestedSearch(searched, text, kind)),
      }));
      const languages = index.languages.map(([tag]) => tag);
      const note = inOtherScript(searched.query, languages) ? languagesNote(languages.map(languageName)) : '';
      view.showSuggestions({ terms, note });
    } catch (error) {
      // The hint in the status line stays; suggestions are a bonus.
      logError(error);
    }
  }

  function unavailable(error: unknown) {
    logError(error);
    clear();
    view.setStatus(unavailableMessage(error instanceof SearchIndexMissing ? 'no-index' : 'failed', dev), true);
  }

  function showCounts(counts: FilterCounts, selection: FilterSelection) {
    shownCounts = counts;
    view.showFilterPanel({ kind: 'counts', counts, selection });
  }

  /**
   * Counts run `id` once its results are painted, on the counter: loads the filter indexes the
   * first time, then searches again. A newer search makes every step stand down.
   */
  async function countFor(id: number, searched: SearchState) {
    try {
      await afterPaint();
      // A newer search asks for the indexes itself if it has anything to filter.
      if (id !== run) return;
      const api = await counter.get();
      await filterIndexes.get();
      if (id !== run) return;
      const term = searchTerm(searched.query);
      const found = await api.search(term, { filters: pagefindFilters(searched, years) });
      const counts = await filterCounts(api, term, searched, years, found.filters, () => id !== run);
      if (counts) showCounts(counts, searched.filters);
    } catch (error) {
      // The results stay; only the panel says what went wrong.
      logError(error);
      if (id === run) view.showFilterPanel({ kind: 'note', text: filterPanelNote('failed'), busy: false });
    }
  }

  /**
   * The filter panel for run `id` until its counts come: once the indexes are loaded, the
   * checkboxes with the counts on screen (so the panel does not flicker), else a note.
   */
  function showFilters(id: number, searched: SearchState) {
    view.showClearFilters(hasFilters(searched));
    if (!offersFilters(results.length, searched)) {
      view.showFilterPanel({ kind: 'hidden' });
      return;
    }
    if (filterIndexes.loaded) view.showFilterPanel({ kind: 'counts', counts: shownCounts, selection: searched.filters, busy: true });
    else view.showFilterPanel({ kind: 'note', text: filterPanelNote('loading'), busy: true });
    void countFor(id, searched);
  }

  /** Searches `api` for `searched`: the results, those with every quoted phrase first. */
  async function find(api: Pagefind, searched: SearchState) {
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

  /**
   * The newest parts of a large archive's index, when they should answer `searched` first: all of
   * it when its year filter allows only their years; else for results to show before the whole
   * index's (not for "oldest first", whose first results are in the oldest parts), which is
   * asked only once they have answered. A failure to open them leaves the search to the whole index.
   */
  async function newestFor(searched: SearchState): Promise<{ parts: NewestParts; complete: boolean } | undefined> {
    if (!newestParts) return undefined;
    let parts: NewestParts | undefined;
    try {
      parts = await newestParts.get();
    } catch (error) {
      logError(error);
      return undefined;
    }
    if (!parts) return undefined;
    const coverage = newestCoverage(parts, pagefindFilters(searched, years));
    if (coverage === 'all') return { parts, complete: true };
    if (coverage === 'none' || effectiveSort(searched) === 'oldest') return undefined;
    return { parts, complete: false };
  }

  async function search(show: number) {
    const id = ++run;
    const searched = state;
    if (!searched.query && !hasFilters(searched)) {
      clear();
      return;
    }
    view.setBusy(true);
    searching++;
    try {
      const newest = await newestFor(searched);
      const wholeIndex = () => pagefind.get().then((api) => find(api, searched));
      let whole: ReturnType<typeof wholeIndex> | undefined;
      let shownEarly = false;
      if (newest && !newest.complete) {
        const early = await find(newest.parts.pagefind, searched);
        const first = await resultData(early.ranked.results.slice(0, show));
        if (id !== run) return;
        // The whole index is asked only now, even once open: asked beside the newest parts, its chunks from every part queued theirs, and nothing showed early.
        const opened = pagefind.loaded;
        whole = wholeIndex();
        // Settled here too, so a search overtaken before it awaits this leaves no unhandled failure.
        whole.catch(() => undefined);
        // Once it is open, the newest parts' results show unless it answers soon after them: on a smaller archive it does, and the list is not replaced a moment later.
        const wholeSoon = opened && (await Promise.race([whole.then(() => true), new Promise<false>((done) => setTimeout(() => done(false), EARLY_GRACE_MS))]));
        if (id !== run) return;
        if (!wholeSoon && early.ranked.results.length) {
          results = early.ranked.results;
          view.showResults(first);
          view.setStatus(earlySummary(results.length, searched.query, newest.parts.years, newest.parts.olderYears), false);
          view.showSuggestions({ terms: [], note: '' });
          remember(first.length);
          shownEarly = true;
        }
      }
      const { ranked, phrases } = await (newest?.complete ? find(newest.parts.pagefind, searched) : (whole ?? wholeIndex()));
      // The whole index's results replace the early ones, as many shown as the reader has asked for by then.
      const first = await resultData(ranked.results.slice(0, shownEarly ? Math.max(show, shown) : show));
      if (id !== run) return;
      results = ranked.results;
      view.showResults(first);
      const summary = resultSummary(results.length, searched.query);
      const phraseNote = phrases.length && results.length ? phraseSummary(ranked.exact, results.length) : '';
      view.setStatus(results.length ? [summary, phraseNote].filter(Boolean).join('. ') : noResultsHint(searched.query, hasFilters(searched)), false);
      view.showSuggestions({ terms: [], note: '' });
      if (!results.length && searched.query) void suggestFor(id, searched);
      remember(first.length);
      showFilters(id, searched);
    } catch (error) {
      if (id === run) unavailable(error);
    } finally {
      if (id === run) view.setBusy(false);
      if (--searching === 0) {
        const waiting = whenDone;
        whenDone = [];
        for (const done of waiting) done();
      }
    }
  }

  function go(next: SearchState, mode: 'push' | 'replace') {
    const { pathname, search: query } = address.current();
    const changed = !sameSearch(next, parseSearchState(query));
    state = next;
    // Not the page's own box: the reader is typing there, and rewriting it would eat spaces.
    view.showHeaderQuery(state.query);
    showState();
    if (changed) address.write(searchStateHref(pathname, state), mode);
    return search(PAGE_SIZE);
  }

  /** What follows the state besides the results: the tab's title and the "Filters" button's count. */
  function showState() {
    view.setTitle(searchTitle(state.query, siteTitle));
    view.showActiveFilters(activeFilterCount(state));
  }

  return {
    get state() {
      return state;
    },
    start(count) {
      view.showControls(state);
      showState();
      return search(count ?? PAGE_SIZE);
    },
    restore(count) {
      clearTimeout(typingTimer);
      state = parseSearchState(address.current().search);
      view.showControls(state);
      showState();
      return search(count ?? PAGE_SIZE);
    },
    preload: () => (newestParts ?? pagefind).get().then(
      () => undefined,
      () => undefined,
    ),
    typed(text) {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => void go({ ...state, query: normaliseQuery(text) }, 'replace'), TYPING_DELAY_MS);
    },
    submitted(text) {
      clearTimeout(typingTimer);
      return go({ ...state, query: normaliseQuery(text) }, 'push');
    },
    sorted: (value) => go({ ...state, sort: parseSort(value) }, 'push'),
    async rangeChanged(from, to) {
      await go(withRange(state, from, to), 'push');
    },
    filterToggled: async (key, value, checked) => {
      if (isFilterKey(key)) await go(withFilter(state, key, value, checked), 'push');
    },
    filtersCleared() {
      const next = { ...state, filters: noFilters(), from: '', to: '' };
      view.showRange(next);
      return go(next, 'push');
    },
    async loadMore() {
      const id = run;
      if (loadingMoreFor === id) return;
      loadingMoreFor = id;
      view.setBusy(true);
      try {
        const next = await resultData(results.slice(shown, shown + PAGE_SIZE));
        if (id !== run || next.length === 0) return;
        view.appendResults(next);
        remember(shown + next.length);
      } catch (error) {
        // The results already shown stay; the button is still there to try again.
        logError(error);
      } finally {
        if (loadingMoreFor === id) loadingMoreFor = undefined;
        if (id === run) view.setBusy(false);
      }
    },
  };
}
