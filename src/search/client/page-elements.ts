/** The search page's elements that its script reads and draws on, found once (src/pages/search.astro). */
import { SITE_SEARCH_ID } from '../keys.ts';

/** The elements by what they do on the page. */
export interface PageElements {
  form: HTMLFormElement;
  /** The page's own search box. */
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** The sort menu's "relevance", which needs words to rank by. */
  relevance: HTMLOptionElement;
  status: HTMLElement;
  suggestionBox: HTMLElement;
  /** The "Filters" button that opens the panel on a narrow screen. */
  toggle: HTMLButtonElement;
  filterPanel: HTMLElement;
  filterGroups: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  clearFilters: HTMLButtonElement;
  resultList: HTMLOListElement;
  /** "Load more" and the "Showing 10 of 24" beside it. */
  more: HTMLElement;
  moreButton: HTMLButtonElement;
  shownNote: HTMLElement;
  /** The header's search box, which shows the current query too, so the two never disagree. */
  headerInput: HTMLInputElement | undefined;
  layout: HTMLElement;
  skip: HTMLAnchorElement;
  resultsSection: HTMLElement;
}

/** The element `selector` finds under `root`; throws, naming it, when the page has none. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page is missing ${selector}`);
  return found;
}

/** Finds every element the script needs under `root` (the `[data-search]` element), and the header's search box. */
export function pageElements(root: HTMLElement): PageElements {
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
  const header = document.getElementById(SITE_SEARCH_ID);
  const headerInput = header instanceof HTMLInputElement ? header : undefined;
  const layout = required<HTMLElement>(root, '.search__layout');
  const skip = required<HTMLAnchorElement>(root, '.search__skip');
  const resultsSection = required<HTMLElement>(root, '#search-results');
  return {
    form,
    input,
    sort,
    relevance,
    status,
    suggestionBox,
    toggle,
    filterPanel,
    filterGroups,
    from,
    to,
    clearFilters,
    resultList,
    more,
    moreButton,
    shownNote,
    headerInput,
    layout,
    skip,
    resultsSection,
  };
}
