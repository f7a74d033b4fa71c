/**
 * The search page (`/search/`): connects the page's form, filters and history to a search
 * session (session.ts), and draws what the session asks for.
 */
import { HIGHLIGHT_PARAM, SITE_SEARCH_ID, type FilterKey } from '../keys.ts';
import { dateFieldValue } from './date-range.ts';
import { filterButtonText } from './messages.ts';
import { loadCountingSet, loadNewestParts, loadPagefind } from './bundle-set.ts';
import { renderFilterGroups, renderFilterNote, resultItem, type GroupViews } from './render.ts';
import { createSearchSession } from './session.ts';
import { EXCERPT_ELLIPSIS } from './shown-result.ts';
import type { FilterPanel, SearchAddress, SearchView } from './view.ts';
import { effectiveSort } from './state.ts';
import type { SuggestionIndex } from '../suggestion-index.ts';

interface HistoryState {
  /** Results shown when the reader left, so Back returns to the same list. */
  shown?: number;
  /** How far down the page was scrolled when the reader left it. */
  scroll?: number;
  /** The address of the result the reader opened, focused again on the way back. */
  opened?: string;
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

function setBusy(element: HTMLElement, busy: boolean) {
  if (busy) element.setAttribute('aria-busy', 'true');
  else element.removeAttribute('aria-busy');
}

async function fetchSuggestions(url: string): Promise<SuggestionIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as SuggestionIndex;
}

function start(root: HTMLElement) {
  const { bundle = '', base = '/', highlightParam = HIGHLIGHT_PARAM, dev, suggestions = '', siteTitle = '' } = root.dataset;
  const zones = JSON.parse(root.dataset.sourceZones ?? '{}') as Record<string, string>;
  const firstYear = Number(root.dataset.firstYear) || new Date().getUTCFullYear();
  const lastYear = Number(root.dataset.lastYear) || firstYear;
  // The fewest articles the newest parts of the index hold when they answer first: a part's (src/build-part.ts).
  const firstArticles = Number(root.dataset.firstArticles) || Number.POSITIVE_INFINITY;
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(root, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(root, 'select[name="sort"]');
  const relevance = required<HTMLOptionElement>(sort, 'option[value="relevance"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const suggestionBox = required<HTMLElement>(root, '[data-search-suggestions]');
  const toggle = required<HTMLButtonElement>(root, '[data-filters-toggle]');
  const filterPanel = required<HTMLElement>(root, '[data-search-filters]');
  const filterGroups = required<HTMLElement>(root, '[data-filter-groups]');
  const from = required<HTMLInputElement>(root, 'input[name="from"]');
  const to = required<HTMLInputElement>(root, 'input[name="to"]');
  const clearFilters = required<HTMLButtonElement>(root, '[data-clear-filters]');
  const resultList = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLElement>(root, '[data-search-more]');
  const moreButton = required<HTMLButtonElement>(more, 'button');
  const shownNote = required<HTMLElement>(more, '[data-search-shown]');
  // The header's search box shows the current query too, so the two never disagree.
  const headerInput = document.getElementById(SITE_SEARCH_ID);
  const groupViews: GroupViews = new Map();
  let lastPanel: FilterPanel = { kind: 'hidden' };

  function drawPanel(panel: FilterPanel) {
    lastPanel = panel;
    setBusy(filterPanel, panel.kind !== 'hidden' && panel.busy === true);
    if (panel.kind === 'hidden') filterGroups.hidden = true;
    else if (panel.kind === 'counts') filterGroups.hidden = renderFilterGroups(filterGroups, panel.counts, panel.selection, groupViews) === 0;
    else {
      renderFilterNote(filterGroups, panel.text);
      filterGroups.hidden = false;
    }
  }

  const view: SearchView = {
    showControls(state) {
      input.value = state.query;
      // Without words there is nothing to rank by relevance: such a listing is by date.
      relevance.disabled = !state.query;
      sort.value = effectiveSort(state);
      view.showRange(state);
      view.showHeaderQuery(state.query);
    },
    showRange(state) {
      from.value = dateFieldValue(state.from, 'from');
      to.value = dateFieldValue(state.to, 'to');
    },
    showHeaderQuery(query) {
      if (headerInput instanceof HTMLInputElement) headerInput.value = query;
      relevance.disabled = !query;
      if (!query && sort.value === 'relevance') sort.value = 'newest';
    },
    setTitle: (title) => void (document.title = title),
    showActiveFilters(count) {
      toggle.textContent = filterButtonText(count);
    },
    showSuggestions({ terms, note }) {
      const parts: Node[] = [];
      if (terms.length) {
        const line = document.createElement('p');
        line.append('Did you mean ');
        terms.forEach((term, i) => {
          const link = document.createElement('a');
          link.href = term.href;
          link.textContent = term.text;
          line.append(...(i === 0 ? [] : [i === terms.length - 1 ? ' or ' : ', ']), link);
        });
        line.append('?');
        parts.push(line);
      }
      if (note) {
        const line = document.createElement('p');
        line.textContent = note;
        parts.push(line);
      }
      suggestionBox.replaceChildren(...parts);
      suggestionBox.hidden = parts.length === 0;
    },
    setBusy: (busy) => setBusy(resultList, busy),
    showResults: (results) => resultList.replaceChildren(...results.map((result) => resultItem(result, zones))),
    appendResults(results) {
      const items = results.map((result) => resultItem(result, zones));
      resultList.append(...items);
      items[0]?.querySelector('a')?.focus();
    },
    setStatus(text, isError) {
      status.textContent = text;
      status.classList.toggle('search__status--error', isError);
    },
    showPaging(summary, offerMore) {
      more.hidden = !offerMore;
      shownNote.textContent = summary;
    },
    showFilterPanel: drawPanel,
    showClearFilters(visible) {
      clearFilters.hidden = !visible;
    },
  };

  const address: SearchAddress = {
    current: () => ({ pathname: window.location.pathname, search: window.location.search }),
    write(href, mode) {
      if (mode === 'push') window.history.pushState({} satisfies HistoryState, '', href);
      else window.history.replaceState({} satisfies HistoryState, '', href);
    },
    rememberShown: (shown) => window.history.replaceState({ ...currentHistory(), shown } satisfies HistoryState, ''),
  };

  const pagefindOptions = { baseUrl: base, excerptLength: 30, excerptEllipsis: EXCERPT_ELLIPSIS, highlightParam };
  const session = createSearchSession({
    loadPagefind: () => loadPagefind(bundle, pagefindOptions),
    loadNewestParts: () => loadNewestParts(bundle, pagefindOptions, firstArticles),
    // The filter counts in a worker of their own: a search never waits behind the last one's counting.
    loadCounter: (searchesDone) => loadCountingSet(bundle, pagefindOptions, searchesDone),
    loadSuggestions: () => fetchSuggestions(suggestions),
    view,
    address,
    highlightParam,
    dev: dev === 'true',
    afterPaint,
    years: { first: firstYear, last: lastYear },
    siteTitle,
  });

  /** Back from an article: the same place in the list, and focus on the result that was opened. */
  function returnToPlace(saved: HistoryState | null) {
    if (saved?.scroll !== undefined) window.scrollTo(0, saved.scroll);
    const opened = saved?.opened && [...resultList.querySelectorAll('a')].find((link) => link.getAttribute('href') === saved.opened);
    if (opened) opened.focus({ preventScroll: true });
  }

  /** Notes where the reader is before they leave for an article, so Back can return there. */
  function rememberPlace(opened?: string) {
    window.history.replaceState({ ...currentHistory(), scroll: window.scrollY, ...(opened && { opened }) } satisfies HistoryState, '');
  }

  // The panel follows what opens it: on a narrow screen, straight after the "Filters" button, so
  // focus order is screen order; on a wide one, after the results, beside which it is shown.
  const layout = required<HTMLElement>(root, '.search__layout');
  const wide = window.matchMedia('(min-width: 60rem)');
  const placePanel = () => (wide.matches ? layout.append(filterPanel) : toggle.after(filterPanel));
  wide.addEventListener('change', placePanel);
  placePanel();

  // Focus moves without a fragment in the address: a new fragment is a history entry, and Back
  // to it would search again.
  const skip = required<HTMLAnchorElement>(root, '.search__skip');
  const resultsSection = required<HTMLElement>(root, '#search-results');
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    resultsSection.focus();
  });

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    filterPanel.classList.toggle('search__filters--open', open);
  });
  input.addEventListener('focus', () => void session.preload(), { once: true });
  input.addEventListener('input', () => session.typed(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void session.submitted(input.value);
  });
  sort.addEventListener('change', () => void session.sorted(sort.value));
  const rangeChanged = () => void session.rangeChanged(from.value, to.value);
  from.addEventListener('change', rangeChanged);
  to.addEventListener('change', rangeChanged);
  filterGroups.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox') void session.filterToggled(box.name, box.value, box.checked);
  });
  filterGroups.addEventListener('input', (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.dataset.findKey) return;
    const key = field.dataset.findKey as FilterKey;
    groupViews.set(key, { showAll: groupViews.get(key)?.showAll ?? false, find: field.value });
    drawPanel(lastPanel);
  });
  filterGroups.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-show-all]') : null;
    if (!button) return;
    const key = button.dataset.showAll as FilterKey;
    const current = groupViews.get(key) ?? { showAll: false, find: '' };
    groupViews.set(key, { ...current, showAll: !current.showAll });
    drawPanel(lastPanel);
  });
  clearFilters.addEventListener('click', () => void session.filtersCleared());
  moreButton.addEventListener('click', () => void session.loadMore());
  resultList.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link) rememberPlace(link.getAttribute('href') ?? undefined);
  });
  window.addEventListener('pagehide', () => rememberPlace());
  window.addEventListener('popstate', (event) => {
    const saved = event.state as HistoryState | null;
    void session.restore(saved?.shown).then(() => returnToPlace(saved));
  });

  // The page scrolls back itself once the results are drawn; the browser would scroll too early.
  window.history.scrollRestoration = 'manual';
  root.hidden = false;
  const saved = currentHistory();
  void session.start(saved.shown).then(() => returnToPlace(saved));
}

const currentHistory = (): HistoryState => (window.history.state as HistoryState | null) ?? {};

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
