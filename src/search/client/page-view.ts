/** Draws what the session asks for (view.ts) on the search page's elements, from plain data; render.ts builds the pieces. */
import { dateFieldValue } from './date-range.ts';
import type { FilterPanelView } from './filter-panel-view.ts';
import { filterButtonText } from './messages.ts';
import type { PageElements } from './page-elements.ts';
import { markBusy, resultItem, suggestionLines } from './render.ts';
import { effectiveSort } from './state.ts';
import type { SearchView } from './view.ts';

/** The session's view over `elements`; `zones` gives each source's time zone for result dates, `filters` draws the panel. */
export function pageView(
  elements: PageElements,
  zones: Readonly<Record<string, string>>,
  filters: FilterPanelView,
): SearchView {
  const {
    input,
    sort,
    relevance,
    from,
    to,
    headerInput,
    toggle,
    suggestionBox,
    resultList,
    status,
    more,
    shownNote,
    clearFilters,
  } = elements;
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
      if (headerInput) headerInput.value = query;
      relevance.disabled = !query;
      if (!query && sort.value === 'relevance') sort.value = 'newest';
    },
    setTitle: (title) => void (document.title = title),
    showActiveFilters(count) {
      toggle.textContent = filterButtonText(count);
    },
    showSuggestions(suggestions) {
      const lines = suggestionLines(suggestions);
      suggestionBox.replaceChildren(...lines);
      suggestionBox.hidden = lines.length === 0;
    },
    setBusy: (busy) => markBusy(resultList, busy),
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
    showFilterPanel: (panel) => filters.draw(panel),
    showClearFilters(visible) {
      clearFilters.hidden = !visible;
    },
  };
  return view;
}
