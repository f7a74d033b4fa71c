/**
 * The search page (`/search/`). Reads the search from the address, runs it with Pagefind and
 * writes results, counts and filters; every change of query, filter or sort goes back into the
 * address (pushed, so Back undoes it; typing replaces, so Back does not step through keystrokes).
 * Pagefind itself is imported only once the reader searches or focuses the box.
 */
import { FILTER_KEYS, isFilterKey, SITE_SEARCH_ID } from './keys.ts';
import { noResultsHint, resultSummary, shownSummary, unavailableMessage } from './messages.ts';
import { loadPagefind, SearchIndexMissing, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind-client.ts';
import { renderFilterGroups, resultItem } from './render.ts';
import {
  hasFilters,
  noFilters,
  normaliseQuery,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  parseSort,
  sameSearch,
  searchStateHref,
  withFilter,
  type SearchState,
} from './state.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

interface HistoryState {
  /** Results shown when the reader left, so Back returns to the same list. */
  shown?: number;
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
    more.hidden = true;
    setStatus('');
  }

  function unavailable(error: unknown) {
    console.error(error);
    clear();
    setStatus(unavailableMessage(error instanceof SearchIndexMissing ? 'no-index' : 'failed', dev === 'true'), true);
  }

  /** Facet counts: a key with checked values is counted without its own filter, so its other values stay visible. */
  async function filterCounts(api: Pagefind, term: string | null, found: FilterCounts): Promise<FilterCounts> {
    const counts = { ...found };
    for (const key of FILTER_KEYS) {
      if (state.filters[key].length === 0) continue;
      const without = await api.search(term, { filters: pagefindFilters(state.filters, key) });
      counts[key] = without.filters[key] ?? {};
    }
    return counts;
  }

  async function search(show: number) {
    const id = ++run;
    if (!state.query && !hasFilters(state)) {
      clear();
      return;
    }
    resultList.setAttribute('aria-busy', 'true');
    try {
      const api = await getPagefind();
      const term = state.query || null;
      const order = pagefindSort(state.sort);
      const found = await api.search(term, { filters: pagefindFilters(state.filters), ...(order && { sort: order }) });
      const counts = await filterCounts(api, term, found.filters);
      const first = await Promise.all(found.results.slice(0, show).map((r) => r.data()));
      if (id !== run) return;
      results = found.results;
      resultList.replaceChildren(...first.map(resultItem));
      filterPanel.hidden = renderFilterGroups(filterGroups, counts, state.filters) === 0;
      clearFilters.hidden = !hasFilters(state);
      setStatus(results.length ? resultSummary(results.length, state.query) : noResultsHint(state.query, hasFilters(state)));
      remember(first.length);
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
