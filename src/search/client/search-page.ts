/**
 * The search page (`/search/`): reads its settings and elements, starts a search session
 * (session.ts) drawn by page-view.ts, and wires the form, the filter panel (a sheet on a phone,
 * filter-sheet.ts), the chips, the result list and history to it. Reading controls and listening for events happen here; drawing does not.
 */
import type { FilterKey } from '../keys.ts';
import { activeFilterId, activeFilters } from './active-filters.ts';
import { bundleSource, loadCountingSet, loadNewestParts, loadPagefind } from './bundle-set.ts';
import { boundFromParts } from './date-fields.ts';
import { FilterPanelView } from './filter-panel-view.ts';
import { wireFilterSheet } from './filter-sheet.ts';
import { readPageConfig } from './page-config.ts';
import { pageElements, type DateMenus, type PageElements } from './page-elements.ts';
import { browserAddress, currentHistory, rememberPlace, returnToPlace, type HistoryState } from './page-history.ts';
import { pageView } from './page-view.ts';
import { createSearchSession, type SearchSession } from './session.ts';
import { hasFilters } from './state.ts';
import { warmDateFormats } from './date-warmup.ts';
import { EXCERPT_ELLIPSIS } from './shown-result.ts';
import type { SuggestionIndex } from '../suggestion-index.ts';

/** The screens on which the filters sit beside the results (search.css says the same); below it they are a sheet. */
const WIDE_LAYOUT = '(min-width: 60rem)';

/** Resolves once the browser has painted what is in the DOM now (in a hidden tab, once it is shown). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function fetchSuggestions(url: string): Promise<SuggestionIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as SuggestionIndex;
}

/** The skip link, the search form (focusing its box opens Pagefind, then `opened()`), the sort menu and the date menus. */
function wireControls(
  { skip, resultsSection, input, form, sort, from, to }: PageElements,
  session: SearchSession,
  opened: () => void,
) {
  // Focus moves without a fragment in the address: a new fragment is a history entry, and Back
  // to it would search again.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    resultsSection.focus();
  });
  input.addEventListener('focus', () => void session.preload().then(opened), { once: true });
  input.addEventListener('input', () => session.typed(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void session.submitted(input.value);
  });
  sort.addEventListener('change', () => void session.sorted(sort.value));
  const bound = (menus: DateMenus) =>
    boundFromParts({ year: menus.year.value, month: menus.month.value, day: menus.day.value });
  const rangeChanged = () => void session.rangeChanged(bound(from), bound(to));
  for (const menu of [...Object.values(from), ...Object.values(to)]) menu.addEventListener('change', rangeChanged);
}

/** The chips of the filters that are on: each removes its own. */
function wireChips({ chips }: PageElements, session: SearchSession) {
  chips.addEventListener('click', (event) => {
    const chip = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-chip]') : null;
    const filter = chip && activeFilters(session.state).find((f) => activeFilterId(f) === chip.dataset.chip);
    if (filter) void session.filterRemoved(filter);
  });
}

/** The filter checkboxes, each long group's find field and "Show all", and "Clear all filters". */
function wireFilters({ filterGroups, clearFilters }: PageElements, session: SearchSession, panel: FilterPanelView) {
  filterGroups.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox')
      void session.filterToggled(box.name, box.value, box.checked);
  });
  filterGroups.addEventListener('input', (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !field.dataset.findKey) return;
    panel.findTyped(field.dataset.findKey as FilterKey, field.value);
  });
  filterGroups.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-show-all]') : null;
    if (!button) return;
    panel.showAllToggled(button.dataset.showAll as FilterKey);
  });
  clearFilters.addEventListener('click', () => void session.filtersCleared());
}

/** "Load more", and the place in the list kept on leaving and restored on Back and Forward. */
function wireResults({ moreButton, resultList }: PageElements, session: SearchSession) {
  moreButton.addEventListener('click', () => void session.loadMore());
  resultList.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link) rememberPlace(link.getAttribute('href') ?? undefined);
  });
  window.addEventListener('pagehide', () => rememberPlace());
  window.addEventListener('popstate', (event) => {
    const saved = event.state as HistoryState | null;
    void session.restore(saved?.shown).then(() => returnToPlace(saved, resultList));
  });
}

function start(root: HTMLElement) {
  const config = readPageConfig(root.dataset);
  const elements = pageElements(root);
  const { bundle, highlightParam, valueNames } = config;
  const panel = new FilterPanelView(elements.filterPanel, elements.filterGroups, valueNames);
  const pagefindOptions = {
    baseUrl: config.base,
    excerptLength: 30,
    excerptEllipsis: EXCERPT_ELLIPSIS,
    highlightParam,
  };
  const source = bundleSource(bundle);
  const session = createSearchSession({
    loadPagefind: () => loadPagefind(source, pagefindOptions, config.firstArticles),
    loadNewestParts: () => loadNewestParts(source, pagefindOptions, config.firstArticles),
    // The filter counts in a worker of their own: a search never waits behind the last one's counting.
    loadCounter: (searchesDone) => loadCountingSet(source, pagefindOptions, searchesDone),
    loadSuggestions: () => fetchSuggestions(config.suggestions),
    view: pageView(elements, panel, valueNames),
    valueNames,
    address: browserAddress,
    highlightParam,
    dev: config.dev,
    afterPaint,
    years: config.years,
    siteTitle: config.siteTitle,
  });
  wireFilterSheet(elements, window.matchMedia(WIDE_LAYOUT));
  // The date formats results need, made once Pagefind is open: its worker then fetches and searches
  // while the page has nothing to do, and opening it is not held up behind them.
  let warmed = false;
  const warm = () => {
    if (warmed) return;
    warmed = true;
    warmDateFormats(config.dateSamples, document.documentElement.lang);
  };
  wireControls(elements, session, warm);
  wireChips(elements, session);
  wireFilters(elements, session, panel);
  wireResults(elements, session);

  // The page scrolls back itself once the results are drawn; the browser would scroll too early.
  window.history.scrollRestoration = 'manual';
  delete root.dataset.waiting;
  const saved = currentHistory();
  void session.start(saved.shown).then(() => returnToPlace(saved, elements.resultList));
  // The head preloads the list of index parts; taken now, it is not fetched again at the first search.
  void source.manifest().catch(() => undefined);
  // A search in the address is opening Pagefind already; an empty page waits for the box.
  if (session.state.query || hasFilters(session.state)) void session.preload().then(warm);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
