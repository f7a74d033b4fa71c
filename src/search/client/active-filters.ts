/**
 * The filters a search has on, one by one, as the chips above the results show them: each can be
 * removed on its own, without opening the filter panel (on a phone, a sheet over the results).
 */
import { FILTER_KEYS, type FilterKey } from '../keys.ts';
import { hasRange, withFilter, withRange, type SearchState } from './state.ts';

/** One filter that is on: a checked value of a filter, or the date range (one, whichever ends it has). */
export type ActiveFilter =
  { kind: 'value'; key: FilterKey; value: string } | { kind: 'range'; from: string; to: string };

/** The filters `state` has on: the date range first, as the panel lists it, then each checked value in key order. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const active: ActiveFilter[] = hasRange(state) ? [{ kind: 'range', from: state.from, to: state.to }] : [];
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) active.push({ kind: 'value', key, value });
  return active;
}

/** `state` without `filter`: the value unchecked, or the range cleared. */
export function withoutFilter(state: SearchState, filter: ActiveFilter): SearchState {
  return filter.kind === 'range' ? withRange(state, '', '') : withFilter(state, filter.key, filter.value, false);
}

/** Identifies a filter across redraws of the chips, so focus can move to the next one when one is removed. */
export function activeFilterId(filter: ActiveFilter): string {
  return filter.kind === 'range' ? 'range' : `${filter.key}\u0000${filter.value}`;
}
