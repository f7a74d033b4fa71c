/** The search page's elements that its script reads and draws on, found once (SearchPage.astro). */
import type { DatePart } from './date-fields.ts';

/** A bound's three date menus. */
export type DateMenus = Record<DatePart, HTMLSelectElement>;

/** The elements by what they do on the page. */
export interface PageElements {
  form: HTMLFormElement;
  /** The search box: the page's only one (the header leaves its own out here). */
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** The sort menu's "relevance", which needs words to rank by. */
  relevance: HTMLOptionElement;
  status: HTMLElement;
  suggestionBox: HTMLElement;
  /** The "Filters" button that opens the filter sheet on a narrow screen. */
  toggle: HTMLButtonElement;
  /** The chips of the filters that are on. */
  chips: HTMLElement;
  filterPanel: HTMLElement;
  /** The part of the panel that is a sheet over the results on a narrow screen. */
  sheet: HTMLElement;
  sheetClose: HTMLButtonElement;
  /** "Show 27 results", which closes the sheet onto the results. */
  sheetDone: HTMLButtonElement;
  filterGroups: HTMLElement;
  from: DateMenus;
  to: DateMenus;
  clearFilters: HTMLButtonElement;
  resultList: HTMLOListElement;
  /** "Load more" and the "Showing 10 of 24" beside it. */
  more: HTMLElement;
  moreButton: HTMLButtonElement;
  shownNote: HTMLElement;
  /** The topics, names and years an empty page offers. */
  start: HTMLElement;
  skip: HTMLAnchorElement;
  resultsSection: HTMLElement;
}

/** The element `selector` finds under `root`; throws, naming it, when the page has none. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page is missing ${selector}`);
  return found;
}

const dateMenus = (root: ParentNode, side: 'from' | 'to'): DateMenus => ({
  year: required<HTMLSelectElement>(root, `select[name="${side}-year"]`),
  month: required<HTMLSelectElement>(root, `select[name="${side}-month"]`),
  day: required<HTMLSelectElement>(root, `select[name="${side}-day"]`),
});

/** Finds every element the script needs under `root` (the `[data-search]` element). */
export function pageElements(root: HTMLElement): PageElements {
  const sort = required<HTMLSelectElement>(root, 'select[name="sort"]');
  const more = required<HTMLElement>(root, '[data-search-more]');
  return {
    form: required<HTMLFormElement>(root, 'form'),
    input: required<HTMLInputElement>(root, 'input[name="q"]'),
    sort,
    relevance: required<HTMLOptionElement>(sort, 'option[value="relevance"]'),
    status: required<HTMLElement>(root, '[data-search-status]'),
    suggestionBox: required<HTMLElement>(root, '[data-search-suggestions]'),
    toggle: required<HTMLButtonElement>(root, '[data-filters-toggle]'),
    chips: required<HTMLElement>(root, '[data-search-chips]'),
    filterPanel: required<HTMLElement>(root, '[data-search-filters]'),
    sheet: required<HTMLElement>(root, '[data-filter-sheet]'),
    sheetClose: required<HTMLButtonElement>(root, '[data-sheet-close]'),
    sheetDone: required<HTMLButtonElement>(root, '[data-sheet-done]'),
    filterGroups: required<HTMLElement>(root, '[data-filter-groups]'),
    from: dateMenus(root, 'from'),
    to: dateMenus(root, 'to'),
    clearFilters: required<HTMLButtonElement>(root, '[data-clear-filters]'),
    resultList: required<HTMLOListElement>(root, '[data-search-results]'),
    more,
    moreButton: required<HTMLButtonElement>(more, 'button'),
    shownNote: required<HTMLElement>(more, '[data-search-shown]'),
    start: required<HTMLElement>(root, '[data-search-start]'),
    skip: required<HTMLAnchorElement>(root, '.search__skip'),
    resultsSection: required<HTMLElement>(root, '#search-results'),
  };
}
