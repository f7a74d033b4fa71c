/**
 * Which values a filter group shows. A short group shows them all; a long one (tags) shows its
 * most-used values and offers the rest behind "Show all"; typing in the group's find field shows
 * every value that contains the typed text. Checked values are always shown, so none can be
 * unchecked out of sight.
 */
import type { FilterKey } from '../keys.ts';

/** Values a long group shows before "Show all". */
export const TOP_VALUES = 8;

export interface FilterValue {
  value: string;
  /** The value as the page shows it (value-text.ts): what it is sorted by and found by. */
  text: string;
  count: number;
  checked: boolean;
}

/** What the reader has done to a group: opened it in full, and typed in its find field. */
export interface GroupView {
  showAll: boolean;
  find: string;
}

// One collator, made on first use: localeCompare with options makes one a call, which a long
// group's sort felt, and making it as the page's script starts held up the first search.
let collator: Intl.Collator | undefined;
const byName = (a: FilterValue, b: FilterValue) =>
  (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a.text, b.text);

/**
 * A group's values: those with results plus the checked ones, each named as `shown` says. Years
 * newest first; a long group most-used first (ties by name); a short group by name.
 */
export function groupValues(
  key: FilterKey,
  counts: Readonly<Record<string, number>>,
  checked: readonly string[],
  shown: (value: string) => string = (value) => value,
): FilterValue[] {
  const values = [...new Set([...Object.keys(counts), ...checked])]
    .map((value) => ({ value, text: shown(value), count: counts[value] ?? 0, checked: checked.includes(value) }))
    .filter((v) => v.count > 0 || v.checked);
  if (key === 'year') return values.sort((a, b) => -byName(a, b));
  if (values.length > TOP_VALUES) return values.sort((a, b) => b.count - a.count || byName(a, b));
  return values.sort(byName);
}

/** True when a group has more values than it shows at first, so it gets "Show all" and a find field. */
export function isLongGroup(values: readonly FilterValue[]): boolean {
  return values.length > TOP_VALUES;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** The values on screen for `view`, in order; `hidden` counts those left out. */
export function visibleValues(
  values: readonly FilterValue[],
  view: GroupView,
): { shown: FilterValue[]; hidden: number } {
  const find = fold(view.find.trim());
  let shown: FilterValue[];
  if (find) shown = values.filter((v) => v.checked || fold(v.text).includes(find));
  else if (view.showAll || !isLongGroup(values)) shown = [...values];
  else {
    const top = new Set(values.slice(0, TOP_VALUES));
    shown = values.filter((v) => top.has(v) || v.checked);
  }
  return { shown, hidden: values.length - shown.length };
}

/** A group's view once the reader has typed `find` in its find field; a group not yet touched shows its top values. */
export function withFind(view: GroupView | undefined, find: string): GroupView {
  return { showAll: view?.showAll ?? false, find };
}

/** A group's view once the reader has pressed "Show all" (or "Show fewer"). */
export function withShowAllToggled(view: GroupView | undefined): GroupView {
  const current = view ?? { showAll: false, find: '' };
  return { ...current, showAll: !current.showAll };
}
