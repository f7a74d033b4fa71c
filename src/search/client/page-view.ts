/** Draws what the session asks for (view.ts) on the search page's elements, from plain data; render.ts builds the pieces. */
import { boundParts, daysOffered, type BoundParts } from './date-fields.ts';
import type { FilterPanelView } from './filter-panel-view.ts';
import { filterButtonText, showResultsText } from './messages.ts';
import type { DateMenus, PageElements } from './page-elements.ts';
import { chipItems, markBusy, resultItem, suggestionLines } from './render.ts';
import { effectiveSort } from './state.ts';
import type { SearchView } from './view.ts';
import type { ValueNames } from './value-text.ts';

/** Sets a bound's menus to `parts`: a month needs a year and a day a month, and the day menu offers the month's days only. */
function showBound(menus: DateMenus, parts: BoundParts) {
  menus.year.value = parts.year;
  menus.month.value = parts.month;
  menus.day.value = parts.day;
  menus.month.disabled = !parts.year;
  menus.day.disabled = !parts.month;
  const days = daysOffered(parts);
  for (const option of menus.day.options) option.disabled = Number(option.value) > days;
}

/** Index of the chip that has focus, so focus can stay in the row when that chip is removed. */
function focusedChip(chips: HTMLElement): number {
  const buttons = [...chips.querySelectorAll('button')];
  return buttons.findIndex((button) => button === document.activeElement);
}

/** The session's view over `elements`; `filters` draws the panel; `names` names stored values in the page's language. */
export function pageView(elements: PageElements, filters: FilterPanelView, names: ValueNames): SearchView {
  const {
    input,
    sort,
    relevance,
    from,
    to,
    toggle,
    chips,
    sheetDone,
    suggestionBox,
    resultList,
    status,
    more,
    shownNote,
    clearFilters,
    start,
    resultsSection,
  } = elements;
  const view: SearchView = {
    showControls(state) {
      input.value = state.query;
      sort.value = effectiveSort(state);
      view.showRange(state);
      view.showSortFor(state.query);
    },
    showRange(state) {
      showBound(from, boundParts(state.from));
      showBound(to, boundParts(state.to));
    },
    showSortFor(query) {
      // Without words there is nothing to rank by relevance: such a listing is by date.
      relevance.disabled = !query;
      if (!query && sort.value === 'relevance') sort.value = 'newest';
    },
    setTitle: (title) => void (document.title = title),
    showActiveFilters(active) {
      toggle.textContent = filterButtonText(active.length);
      const focused = focusedChip(chips);
      chips.replaceChildren(...chipItems(active, names));
      chips.hidden = active.length === 0;
      if (focused < 0) return;
      // The chip that had focus is gone: the next one takes it, or the results once none is left.
      const buttons = chips.querySelectorAll('button');
      (buttons[Math.min(focused, buttons.length - 1)] ?? resultsSection).focus();
    },
    showStartingPoints(visible) {
      start.hidden = !visible;
    },
    showResultCount(count) {
      sheetDone.textContent = showResultsText(count);
    },
    showSuggestions(suggestions) {
      const lines = suggestionLines(suggestions);
      suggestionBox.replaceChildren(...lines);
      suggestionBox.hidden = lines.length === 0;
    },
    setBusy(busy) {
      markBusy(resultList, busy);
      markBusy(sheetDone, busy);
    },
    showResults: (results) => resultList.replaceChildren(...results.map((result) => resultItem(result, names))),
    appendResults(results) {
      const items = results.map((result) => resultItem(result, names));
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
    showFilterPanel: (panel) => filters.draw(panel),
    showClearFilters(visible) {
      clearFilters.hidden = !visible;
    },
  };
  return view;
}
