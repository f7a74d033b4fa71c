/**
 * The sentences the search page shows and announces, from the strings table of the page's
 * language (src/i18n/strings/): the page's `<html lang>`, English outside a browser.
 */
import { interfaceLanguage, strings } from '../../i18n/strings/index.ts';
import { en } from '../../i18n/strings/en.ts';
import type { FilterKey } from '../keys.ts';
import type { ActiveFilter } from './active-filters.ts';
import { boundText } from './date-fields.ts';

/** The search page's strings, in the language of the page it runs on. */
const table = () => strings(globalThis.document?.documentElement.lang).search;
/** The Intl locale of the page's language, for dates. */
const locale = () => strings(globalThis.document?.documentElement.lang).locale;

/** "3 results for “Blinken”", or, with filters and no words, "3 articles match the filters". */
export const resultSummary = (count: number, query: string): string => table().resultSummary(count, query);

/** What the English early summary says between the years searched and those still being searched: the benchmark looks for it. */
export const STILL_SEARCHING = en.search.stillSearching;

/** While the newest years answer first: "12 results for “Blinken” in 2025 so far; searching 2000–2024…". */
export const earlySummary = (
  count: number,
  query: string,
  years: readonly string[],
  olderYears: readonly string[],
): string => table().earlySummary(count, query, years, olderYears);

/** What to try when nothing matched. */
export const noResultsHint = (query: string, filtered: boolean): string => table().noResultsHint(query, filtered);

/**
 * The status line once a search has its `count` results: their summary, with what phraseSummary
 * says when the query has quoted phrases (`exact` results have them all); or, when nothing matched,
 * what to try.
 */
export function foundStatus(count: number, query: string, filtered: boolean, exact: number | undefined): string {
  if (!count) return noResultsHint(query, filtered);
  const phraseNote = exact === undefined ? '' : phraseSummary(exact, count);
  return [resultSummary(count, query), phraseNote].filter(Boolean).join('. ');
}

/** "Showing 10 of 24". */
export const shownSummary = (shown: number, total: number): string => table().shownSummary(shown, total);

/** Why there are no results when Pagefind could not run: no index (in development, how to make one), or another failure. */
export function unavailableMessage(reason: 'no-index' | 'failed', dev: boolean): string {
  const t = table();
  if (reason === 'failed') return t.failed;
  return dev ? t.noIndexDev : t.noIndex;
}

/** What the filter panel says before it has counts: while the filter indexes load, or when they could not be. */
export const filterPanelNote = (reason: 'loading' | 'failed'): string =>
  reason === 'loading' ? table().filtersLoading : table().filtersFailed;

/** The tab's title: `“blinken” – Search – Dateline`, or `Search – Dateline` before any words. */
export const searchTitle = (query: string, siteTitle: string): string => table().tabTitle(query, siteTitle);

/** How many results have every quoted phrase exactly, when the query has one: they come first. */
export function phraseSummary(exact: number, total: number): string {
  if (exact === total) return '';
  return exact === 0 ? table().phraseNone : table().phraseSome(exact);
}

/** The "Filters" button's text: "Filters", or "Filters (2 active)". */
export const filterButtonText = (active: number): string => table().filterButton(active);

/** The control that opens a long filter group: "Show all 24 tags", or, once open, "Show fewer tags". */
export const showAllText = (total: number, open: boolean, plural: string): string =>
  table().showAll(total, open, plural);

/** For words in a script the archive is not written in: which languages its articles are in. */
export const languagesNote = (languages: readonly string[]): string => table().languagesNote(languages);

/**
 * A value of the language filter (`ko`) as the page shows it: the language in its own name, as its
 * strings table gives it ("한국어"), else as Intl names it, else the tag.
 */
export function languageValueText(tag: string): string {
  if (interfaceLanguage(tag) === tag.toLowerCase().split('-')[0]) return strings(tag).languageName;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A filter group's heading: "Source". */
export const filterLabel = (key: FilterKey): string => table().filterLabels[key];

/** The find field of a long filter group: "Find a source". */
export const findInText = (key: FilterKey): string => table().findIn(filterLabel(key));

/** When a group's find field matches none of its values: "No source contains “xyz”." */
export const noneContainsText = (key: FilterKey, find: string): string => table().noneContains(filterLabel(key), find);

/** What a group's values are called in "Show all 24 tags". */
export const valuesText = (key: FilterKey): string => table().filterValues[key];

/** The words around suggested terms: "Did you mean A, B or C?". */
export const didYouMeanWords = () => table().didYouMean;

/** What a result says of a story that was updated or corrected, as its card does: "Updated", "Corrected". */
export const changeText = (change: 'updated' | 'corrected'): string =>
  strings(globalThis.document?.documentElement.lang).lists[change];

/** The filter sheet's closing button: "Show 27 results", or "Show results" before a search has a count. */
export const showResultsText = (count: number | undefined): string => table().showResults(count);

/** A chip's visible text and its button's accessible name: "AP" and "Remove filter Source: AP"; `shown` names a value as the page shows it. */
export function activeFilterText(
  filter: ActiveFilter,
  shown: (key: FilterKey, value: string) => string = (key, value) =>
    key === 'language' ? languageValueText(value) : value,
): { text: string; label: string } {
  const t = table();
  if (filter.kind === 'range') {
    const text = t.rangeText(boundText(filter.from, locale()), boundText(filter.to, locale()));
    return { text, label: t.removeFilter(t.date, text) };
  }
  const text = shown(filter.key, filter.value);
  return { text, label: t.removeFilter(filterLabel(filter.key), text) };
}
