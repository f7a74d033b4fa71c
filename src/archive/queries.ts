import type { ArticleRecord } from '../model/records.ts';

/** Newest first; ties broken by title so the order is stable between builds. */
export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return b.published.epoch - a.published.epoch || a.data.title.localeCompare(b.data.title);
}

/** Oldest first, for timelines. */
export function oldestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return -newestFirst(a, b);
}

export interface Group<K, T> {
  key: K;
  items: T[];
}

/** Groups items by a key, keeping the items' order and the order in which keys first appear. */
export function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Group<K, T>[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, groupItems]) => ({ key, items: groupItems }));
}

/** Articles grouped by year of publication, in the order given. */
export function groupByYear(articles: readonly ArticleRecord[]): Group<number, ArticleRecord>[] {
  return groupBy(articles, (a) => a.year);
}

/** Articles grouped by month (1-12) of publication, in the order given. */
export function groupByMonth(articles: readonly ArticleRecord[]): Group<number, ArticleRecord>[] {
  return groupBy(articles, (a) => a.month);
}

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  lastNumber: number;
  items: T[];
  /** 1-based position of the first item on this page. */
  start: number;
  total: number;
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer, got ${size}`);
  const lastNumber = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastNumber }, (_, i) => ({
    number: i + 1,
    lastNumber,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size + 1,
    total: items.length,
  }));
}

/**
 * Which page numbers a pager shows: the first, the last, and `around` either side of the
 * current one, with `null` for each gap, so a 5,000-page archive does not link every page.
 */
export function pageWindow(current: number, last: number, around = 2): (number | null)[] {
  const numbers = new Set([1, last]);
  for (let n = Math.max(1, current - around); n <= Math.min(last, current + around); n++) numbers.add(n);
  const shown: (number | null)[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const previous = shown[shown.length - 1];
    if (typeof previous === 'number' && n > previous + 1) shown.push(null);
    shown.push(n);
  }
  return shown;
}
