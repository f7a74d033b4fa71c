/**
 * The search page (`/search/`). Reads the search from the address, runs it with Pagefind and
 * writes results, counts and filters; every change of query, filter or sort goes back into the
 * address (pushed, so Back undoes it; typing replaces, so Back does not step through keystrokes).
 * Pagefind itself is imported only once the reader searches or focuses the box, and its filter
 * indexes only once the first results are on screen: on a large archive they would delay them.
 */
import { FILTER_KEYS, isFilterKey, SITE_SEARCH_ID } from '../keys.ts';
import { filterPanelNote, noResultsHint, resultSummary, shownSummary, unavailableMessage } from './messages.ts';
import { loadPagefind, SearchIndexMissing, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind-client.ts';
import { renderFilterGroups, renderFilterNote, resultItem } from './render.ts';
import {
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
  type FilterSelection,
  type SearchState,
} from './state.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

interface HistoryState {
  /** Results shown when the reader left, so Back returns to the same list. */
  shown?: number;
}

/** Resolves once the browser has painted what is in the DOM now (in a hidden tab, once it is shown). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page is missing ${selector}`);
  return found;
}

function start(root: HTMLElement) {
  const { bundle = '', base = '/', highlightParam, dev } = root.dataset;
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(root, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(root, 'select[name="sort"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const filterPanel = required<HTMLElement>(root, '[data-search-filters]');
  const filterGroups = required<HTMLElement>(root, '[data-filter-groups]');
  const clearFilters = required<HTMLButtonElement>(root, '[data-clear-filters]');
  const resultList = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLElement>(root, '[data-search-more]');
  const moreButton = required<HTMLButtonElement>(more, 'button');
  const shownNote = required<HTMLElement>(more, '[data-search-shown]');

  let state: SearchState = parseSearchState(window.location.search);
  let pagefind: Promise<Pagefind> | undefined;
  let filterIndexes: Promise<void> | undefined;
  /** True once every filter index is loaded, so every search returns counts. */
  let filtersLoaded = false;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  /** The search whose next results "Load more" is fetching, so a second click does not add them again. */
  let loadingMoreFor: number | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** Pagefind, imported on first use; a failed load is forgotten so the next search tries again. */
  const getPagefind = () =>
    (pagefind ??= loadPagefind(bundle, { baseUrl: base, excerptLength: 30, ...(highlightParam && { highlightParam }) }).catch(
      (error: unknown) => {
        pagefind = undefined;
        throw error;
      },
    ));

  /** Every filter index, fetched once a page; a failed load is forgotten so the next search tries again. */
  const loadFilters = (api: Pagefind) =>
    (filterIndexes ??= api.filters().then(
      () => {
        filtersLoaded = true;
      },
      (error: unknown) => {
        filterIndexes = undefined;
        throw error;
      },
    ));

  // The header's search box shows the current query too, so the two never disagree.
  const headerInput = document.getElementById(SITE_SEARCH_ID);
  function showQueryInHeader() {
    if (headerInput instanceof HTMLInputElement) headerInput.value = state.query;
  }

  function showControls() {
    input.value = state.query;
    sort.value = state.sort;
    showQueryInHeader();
  }

  function setStatus(text: string, isError = false) {
    status.textContent = text;
    status.classList.toggle('search__status--error', isError);
  }

  function remember(count: number) {
    shown = count;
    window.history.replaceState({ shown } satisfies HistoryState, '');
    more.hidden = shown >= results.length;
    shownNote.textContent = shownSummary(shown, results.length);
  }

  function go(next: SearchState, mode: 'push' | 'replace') {
    const changed = !sameSearch(next, parseSearchState(window.location.search));
    state = next;
    // Not the page's own box: the reader is typing there, and rewriting it would eat spaces.
    showQueryInHeader();
    if (changed) {
      const href = searchStateHref(window.location.pathname, state);
      if (mode === 'push') window.history.pushState({} satisfies HistoryState, '', href);
      else window.history.replaceState({} satisfies HistoryState, '', href);
    }
    void search(PAGE_SIZE);
  }

  function clear() {
    results = [];
    resultList.replaceChildren();
    filterPanel.hidden = true;
    filterPanel.removeAttribute('aria-busy');
    more.hidden = true;
    setStatus('');
  }

  function unavailable(error: unknown) {
    console.error(error);
    clear();
    setStatus(unavailableMessage(error instanceof SearchIndexMissing ? 'no-index' : 'failed', dev === 'true'), true);
  }

  /** Facet counts: a key with checked values is counted without its own filter, so its other values stay visible. */
  async function filterCounts(api: Pagefind, term: string | null, selection: FilterSelection, found: FilterCounts): Promise<FilterCounts> {
    const counts = { ...found };
    for (const key of FILTER_KEYS) {
      if (selection[key].length === 0) continue;
      const without = await api.search(term, { filters: pagefindFilters(selection, key) });
      counts[key] = without.filters[key] ?? {};
    }
    return counts;
  }

  function showFilterCounts(counts: FilterCounts, selection: FilterSelection) {
    filterPanel.removeAttribute('aria-busy');
    filterPanel.hidden = renderFilterGroups(filterGroups, counts, selection) === 0;
  }

  function showFilterNote(reason: 'loading' | 'failed') {
    if (reason === 'loading') filterPanel.setAttribute('aria-busy', 'true');
    else filterPanel.removeAttribute('aria-busy');
    renderFilterNote(filterGroups, filterPanelNote(reason));
    filterPanel.hidden = false;
  }

  /**
   * Loads the filter indexes once the results of search `id` are painted, then counts that search
   * again on the chunks it already loaded. A newer search makes both steps stand down.
   */
  async function countWhenLoaded(api: Pagefind, id: number, searched: SearchState) {
    try {
      await afterPaint();
      // A newer search asks for the indexes itself if it has anything to filter.
      if (id !== run) return;
      await loadFilters(api);
      if (id !== run) return;
      const term = searched.query || null;
      const found = await api.search(term, { filters: pagefindFilters(searched.filters) });
      const counts = await filterCounts(api, term, searched.filters, found.filters);
      if (id === run) showFilterCounts(counts, searched.filters);
    } catch (error) {
      // The results stay; only the panel says what went wrong.
      console.error(error);
      if (id === run) showFilterNote('failed');
    }
  }

  /** The filter panel for search `id`: its counts when the filter indexes were loaded, else a note until they are. */
  function showFilters(api: Pagefind, id: number, searched: SearchState, counts: FilterCounts | undefined) {
    clearFilters.hidden = !hasFilters(searched);
    if (counts) showFilterCounts(counts, searched.filters);
    else if (!offersFilters(results.length, searched)) filterPanel.hidden = true;
    else {
      showFilterNote('loading');
      void countWhenLoaded(api, id, searched);
    }
  }

  async function search(show: number) {
    const id = ++run;
    const searched = state;
    if (!searched.query && !hasFilters(searched)) {
      clear();
      return;
    }
    resultList.setAttribute('aria-busy', 'true');
    try {
      const api = await getPagefind();
      const term = searched.query || null;
      const order = pagefindSort(searched.sort);
      // A filtered search fetches the filter indexes it needs by itself; counts need them all.
      const found = await api.search(term, { filters: pagefindFilters(searched.filters), ...(order && { sort: order }) });
      const counts = filtersLoaded ? await filterCounts(api, term, searched.filters, found.filters) : undefined;
      const first = await Promise.all(found.results.slice(0, show).map((r) => r.data()));
      if (id !== run) return;
      results = found.results;
      resultList.replaceChildren(...first.map(resultItem));
      setStatus(results.length ? resultSummary(results.length, searched.query) : noResultsHint(searched.query, hasFilters(searched)));
      remember(first.length);
      showFilters(api, id, searched, counts);
    } catch (error) {
      if (id === run) unavailable(error);
    } finally {
      if (id === run) resultList.removeAttribute('aria-busy');
    }
  }

  async function loadMore() {
    const id = run;
    if (loadingMoreFor === id) return;
    loadingMoreFor = id;
    resultList.setAttribute('aria-busy', 'true');
    try {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (id !== run || next.length === 0) return;
      const items = next.map(resultItem);
      resultList.append(...items);
      remember(shown + items.length);
      items[0]?.querySelector('a')?.focus();
    } catch (error) {
      // The results already shown stay; the button is still there to try again.
      console.error(error);
    } finally {
      if (loadingMoreFor === id) loadingMoreFor = undefined;
      if (id === run) resultList.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('focus', () => void getPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go({ ...state, query: normaliseQuery(input.value) }, 'replace'), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    go({ ...state, query: normaliseQuery(input.value) }, 'push');
  });
  sort.addEventListener('change', () => go({ ...state, sort: parseSort(sort.value) }, 'push'));
  filterGroups.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && isFilterKey(box.name)) go(withFilter(state, box.name, box.value, box.checked), 'push');
  });
  clearFilters.addEventListener('click', () => go({ ...state, filters: noFilters() }, 'push'));
  moreButton.addEventListener('click', () => void loadMore());
  window.addEventListener('popstate', (event) => {
    clearTimeout(typingTimer);
    state = parseSearchState(window.location.search);
    showControls();
    void search((event.state as HistoryState | null)?.shown ?? PAGE_SIZE);
  });

  root.hidden = false;
  showControls();
  void search((window.history.state as HistoryState | null)?.shown ?? PAGE_SIZE);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
