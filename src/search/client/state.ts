/**
 * The search page's state lives in its address
 * (`?q=kim&source=Yonhap&year=2016&from=2017-01&to=2017-06-30&sort=newest`), so a search can be
 * bookmarked, shared and reloaded, and Back steps through it.
 */
import { FILTER_KEYS, SORT_KEY, type FilterKey } from '../keys.ts';
import { normaliseBound, rangeCover, rangeFilter, rangeInstants } from './date-range.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Checked filter values, per key; within a key any value may match, across keys all must. */
export type FilterSelection = Record<FilterKey, string[]>;

export interface SearchState {
  /** The words typed, trimmed; `''` when there is no query. */
  query: string;
  filters: FilterSelection;
  /** Start of the date range as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `''` when open. */
  from: string;
  /** End of the date range, all of that day, month or year included; `''` when open. */
  to: string;
  /** The order asked for; see `effectiveSort` for the one searched with. */
  sort: SortOrder;
}

/** A selection with nothing checked. */
export function noFilters(): FilterSelection {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as FilterSelection;
}

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** The words as searched: trimmed, runs of spaces made one. */
export function normaliseQuery(text: string | null): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/** A sort order from the address or the sort menu; anything unknown means relevance. */
export function parseSort(value: string | null): SortOrder {
  return (SORT_ORDERS as readonly (string | null)[]).includes(value) ? (value as SortOrder) : 'relevance';
}

/** Reads the state from a query string; unknown parameters are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = noFilters();
  for (const key of FILTER_KEYS) filters[key] = unique(params.getAll(key));
  return {
    query: normaliseQuery(params.get('q')),
    filters,
    from: normaliseBound(params.get('from')),
    to: normaliseBound(params.get('to')),
    sort: parseSort(params.get('sort')),
  };
}

/** Writes the state as query parameters: `q`, filters in key order, `from`, `to`, then `sort` unless it is relevance. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of unique(state.filters[key])) params.append(key, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The address of `state` on the page at `pathname`. */
export function searchStateHref(pathname: string, state: SearchState): string {
  const query = searchStateToParams(state).toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** True when both states ask for the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToParams(a).toString() === searchStateToParams(b).toString();
}

/** True when the state has a date range, open at one end or not. */
export function hasRange(state: Pick<SearchState, 'from' | 'to'>): boolean {
  return Boolean(state.from || state.to);
}

/** True when any filter value is checked or a date range is set. */
export function hasFilters(state: SearchState): boolean {
  return hasRange(state) || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** The state with a new date range (each bound as a date field or the address gives it). */
export function withRange(state: SearchState, from: string, to: string): SearchState {
  return { ...state, from: normaliseBound(from), to: normaliseBound(to) };
}

/**
 * The order to search in. Without words, relevance means nothing (every article matches as well
 * as any other), so a filtered or dated listing comes newest first unless oldest was asked for.
 */
export function effectiveSort(state: Pick<SearchState, 'query' | 'sort'>): SortOrder {
  return !state.query && state.sort === 'relevance' ? 'newest' : state.sort;
}

/**
 * True when the filter panel has something to offer: values of the results, or checked values
 * to uncheck. Without results or checked values the panel stays hidden and its indexes unloaded.
 */
export function offersFilters(resultCount: number, state: SearchState): boolean {
  return resultCount > 0 || hasFilters(state);
}

/** The state with one filter value checked or unchecked. */
export function withFilter(state: SearchState, key: FilterKey, value: string, checked: boolean): SearchState {
  const current = state.filters[key].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: checked ? [...current, value] : current } };
}

/** The archive's first and last year (of publication, as filed), which bound an open date range. */
export interface ArchiveYears {
  first: number;
  last: number;
}

/**
 * Pagefind's `filters` option: any checked value within a key, every key with checked values,
 * and the date range as a compound `any` of whole UTC years, months and days (date-range.ts).
 */
export function pagefindFilters(
  state: Pick<SearchState, 'filters' | 'from' | 'to'>,
  years: ArchiveYears,
  except?: FilterKey,
): Record<string, unknown> {
  const option: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && state.filters[key].length > 0) option[key] = { any: [...state.filters[key]] };
  }
  if (hasRange(state)) Object.assign(option, rangeFilter(rangeCover(rangeInstants(state.from, state.to), years)));
  return option;
}

/** Pagefind's `sort` option, or `undefined` for relevance (Pagefind's own ranking). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { [SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [SORT_KEY]: 'asc' };
  return undefined;
}
