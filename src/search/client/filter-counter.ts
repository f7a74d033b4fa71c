/**
 * The counts beside each filter value. They follow a search's results once those are painted,
 * asked of the counter (a second Pagefind, so counting never holds up the next search), which
 * loads the filter indexes the first time. Until a search's counts come, the panel shows the
 * counts on screen, or a note while the indexes load; a newer search makes every step stand down.
 */
import { FILTER_KEYS } from '../keys.ts';
import { lazyLoad, type Lazy } from './lazy-load.ts';
import { filterPanelNote } from './messages.ts';
import type { FilterCounts, Pagefind } from './pagefind-client.ts';
import { searchTerm } from './pagefind-search.ts';
import { hasFilters, offersFilters, pagefindFilters, type ArchiveYears, type SearchState } from './state.ts';
import type { FilterPanel, SearchView } from './view.ts';

/** The filter keys with checked values: each needs a search of its own for its counts. */
const checkedKeys = (searched: SearchState) => FILTER_KEYS.filter((key) => searched.filters[key].length > 0);

/**
 * Facet counts: a key with checked values is counted without its own filter, so its other values
 * stay visible. Returns undefined, and asks Pagefind nothing more, once `stale()` says a newer
 * search has taken over: Pagefind cannot cancel a search, so each one not sent is work saved.
 */
export async function filterCounts(
  api: Pagefind,
  term: string | null,
  searched: SearchState,
  years: ArchiveYears,
  found: FilterCounts,
  stale: () => boolean,
): Promise<FilterCounts | undefined> {
  const counts = { ...found };
  for (const key of checkedKeys(searched)) {
    if (stale()) return undefined;
    const without = await api.search(term, { filters: pagefindFilters(searched, years, key) });
    counts[key] = without.filters[key] ?? {};
  }
  return stale() ? undefined : counts;
}

/**
 * The filter panel of a search with `resultCount` results until its counts come: hidden when it
 * has nothing to offer; once the indexes are loaded, the checkboxes with the counts on screen (so
 * the panel does not flicker); else a note that they are loading.
 */
export function panelUntilCounted(
  resultCount: number,
  searched: SearchState,
  indexesLoaded: boolean,
  shownCounts: FilterCounts,
): FilterPanel {
  if (!offersFilters(resultCount, searched)) return { kind: 'hidden' };
  if (indexesLoaded) return { kind: 'counts', counts: shownCounts, selection: searched.filters, busy: true };
  return { kind: 'note', text: filterPanelNote('loading'), busy: true };
}

/** What a filter counter counts with and draws on, and how it knows a search has been overtaken. */
export interface FilterCounterOptions {
  /** The Pagefind that counts: loaded on first use. */
  counter: Lazy<Pagefind>;
  view: Pick<SearchView, 'showFilterPanel' | 'showClearFilters'>;
  years: ArchiveYears;
  /** Resolves once what is on screen now has been painted. */
  afterPaint: () => Promise<void>;
  /** True while no newer search has started since run `id`. */
  isLatest: (id: number) => boolean;
  logError: (error: unknown) => void;
}

/** The filter panel of each search in turn, and the counts on screen. */
export class FilterCounter {
  readonly #options: FilterCounterOptions;
  /** Once loaded, every search on the counter returns counts for every key. */
  readonly #indexes: Lazy<FilterCounts>;
  /** The counts on screen, which stand in while a newer search's are counted. */
  #shownCounts: FilterCounts = {};

  constructor(options: FilterCounterOptions) {
    this.#options = options;
    this.#indexes = lazyLoad(async () => (await options.counter.get()).filters());
  }

  /** Shows the panel of run `id`, which found `resultCount` results for `searched`, and counts them once they are painted. */
  show(id: number, searched: SearchState, resultCount: number): void {
    const { view } = this.#options;
    view.showClearFilters(hasFilters(searched));
    const panel = panelUntilCounted(resultCount, searched, this.#indexes.loaded, this.#shownCounts);
    view.showFilterPanel(panel);
    if (panel.kind !== 'hidden') void this.#count(id, searched);
  }

  /** Counts run `id` on the counter: loads the filter indexes the first time, then searches again. */
  async #count(id: number, searched: SearchState): Promise<void> {
    const { counter, view, years, afterPaint, isLatest, logError } = this.#options;
    try {
      await afterPaint();
      // A newer search asks for the indexes itself if it has anything to filter.
      if (!isLatest(id)) return;
      const api = await counter.get();
      await this.#indexes.get();
      if (!isLatest(id)) return;
      const term = searchTerm(searched.query);
      const found = await api.search(term, { filters: pagefindFilters(searched, years) });
      const counts = await filterCounts(api, term, searched, years, found.filters, () => !isLatest(id));
      if (!counts) return;
      this.#shownCounts = counts;
      view.showFilterPanel({ kind: 'counts', counts, selection: searched.filters });
    } catch (error) {
      // The results stay; only the panel says what went wrong.
      logError(error);
      if (isLatest(id)) view.showFilterPanel({ kind: 'note', text: filterPanelNote('failed'), busy: false });
    }
  }
}
