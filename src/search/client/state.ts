/**
 * The search page's state lives in its address (`?q=kim&source=Yonhap&year=2016&sort=newest`),
 * so a search can be bookmarked, shared and reloaded, and Back steps through it.
 */
import { FILTER_KEYS, SORT_KEY, type FilterKey } from '../keys.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Checked filter values, per key; within a key any value may match, across keys all must. */
export type FilterSelection = Record<FilterKey, string[]>;

export interface SearchState {
  /** The words typed, trimmed; `''` when there is no query. */
  query: string;
  filters: FilterSelection;
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
  return { query: normaliseQuery(params.get('q')), filters, sort: parseSort(params.get('sort')) };
}

/** Writes the state as query parameters: `q`, then filters in key order, then `sort` unless it is relevance. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of unique(state.filters[key])) params.append(key, value);
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

/** True when any filter value is checked. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
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

/** Pagefind's `filters` option: any checked value within a key, every key with checked values. */
export function pagefindFilters(filters: FilterSelection, except?: FilterKey): Record<string, { any: string[] }> {
  const option: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && filters[key].length > 0) option[key] = { any: [...filters[key]] };
  }
  return option;
}

/** Pagefind's `sort` option, or `undefined` for relevance (Pagefind's own ranking). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { [SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [SORT_KEY]: 'asc' };
  return undefined;
}
