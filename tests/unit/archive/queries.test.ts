import { describe, expect, it } from 'vitest';
import {
  groupByMonth,
  groupByYear,
  newestFirst,
  oldestFirst,
  pageWindow,
  paginate,
} from '../../../src/archive/queries.ts';
import { makeArticle } from '../fixtures.ts';

const a = makeArticle('2016/a', { date: '2016-01-20T19:27:00+09:00' });
const b = makeArticle('2016/b', { date: '2016-01-20T12:00:00Z' });
const c = makeArticle('2016/c', { date: '2016-09-09' });
const d = makeArticle('2018/d', { date: '2018-06-12' });

describe('sorting', () => {
  it('orders by the instant, not the written clock time', () => {
    // 19:27 KST is 10:27 UTC, earlier than 12:00 UTC on the same day.
    expect([a, b, c, d].sort(newestFirst).map((x) => x.id)).toEqual(['2018/d', '2016/c', '2016/b', '2016/a']);
    expect([d, b, c, a].sort(oldestFirst).map((x) => x.id)).toEqual(['2016/a', '2016/b', '2016/c', '2018/d']);
  });
});

describe('grouping', () => {
  it('groups by year and month in the order given', () => {
    const sorted = [a, b, c, d].sort(newestFirst);
    expect(groupByYear(sorted).map((g) => [g.key, g.items.length])).toEqual([
      [2018, 1],
      [2016, 3],
    ]);
    expect(groupByMonth(sorted.filter((x) => x.year === 2016)).map((g) => [g.key, g.items.length])).toEqual([
      [9, 1],
      [1, 2],
    ]);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('splits into pages of the given size', () => {
    const pages = paginate(items, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]).toMatchObject({ number: 3, lastNumber: 3, start: 41, total: 45 });
    expect(pages[1]!.items[0]).toBe(20);
  });

  it('keeps one empty page for an empty archive and rejects a bad size', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, lastNumber: 1, items: [], start: 1, total: 0 }]);
    expect(() => paginate(items, 0)).toThrow(/positive integer/);
  });
});

describe('pageWindow', () => {
  it('shows every page of a short archive', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and two either side of the current page, with gaps', () => {
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(4, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
    expect(pageWindow(500, 500)).toEqual([1, null, 498, 499, 500]);
  });
});
