import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../../../src/search/client/pagefind-client.ts';
import { PAGE_SIZE, ResultPages } from '../../../../src/search/client/result-pages.ts';

const results = (count: number): PagefindResult[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${i + 1}`,
    score: count - i,
    data: () => Promise.reject(new Error('not fetched in these tests')),
  }));
const ids = (page: readonly PagefindResult[]) => page.map((r) => r.id);

describe('ResultPages', () => {
  it('offers the page after those shown, and says how many are shown and whether there are more', () => {
    const pages = new ResultPages();
    pages.replace(results(24));
    pages.showing(PAGE_SIZE);
    expect(pages.paging()).toEqual({ summary: 'Showing 10 of 24', more: true });
    expect(ids(pages.nextPage())).toEqual(['r11', 'r12', 'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', 'r20']);
    pages.showing(20);
    expect(ids(pages.nextPage())).toEqual(['r21', 'r22', 'r23', 'r24']);
    pages.showing(24);
    expect(pages.paging()).toEqual({ summary: 'Showing 24 of 24', more: false });
    expect(pages.nextPage()).toEqual([]);
  });

  it('keeps the count shown when new results replace the old, and forgets both when cleared', () => {
    const pages = new ResultPages();
    pages.replace(results(30));
    pages.showing(20);
    pages.replace(results(12));
    expect(pages.shown).toBe(20);
    expect(pages.results).toHaveLength(12);
    pages.clear();
    expect(pages.shown).toBe(0);
    expect(pages.results).toEqual([]);
    expect(pages.paging()).toEqual({ summary: 'Showing 0 of 0', more: false });
  });

  it('keeps as many shown as the reader loaded of the early results, never fewer than asked', () => {
    const pages = new ResultPages();
    pages.showing(20);
    expect(pages.keptCount(10, true)).toBe(20);
    expect(pages.keptCount(30, true)).toBe(30);
    expect(pages.keptCount(10, false)).toBe(10);
  });

  it('lets one "Load more" a run fetch at a time, and another once it is done', () => {
    const pages = new ResultPages();
    expect(pages.startLoadingMore(1)).toBe(true);
    expect(pages.startLoadingMore(1)).toBe(false);
    // A newer run's "Load more" does not wait for the older one's.
    expect(pages.startLoadingMore(2)).toBe(true);
    pages.doneLoadingMore(1);
    expect(pages.startLoadingMore(2)).toBe(false);
    pages.doneLoadingMore(2);
    expect(pages.startLoadingMore(2)).toBe(true);
  });
});
