import { describe, expect, it } from 'vitest';
import { FilterCounter, filterCounts, panelUntilCounted } from '../../../../src/search/client/filter-counter.ts';
import { lazyLoad } from '../../../../src/search/client/lazy-load.ts';
import type { Pagefind, PagefindSearchOptions } from '../../../../src/search/client/pagefind-client.ts';
import { parseSearchState } from '../../../../src/search/client/state.ts';
import type { FilterPanel } from '../../../../src/search/client/view.ts';

const years = { first: 2016, last: 2021 };

/** A Pagefind whose every search counts one article per source not filtered out, and records what it was asked. */
function countingPagefind() {
  const asked: PagefindSearchOptions[] = [];
  let indexes = 0;
  const api: Pagefind = {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    async search(_term, options = {}) {
      asked.push(options);
      const chosen = (options.filters as { source?: { any: string[] } } | undefined)?.source?.any;
      const source = Object.fromEntries(
        ['AP', 'Yonhap'].filter((s) => !chosen || chosen.includes(s)).map((s) => [s, 1]),
      );
      return { results: [], unfilteredResultCount: 0, filters: { source, year: { 2016: 2 } }, totalFilters: {} };
    },
    filters: async () => {
      indexes++;
      return {};
    },
  };
  return { api, asked, indexes: () => indexes };
}

describe('panelUntilCounted', () => {
  const shownCounts = { source: { AP: 3 } };

  it('hides the panel when there are no results and nothing is checked', () => {
    expect(panelUntilCounted(0, parseSearchState('?q=xylophone'), true, shownCounts)).toEqual({ kind: 'hidden' });
  });

  it('says the filters are loading until their indexes are', () => {
    expect(panelUntilCounted(4, parseSearchState('?q=vote'), false, shownCounts)).toEqual({
      kind: 'note',
      text: 'Loading filters…',
      busy: true,
    });
  });

  it("keeps the counts on screen, with this search's checked values, while it is counted", () => {
    const searched = parseSearchState('?q=vote&source=Yonhap');
    expect(panelUntilCounted(0, searched, true, shownCounts)).toEqual({
      kind: 'counts',
      counts: shownCounts,
      selection: searched.filters,
      busy: true,
    });
  });
});

describe('filterCounts', () => {
  it('counts a checked key without its own filter, so its other values stay on offer', async () => {
    const pagefind = countingPagefind();
    const searched = parseSearchState('?q=vote&source=Yonhap');
    const counts = await filterCounts(
      pagefind.api,
      'vote',
      searched,
      years,
      { source: { Yonhap: 1 }, year: { 2016: 1 } },
      () => false,
    );
    expect(counts).toEqual({ source: { AP: 1, Yonhap: 1 }, year: { 2016: 1 } });
    expect(pagefind.asked).toEqual([{ filters: {} }]);
  });

  it('asks nothing and gives nothing once a newer search has taken over', async () => {
    const pagefind = countingPagefind();
    const counts = await filterCounts(
      pagefind.api,
      'vote',
      parseSearchState('?q=vote&source=AP&year=2016'),
      years,
      {},
      () => true,
    );
    expect(counts).toBeUndefined();
    expect(pagefind.asked).toEqual([]);
  });
});

describe('FilterCounter', () => {
  function setup(latest: () => number) {
    const pagefind = countingPagefind();
    const panels: FilterPanel[] = [];
    const clear: boolean[] = [];
    const errors: unknown[] = [];
    const counter = new FilterCounter({
      counter: lazyLoad(async () => pagefind.api),
      view: {
        showFilterPanel: (panel) => void panels.push(panel),
        showClearFilters: (visible) => void clear.push(visible),
      },
      years,
      afterPaint: async () => {},
      isLatest: (id) => id === latest(),
      logError: (error) => void errors.push(error),
    });
    return { counter, pagefind, panels, clear, errors };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('shows a note, then the counts once the indexes are loaded; the next search keeps them while it is counted', async () => {
    let latest = 1;
    const t = setup(() => latest);
    const first = parseSearchState('?q=vote');
    t.counter.show(1, first, 3);
    await settle();
    expect(t.pagefind.indexes()).toBe(1);
    const counted = {
      kind: 'counts',
      counts: { source: { AP: 1, Yonhap: 1 }, year: { 2016: 2 } },
      selection: first.filters,
    };
    expect(t.panels).toEqual([{ kind: 'note', text: 'Loading filters…', busy: true }, counted]);
    latest = 2;
    const second = parseSearchState('?q=vote&source=AP');
    t.counter.show(2, second, 1);
    expect(t.panels.at(-1)).toEqual({ ...counted, selection: second.filters, busy: true });
    expect(t.clear).toEqual([false, true]);
  });

  it('never shows the counts of a search the reader has moved on from', async () => {
    let latest = 1;
    const t = setup(() => latest);
    t.counter.show(1, parseSearchState('?q=vote'), 3);
    latest = 2;
    await settle();
    expect(t.panels).toEqual([{ kind: 'note', text: 'Loading filters…', busy: true }]);
    expect(t.pagefind.asked).toEqual([]);
  });

  it('counts nothing for a search that offers no filters', async () => {
    const t = setup(() => 1);
    t.counter.show(1, parseSearchState('?q=xylophone'), 0);
    await settle();
    expect(t.panels).toEqual([{ kind: 'hidden' }]);
    expect(t.pagefind.indexes()).toBe(0);
  });
});
