/**
 * The search page (`/search/`): connects the page's form, filters and history to a search
 * session (session.ts), and draws what the session asks for.
 */
import { HIGHLIGHT_PARAM, SITE_SEARCH_ID } from '../keys.ts';
import { loadPagefind } from './bundle-set.ts';
import { renderFilterGroups, renderFilterNote, resultItem } from './render.ts';
import { createSearchSession, type SearchAddress, type SearchView } from './session.ts';

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

function setBusy(element: HTMLElement, busy: boolean) {
  if (busy) element.setAttribute('aria-busy', 'true');
  else element.removeAttribute('aria-busy');
}

function start(root: HTMLElement) {
  const { bundle = '', base = '/', highlightParam = HIGHLIGHT_PARAM, dev } = root.dataset;
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
  // The header's search box shows the current query too, so the two never disagree.
  const headerInput = document.getElementById(SITE_SEARCH_ID);

  const view: SearchView = {
    showControls(state) {
      input.value = state.query;
      sort.value = state.sort;
      view.showHeaderQuery(state.query);
    },
    showHeaderQuery(query) {
      if (headerInput instanceof HTMLInputElement) headerInput.value = query;
    },
    setBusy: (busy) => setBusy(resultList, busy),
    showResults: (results) => resultList.replaceChildren(...results.map(resultItem)),
    appendResults(results) {
      const items = results.map(resultItem);
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
    showFilterPanel(panel) {
      setBusy(filterPanel, panel.kind === 'note' && panel.busy);
      if (panel.kind === 'hidden') filterPanel.hidden = true;
      else if (panel.kind === 'counts') filterPanel.hidden = renderFilterGroups(filterGroups, panel.counts, panel.selection) === 0;
      else {
        renderFilterNote(filterGroups, panel.text);
        filterPanel.hidden = false;
      }
    },
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
    rememberShown: (shown) => window.history.replaceState({ shown } satisfies HistoryState, ''),
  };

  const session = createSearchSession({
    loadPagefind: () => loadPagefind(bundle, { baseUrl: base, excerptLength: 30, highlightParam }),
    view,
    address,
    highlightParam,
    dev: dev === 'true',
    afterPaint,
  });

  input.addEventListener('focus', () => void session.preload(), { once: true });
  input.addEventListener('input', () => session.typed(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void session.submitted(input.value);
  });
  sort.addEventListener('change', () => void session.sorted(sort.value));
  filterGroups.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement) void session.filterToggled(box.name, box.value, box.checked);
  });
  clearFilters.addEventListener('click', () => void session.filtersCleared());
  moreButton.addEventListener('click', () => void session.loadMore());
  window.addEventListener('popstate', (event) => void session.restore((event.state as HistoryState | null)?.shown));

  root.hidden = false;
  void session.start((window.history.state as HistoryState | null)?.shown);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
