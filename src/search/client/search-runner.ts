/**
 * Runs each search to the page: asks the newest parts first where they help, then the whole index;
 * shows the first page of results, the status line and the filter panel; adds pages on "Load more";
 * offers suggestions when nothing matched. Pagefind is loaded on first use, and a failed load is
 * tried again by the next search. Only this file and the ones it hands Pagefind to
 * (pagefind-search, filter-counter, shown-result) ask it anything, so the bundle behind it can change.
 */
import type { NewestParts } from './bundle-set.ts';
import { FilterCounter } from './filter-counter.ts';
import { lazyLoad, type Lazy } from './lazy-load.ts';
import { earlySummary, foundStatus, unavailableMessage } from './messages.ts';
import { answersWithin, EARLY_GRACE_MS, newestFor } from './newest-first.ts';
import { suggestionsFor } from './nothing-found.ts';
import { SearchIndexMissing, type Pagefind } from './pagefind-client.ts';
import { findResults, type FoundResults } from './pagefind-search.ts';
import { ResultPages } from './result-pages.ts';
import { SearchRuns } from './search-runs.ts';
import { shownResults } from './shown-result.ts';
import { hasFilters, type ArchiveYears, type SearchState } from './state.ts';
import type { SuggestionIndex } from '../suggestion-index.ts';
import type { SearchAddress, SearchView, ShownResult } from './view.ts';
import type { ValueNames } from './value-text.ts';

/** What a runner loads Pagefind and suggestions with, and draws and records through. */
export interface SearchRunnerOptions {
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
  /** Where failures go besides what the reader is shown. */
  logError?: (error: unknown) => void;
  /** How the page names stored values in its language: a suggested topic is named so. */
  valueNames?: ValueNames;
}

/** One search after another into the view; a search that a newer one has overtaken writes nothing. */
export class SearchRunner {
  readonly #options: SearchRunnerOptions;
  readonly #logError: (error: unknown) => void;
  readonly #runs = new SearchRuns();
  readonly #pages = new ResultPages();
  readonly #pagefind: Lazy<Pagefind>;
  readonly #newestParts: Lazy<NewestParts | undefined> | undefined;
  readonly #suggestionIndex: Lazy<SuggestionIndex>;
  readonly #filters: FilterCounter;

  constructor(options: SearchRunnerOptions) {
    this.#options = options;
    const { loadCounter, logError = console.error } = options;
    this.#logError = logError;
    this.#pagefind = lazyLoad(options.loadPagefind);
    this.#newestParts = options.loadNewestParts ? lazyLoad(options.loadNewestParts) : undefined;
    this.#suggestionIndex = lazyLoad(options.loadSuggestions);
    const counter = loadCounter ? lazyLoad(() => loadCounter(() => this.#runs.idle())) : this.#pagefind;
    this.#filters = new FilterCounter({
      counter,
      view: options.view,
      years: options.years,
      afterPaint: options.afterPaint,
      isLatest: (id) => this.#runs.isLatest(id),
      logError,
    });
  }

  /**
   * Loads Pagefind ahead of a search: the newest parts where there are some, else the whole index
   * (a small archive's newest parts are undefined). Resolves once it is open; a failure waits for the search.
   */
  async preload(): Promise<void> {
    try {
      if (!(await this.#newestParts?.get())) await this.#pagefind.get();
    } catch {
      // The search that follows tries again and says what went wrong.
    }
  }

  /** Searches for `searched` and shows its first `show` results, or clears the page when it asks for nothing. */
  async search(searched: SearchState, show: number): Promise<void> {
    const id = this.#runs.next();
    const { view, years, highlightParam } = this.#options;
    if (!searched.query && !hasFilters(searched)) {
      this.#clear();
      return;
    }
    view.setBusy(true);
    this.#runs.waiting();
    try {
      const newest = await newestFor(this.#newestParts, searched, years, this.#logError);
      let early: { whole: Promise<FoundResults>; shown: boolean } | undefined;
      if (newest && !newest.complete) {
        early = await this.#newestFirst(id, searched, newest.parts, show);
        if (!early) return;
      }
      const found = await (newest?.complete
        ? findResults(newest.parts.pagefind, searched, years)
        : (early?.whole ?? this.#wholeIndex(searched)));
      // The whole index's results replace the early ones, as many shown as the reader has asked for by then.
      const first = await shownResults(
        found.ranked.results.slice(0, this.#pages.keptCount(show, early?.shown ?? false)),
        highlightParam,
      );
      if (!this.#runs.isLatest(id)) return;
      this.#showFound(id, searched, found, first);
    } catch (error) {
      if (this.#runs.isLatest(id)) this.#unavailable(error);
    } finally {
      if (this.#runs.isLatest(id)) view.setBusy(false);
      this.#runs.answered();
    }
  }

  /** The next page of results, once however often it is asked for while loading. */
  async loadMore(): Promise<void> {
    const id = this.#runs.latest;
    if (!this.#pages.startLoadingMore(id)) return;
    const { view, highlightParam } = this.#options;
    view.setBusy(true);
    try {
      const next = await shownResults(this.#pages.nextPage(), highlightParam);
      if (!this.#runs.isLatest(id) || next.length === 0) return;
      view.appendResults(next);
      this.#remember(this.#pages.shown + next.length);
    } catch (error) {
      // The results already shown stay; the button is still there to try again.
      this.#logError(error);
    } finally {
      this.#pages.doneLoadingMore(id);
      if (this.#runs.isLatest(id)) view.setBusy(false);
    }
  }

  #wholeIndex(searched: SearchState): Promise<FoundResults> {
    return this.#pagefind.get().then((api) => findResults(api, searched, this.#options.years));
  }

  /**
   * Asks the newest parts for run `id`, then the whole index, and shows the newest parts' first
   * `show` results unless the whole index, once open, answers within EARLY_GRACE_MS. Gives the
   * whole index's answer to wait for and whether results were shown; undefined once overtaken.
   */
  async #newestFirst(
    id: number,
    searched: SearchState,
    parts: NewestParts,
    show: number,
  ): Promise<{ whole: Promise<FoundResults>; shown: boolean } | undefined> {
    const { view, years, highlightParam } = this.#options;
    const early = await findResults(parts.pagefind, searched, years);
    const first = await shownResults(early.ranked.results.slice(0, show), highlightParam);
    if (!this.#runs.isLatest(id)) return undefined;
    // The whole index is asked only now, even once open: asked beside the newest parts, its chunks from every part queued theirs, and nothing showed early.
    const opened = this.#pagefind.loaded;
    const whole = this.#wholeIndex(searched);
    // Settled here too, so a search overtaken before it awaits this leaves no unhandled failure.
    whole.catch(() => undefined);
    // Once it is open, the newest parts' results show unless it answers soon after them: on a smaller archive it does, and the list is not replaced a moment later.
    const wholeSoon = opened && (await answersWithin(whole, EARLY_GRACE_MS));
    if (!this.#runs.isLatest(id)) return undefined;
    if (wholeSoon || !early.ranked.results.length) return { whole, shown: false };
    this.#pages.replace(early.ranked.results);
    view.showResults(first);
    view.setStatus(earlySummary(early.ranked.results.length, searched.query, parts.years, parts.olderYears), false);
    view.showSuggestions({ terms: [], note: '' });
    this.#remember(first.length);
    return { whole, shown: true };
  }

  /** Shows run `id`'s results, `first` of them drawn, with its status, suggestions when nothing matched, and its filter panel. */
  #showFound(
    id: number,
    searched: SearchState,
    { ranked, phrases }: FoundResults,
    first: readonly ShownResult[],
  ): void {
    const { view } = this.#options;
    const count = ranked.results.length;
    this.#pages.replace(ranked.results);
    view.showResults(first);
    view.showResultCount(count);
    view.setStatus(
      foundStatus(count, searched.query, hasFilters(searched), phrases.length ? ranked.exact : undefined),
      false,
    );
    view.showSuggestions({ terms: [], note: '' });
    if (!count && searched.query) void this.#suggest(id, searched);
    this.#remember(first.length);
    this.#filters.show(id, searched, count);
  }

  /** Records that `count` results are on screen, in the history entry and beside "Load more". */
  #remember(count: number): void {
    this.#pages.showing(count);
    this.#options.address.rememberShown(count);
    const { summary, more } = this.#pages.paging();
    this.#options.view.showPaging(summary, more);
  }

  #clear(): void {
    const { view } = this.#options;
    this.#pages.clear();
    view.showResults([]);
    view.showResultCount(undefined);
    view.showFilterPanel({ kind: 'hidden' });
    view.showPaging('', false);
    view.setStatus('', false);
    view.showSuggestions({ terms: [], note: '' });
    view.setBusy(false);
  }

  #unavailable(error: unknown): void {
    this.#logError(error);
    this.#clear();
    this.#options.view.setStatus(
      unavailableMessage(error instanceof SearchIndexMissing ? 'no-index' : 'failed', this.#options.dev),
      true,
    );
  }

  /** When run `id` found nothing for words: what suggestionsFor offers. The index is fetched only now. */
  async #suggest(id: number, searched: SearchState): Promise<void> {
    try {
      const index = await this.#suggestionIndex.get();
      if (!this.#runs.isLatest(id)) return;
      const { address, view, valueNames } = this.#options;
      view.showSuggestions(suggestionsFor(index, searched, address.current().pathname, valueNames));
    } catch (error) {
      // The hint in the status line stays; suggestions are a bonus.
      this.#logError(error);
    }
  }
}
