import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FilterKey } from '../../../../src/search/keys.ts';
import {
  SearchIndexMissing,
  type FilterCounts,
  type Pagefind,
  type PagefindResultData,
  type PagefindSearchOptions,
} from '../../../../src/search/client/pagefind-client.ts';
import { EARLY_GRACE_MS } from '../../../../src/search/client/newest-first.ts';
import { PAGE_SIZE } from '../../../../src/search/client/result-pages.ts';
import {
  createSearchSession,
  TYPING_DELAY_MS,
  type SearchSession,
  type SearchSessionOptions,
} from '../../../../src/search/client/session.ts';
import type { FilterPanel, Suggestions } from '../../../../src/search/client/view.ts';
import type { SuggestionIndex } from '../../../../src/search/suggestion-index.ts';

interface Doc {
  path: string;
  title: string;
  date: string;
  filters: Partial<Record<FilterKey, string[]>>;
  body?: string;
}

const doc = (title: string, date: string, filters: Doc['filters'] = {}): Doc => ({
  path: `/articles/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
  title,
  date,
  filters,
});

const ARCHIVE: Doc[] = [
  doc('Blinken urges China', '2016-01-20', { source: ['Yonhap'], year: ['2016'], tag: ['sanctions'] }),
  doc('Blinken visits Tokyo', '2017-03-16', { source: ['AP'], year: ['2017'], tag: ['alliances'] }),
  doc('Blinken sworn in', '2021-01-26', { source: ['AP'], year: ['2021'] }),
  doc('Leaders sign the 판문점 선언', '2018-04-27', { source: ['Yonhap'], year: ['2018'] }),
  ...Array.from({ length: 12 }, (_, i) =>
    doc(`Morning roundup ${i + 1}`, `2019-05-${String(i + 1).padStart(2, '0')}`, { source: ['Wire'] }),
  ),
];

/** Lets a test hold a step until it calls `release`. */
function gate() {
  let release = () => {};
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { opened, release };
}

/**
 * Stands in for Pagefind's browser API over `docs`: matches words in titles, filters with `any`,
 * sorts by date, and, like Pagefind, returns counts only once `filters()` has loaded the indexes.
 * Result links carry the searched words decomposed, as Pagefind's own do.
 */
function fakePagefind(docs: readonly Doc[]) {
  const calls = { searches: [] as { term: string | null; options: PagefindSearchOptions }[], filters: 0, data: 0 };
  const holds = { search: [] as Promise<void>[], filters: undefined as Promise<void> | undefined, filtersFail: 0 };
  let indexesLoaded = false;

  // The hidden date-range filters, from the UTC date, as index-fields.ts writes them.
  const valuesOf = (d: Doc, key: string) =>
    ({ utc_year: [d.date.slice(0, 4)], utc_month: [d.date.slice(0, 7)], utc_day: [d.date.slice(0, 10)] })[key] ??
    d.filters[key as FilterKey];
  const filterMatches = (d: Doc, filters: object): boolean =>
    Object.entries(filters as Record<string, unknown>).every(([key, value]) =>
      key === 'any'
        ? (value as object[]).some((sub) => filterMatches(d, sub))
        : (value as { any: string[] }).any.some((v) => valuesOf(d, key)?.includes(v)),
    );
  // Like Pagefind: a query that is one quoted phrase matches only that phrase; otherwise every word.
  const termMatches = (d: Doc, term: string) => {
    const title = d.title.toLowerCase();
    const exact = /^"(.+)"$/.exec(term);
    return exact
      ? title.includes(exact[1]!.toLowerCase())
      : term.split(' ').every((word) => title.includes(word.toLowerCase()));
  };
  const matches = (d: Doc, term: string | null, filters: object = {}) =>
    (term === null || termMatches(d, term)) && filterMatches(d, filters);

  const countsOf = (found: readonly Doc[]): FilterCounts => {
    const counts: FilterCounts = {};
    for (const d of found) {
      for (const [key, values] of Object.entries(d.filters))
        for (const v of values) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
    }
    return counts;
  };

  const api: Pagefind = {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    async search(term, options = {}) {
      calls.searches.push({ term, options });
      await holds.search.shift();
      let found = docs.filter((d) => matches(d, term, options.filters));
      const order = options.sort?.date;
      if (order) found = [...found].sort((a, b) => (order === 'asc' ? 1 : -1) * a.date.localeCompare(b.date));
      return {
        results: found.map((d, i) => ({
          id: d.path,
          score: found.length - i,
          data: async (): Promise<PagefindResultData> => {
            calls.data++;
            const url = new URL(d.path, 'https://example.com');
            for (const word of (term ?? '').split(' ').filter(Boolean))
              url.searchParams.append('highlight', word.normalize('NFD'));
            const content = `${d.title} ${d.body ?? ''}`.trim();
            return {
              url: `${url.pathname}${url.search}`,
              excerpt: content,
              content,
              meta: { title: d.title, date: d.date },
              filters: d.filters,
            };
          },
        })),
        unfilteredResultCount: docs.length,
        filters: indexesLoaded ? countsOf(found) : {},
        totalFilters: {},
      };
    },
    async filters() {
      calls.filters++;
      await holds.filters;
      if (holds.filtersFail > 0) {
        holds.filtersFail--;
        throw new Error('filter index unavailable');
      }
      indexesLoaded = true;
      return countsOf(docs);
    },
  };
  return { api, calls, holds };
}

/** What the reader would see, kept up to date from the session's calls to its view. */
function fakePage(initial: string) {
  const seen = {
    box: '',
    sort: '',
    sortFor: '',
    busy: false,
    titles: [] as string[],
    links: [] as string[],
    status: '',
    statusIsError: false,
    paging: { summary: '', more: false },
    panel: { kind: 'hidden' } as FilterPanel,
    clearFilters: false,
    focusedTitle: undefined as string | undefined,
    excerpts: [] as string[],
    title: '',
    activeFilters: 0,
    startingPoints: false,
    resultCount: undefined as number | undefined,
    range: { from: '', to: '' },
    suggestions: { terms: [], note: '' } as Suggestions,
  };
  const history: { mode: 'push' | 'replace'; href: string }[] = [];
  const remembered: number[] = [];
  let [pathname = '/search/', query = ''] = initial.split('?');
  const view: SearchSessionOptions['view'] = {
    showControls(state) {
      seen.box = state.query;
      seen.sort = state.sort;
      seen.sortFor = state.query;
      seen.range = { from: state.from, to: state.to };
    },
    showSortFor: (query) => void (seen.sortFor = query),
    showRange: (state) => void (seen.range = { from: state.from, to: state.to }),
    setTitle: (title) => void (seen.title = title),
    showActiveFilters: (filters) => void (seen.activeFilters = filters.length),
    showStartingPoints: (visible) => void (seen.startingPoints = visible),
    showResultCount: (count) => void (seen.resultCount = count),
    showSuggestions: (suggestions) => void (seen.suggestions = suggestions),
    setBusy: (busy) => void (seen.busy = busy),
    showResults(results) {
      seen.titles = results.map((r) => r.meta.title ?? '');
      seen.links = results.map((r) => r.url);
      seen.excerpts = results.map((r) => r.excerptParts.map((p) => p.text).join(''));
    },
    appendResults(results) {
      seen.titles.push(...results.map((r) => r.meta.title ?? ''));
      seen.links.push(...results.map((r) => r.url));
      seen.focusedTitle = results[0]?.meta.title;
    },
    setStatus(text, isError) {
      seen.status = text;
      seen.statusIsError = isError;
    },
    showPaging: (summary, more) => void (seen.paging = { summary, more }),
    showFilterPanel: (panel) => void (seen.panel = panel),
    showClearFilters: (visible) => void (seen.clearFilters = visible),
  };
  const address: SearchSessionOptions['address'] = {
    current: () => ({ pathname, search: query ? `?${query}` : '' }),
    write(href, mode) {
      history.push({ mode, href });
      [pathname = '', query = ''] = href.split('?');
    },
    rememberShown: (shown) => void remembered.push(shown),
  };
  /** Goes to `href` as Back or Forward would, without the session writing it. */
  const visit = (href: string) => ([pathname = '', query = ''] = href.split('?'));
  return { seen, history, remembered, view, address, visit };
}

const SUGGESTIONS: SuggestionIndex = {
  terms: [
    ['Antony Blinken', 3, 'name'],
    ['alliances', 1, 'tag'],
  ],
  languages: [['en', 16]],
};

function setup(
  href: string,
  {
    docs = ARCHIVE,
    loadPagefind,
    counter,
    loadCounter,
    newest,
  }: {
    docs?: readonly Doc[];
    loadPagefind?: () => Promise<Pagefind>;
    counter?: ReturnType<typeof fakePagefind>;
    loadCounter?: SearchSessionOptions['loadCounter'];
    /** The newest parts' years, or `'all'` when they are every part (a small archive: loadNewestParts gives undefined). */
    newest?: { years: string[]; olderYears: string[] } | 'all';
  } = {},
) {
  const pagefind = fakePagefind(docs);
  const page = fakePage(href);
  const loads = { count: 0 };
  const paint = { holds: [] as Promise<void>[] };
  const errors: unknown[] = [];
  const suggestionLoads = { count: 0 };
  // The newest parts of the index: the archive's articles of their years, searched in a Pagefind of their own.
  const newestPagefind =
    newest && newest !== 'all'
      ? fakePagefind(docs.filter((d) => newest.years.includes(d.date.slice(0, 4))))
      : undefined;
  const session: SearchSession = createSearchSession({
    years: { first: 2016, last: 2021 },
    siteTitle: 'Dateline',
    loadSuggestions: async () => {
      suggestionLoads.count++;
      return SUGGESTIONS;
    },
    loadPagefind: () => {
      loads.count++;
      return loadPagefind ? loadPagefind() : Promise.resolve(pagefind.api);
    },
    ...(counter && { loadCounter: async () => counter.api }),
    ...(loadCounter && { loadCounter }),
    ...(newest && {
      loadNewestParts: async () => (newest === 'all' ? undefined : { pagefind: newestPagefind!.api, ...newest }),
    }),
    view: page.view,
    address: page.address,
    highlightParam: 'highlight',
    dev: false,
    afterPaint: async () => paint.holds.shift(),
    logError: (error) => void errors.push(error),
  });
  return { session, ...pagefind, ...page, loads, paint, errors, suggestionLoads, newest: newestPagefind };
}

/** Lets every pending promise and timer-free step settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSearchSession', () => {
  describe('a search from the address', () => {
    it('shows the results, their count and the query, with the filter counts once the first results are painted', async () => {
      const t = setup('/search/?q=blinken');
      const painted = gate();
      t.paint.holds.push(painted.opened);
      await t.session.start();

      expect(t.seen.titles).toEqual(['Blinken urges China', 'Blinken visits Tokyo', 'Blinken sworn in']);
      expect(t.seen.status).toBe('3 results for “blinken”');
      expect([t.seen.box, t.seen.sortFor, t.seen.sort]).toEqual(['blinken', 'blinken', 'relevance']);
      expect(t.seen.paging).toEqual({ summary: 'Showing 3 of 3', more: false });
      expect(t.seen.busy).toBe(false);
      // No filter index before the results are on screen.
      expect(t.calls.filters).toBe(0);
      expect(t.seen.panel).toEqual({ kind: 'note', text: 'Loading filters…', busy: true });

      painted.release();
      await settle();
      expect(t.calls.filters).toBe(1);
      expect(t.seen.panel).toEqual({
        kind: 'counts',
        counts: {
          source: { Yonhap: 1, AP: 2 },
          year: { 2016: 1, 2017: 1, 2021: 1 },
          tag: { sanctions: 1, alliances: 1 },
        },
        selection: expect.objectContaining({ source: [], tag: [] }),
      });
      expect(t.loads.count).toBe(1);
      expect(t.history).toEqual([]);
    });

    it('loads nothing and shows nothing when the address has no search', async () => {
      const t = setup('/search/');
      await t.session.start();
      expect(t.loads.count).toBe(0);
      expect(t.seen.titles).toEqual([]);
      expect(t.seen.status).toBe('');
      expect(t.seen.panel).toEqual({ kind: 'hidden' });
    });

    it('shows as many results as the history entry recorded, so Back returns to the same list', async () => {
      const t = setup('/search/?q=roundup');
      await t.session.start(12);
      expect(t.seen.titles).toHaveLength(12);
      expect(t.seen.paging).toEqual({ summary: 'Showing 12 of 12', more: false });
      expect(t.remembered.at(-1)).toBe(12);
    });

    it('gives result links the searched words composed, so the article can find them', async () => {
      const t = setup(`/search/?q=${encodeURIComponent('판문점 선언')}`);
      await t.session.start();
      expect(t.seen.titles).toEqual(['Leaders sign the 판문점 선언']);
      const link = new URL(t.seen.links[0]!, 'https://example.com');
      expect(link.pathname).toBe('/articles/leaders-sign-the-/');
      // The fake, like Pagefind, wrote them decomposed; these literals are composed.
      expect(link.searchParams.getAll('highlight')).toEqual(['판문점', '선언']);
    });

    it('counts a checked key without its own filter, so its other values stay on offer', async () => {
      const t = setup('/search/?q=blinken&source=AP');
      await t.session.start();
      await settle();
      expect(t.seen.titles).toEqual(['Blinken visits Tokyo', 'Blinken sworn in']);
      expect(t.seen.clearFilters).toBe(true);
      expect(t.seen.panel).toMatchObject({
        kind: 'counts',
        counts: { source: { Yonhap: 1, AP: 2 }, year: { 2017: 1, 2021: 1 } },
      });
    });

    it('hides the filter panel and loads no filter index when nothing matches', async () => {
      const t = setup('/search/?q=xylophone');
      await t.session.start();
      await settle();
      expect(t.seen.status).toMatch(/^No articles match “xylophone”\. Check the spelling/);
      expect(t.seen.panel).toEqual({ kind: 'hidden' });
      expect(t.calls.filters).toBe(0);
    });
  });

  describe('dates, order, phrases, suggestions and the title', () => {
    it('lists a date range with no words, newest first, and names it on the tab and the "Filters" button', async () => {
      const t = setup('/search/?from=2016-06&to=2019-05-02');
      await t.session.start();
      expect(t.seen.titles).toEqual([
        'Morning roundup 2',
        'Morning roundup 1',
        'Leaders sign the 판문점 선언',
        'Blinken visits Tokyo',
      ]);
      expect(t.calls.searches[0]).toMatchObject({ term: null, options: { sort: { date: 'desc' } } });
      expect(t.seen.range).toEqual({ from: '2016-06', to: '2019-05-02' });
      expect([t.seen.title, t.seen.activeFilters, t.seen.sort]).toEqual(['Search – Dateline', 1, 'relevance']);
    });

    it('narrows words by a range, keeps relevance for words, and writes a changed range to the address', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      expect(t.seen.title).toBe('“blinken” – Search – Dateline');
      await t.session.rangeChanged('2017-01-01', '2017-12-31');
      expect(t.seen.titles).toEqual(['Blinken visits Tokyo']);
      expect(t.history.at(-1)).toEqual({ mode: 'push', href: '/search/?q=blinken&from=2017-01-01&to=2017-12-31' });
      expect(t.calls.searches.at(-1)?.options.sort).toBeUndefined();
      expect(t.seen.activeFilters).toBe(1);

      await t.session.filtersCleared();
      expect(t.seen.range).toEqual({ from: '', to: '' });
      expect(t.history.at(-1)?.href).toBe('/search/?q=blinken');
      expect(t.seen.titles).toHaveLength(3);
    });

    it('removes one filter by its chip, the range as one, and keeps the rest', async () => {
      const t = setup('/search/?q=blinken&source=AP&from=2017');
      await t.session.start();
      expect([t.seen.activeFilters, t.seen.resultCount]).toEqual([2, 2]);
      await t.session.filterRemoved({ kind: 'range', from: '2017', to: '' });
      expect(t.seen.range).toEqual({ from: '', to: '' });
      expect(t.history.at(-1)).toEqual({ mode: 'push', href: '/search/?q=blinken&source=AP' });
      expect([t.seen.activeFilters, t.seen.resultCount]).toEqual([1, 2]);
      await t.session.filterRemoved({ kind: 'value', key: 'source', value: 'AP' });
      expect(t.history.at(-1)?.href).toBe('/search/?q=blinken');
      expect([t.seen.activeFilters, t.seen.resultCount]).toEqual([0, 3]);
    });

    it('offers the starting points only while there is no search, and no count for the sheet then', async () => {
      const t = setup('/search/');
      await t.session.start();
      expect([t.seen.startingPoints, t.seen.resultCount]).toEqual([true, undefined]);
      await t.session.filterToggled('year', '2017', true);
      expect([t.seen.startingPoints, t.seen.resultCount]).toEqual([false, 1]);
      await t.session.filtersCleared();
      expect([t.seen.startingPoints, t.seen.resultCount]).toEqual([true, undefined]);
    });

    it('finds nothing for a range outside the archive', async () => {
      const t = setup('/search/?from=1990&to=1991');
      await t.session.start();
      expect(t.seen.titles).toEqual([]);
      expect(t.seen.status).toMatch(/^No articles match these filters/);
    });

    it('puts results with a quoted phrase first, and says how many have it', async () => {
      const docs = [
        doc('Talks on sanctions relief', '2018-01-01'),
        doc('Relief for sanctions talks', '2018-01-02'),
        doc('Sanctions relief talks', '2018-01-03'),
      ];
      const t = setup('/search/?q=%22sanctions+relief%22+talks', { docs });
      await t.session.start();
      // The words without quotes first (relevance: the fake keeps archive order), then the phrase alone, exactly.
      expect(t.calls.searches.map((c) => c.term)).toEqual(['sanctions relief talks', '"sanctions relief"']);
      expect(t.seen.titles).toEqual([
        'Talks on sanctions relief',
        'Sanctions relief talks',
        'Relief for sanctions talks',
      ]);
      expect(t.seen.status).toBe('3 results for “"sanctions relief" talks”. 2 with the exact phrase, listed first.');
    });

    it('does not repeat the headline in the excerpt', async () => {
      const t = setup('/search/?q=tokyo', {
        docs: [{ ...doc('Blinken visits Tokyo', '2017-03-16'), body: 'Officials met in the capital.' }],
      });
      await t.session.start();
      expect(t.seen.excerpts).toEqual(['Officials met in the capital.']);
    });

    it('suggests close known terms when nothing matches, fetching them only then', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      await settle();
      expect(t.suggestionLoads.count).toBe(0);
      await t.session.submitted('blinkin');
      await settle();
      expect(t.suggestionLoads.count).toBe(1);
      expect(t.seen.suggestions).toEqual({
        terms: [{ text: 'Antony Blinken', href: '/search/?q=Antony+Blinken' }],
        note: '',
      });

      await t.session.submitted('blinken');
      expect(t.seen.suggestions).toEqual({ terms: [], note: '' });
    });

    it('suggests a tag as its filter, since its words need not be in any text', async () => {
      const t = setup('/search/?q=aliances&source=AP');
      await t.session.start();
      await settle();
      expect(t.seen.suggestions.terms).toEqual([{ text: 'alliances', href: '/search/?source=AP&tag=alliances' }]);
    });

    it('says which languages the archive holds for words in another script', async () => {
      const t = setup('/search/?q=%EB%B6%81%ED%95%9C');
      await t.session.start();
      await settle();
      expect(t.seen.suggestions).toEqual({
        terms: [],
        note: "The archive's articles are in English: try the words in English.",
      });
    });
  });

  describe('searches that overlap', () => {
    it('never lets an older search write over a newer one', async () => {
      const t = setup('/search/?q=blinken');
      const slow = gate();
      t.holds.search.push(slow.opened);
      const first = t.session.start();
      await settle();
      await t.session.submitted('roundup');
      expect(t.seen.status).toBe('12 results for “roundup”');

      slow.release();
      await first;
      expect(t.seen.status).toBe('12 results for “roundup”');
      expect(t.seen.titles).toHaveLength(PAGE_SIZE);
      expect(t.seen.titles.every((title) => title.startsWith('Morning roundup'))).toBe(true);
      expect(t.seen.busy).toBe(false);
    });

    it('does not show the filter counts of a search the reader has moved on from', async () => {
      const t = setup('/search/?q=blinken');
      const painted = gate();
      t.paint.holds.push(painted.opened);
      await t.session.start();
      expect(t.seen.panel).toMatchObject({ kind: 'note', busy: true });

      await t.session.submitted('xylophone');
      painted.release();
      await settle();
      expect(t.seen.panel).toEqual({ kind: 'hidden' });
      // The newer search had nothing to filter, so no index was fetched for the older one either.
      expect(t.calls.filters).toBe(0);
    });

    it('keeps the checkboxes while a later search is counted, once the filter indexes are loaded', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      await settle();
      await t.session.submitted('roundup');
      // No "Loading filters…" in between: the last counts stay, marked busy, until the new ones come.
      expect(t.seen.panel).toMatchObject({ kind: 'counts', counts: { source: { Yonhap: 1, AP: 2 } }, busy: true });
      await settle();
      expect(t.seen.panel).toEqual({
        kind: 'counts',
        counts: { source: { Wire: 12 } },
        selection: expect.objectContaining({ source: [] }),
      });
      expect(t.calls.filters).toBe(1);
    });
  });

  describe('filter counts that are slow', () => {
    it('counts on a Pagefind of its own, so a newer search is shown while the indexes load for an older one', async () => {
      const counter = fakePagefind(ARCHIVE);
      const t = setup('/search/?q=blinken', { counter });
      const loading = gate();
      counter.holds.filters = loading.opened;
      await t.session.start();
      await settle();
      expect(counter.calls.filters).toBe(1);

      await t.session.submitted('roundup');
      expect(t.seen.status).toBe('12 results for “roundup”');
      expect(t.seen.panel).toMatchObject({ kind: 'note', busy: true });

      loading.release();
      await settle();
      expect(t.seen.panel).toMatchObject({ kind: 'counts', counts: { source: { Wire: 12 } } });
      // The older search was not counted once the indexes came, only the newer; and the
      // Pagefind that searches never loaded the filter indexes, so its searches count nothing.
      expect(counter.calls.searches.map((s) => s.term)).toEqual(['roundup']);
      expect(t.calls.searches.map((s) => s.term)).toEqual(['blinken', 'roundup']);
      expect(t.calls.filters).toBe(0);
    });

    it('loads the counts’ indexes only while no search is waiting for its results', async () => {
      const counter = fakePagefind(ARCHIVE);
      let searchesDone: (() => Promise<void>) | undefined;
      const t = setup('/search/?q=blinken', {
        loadCounter: async (done) => {
          searchesDone = done;
          return counter.api;
        },
      });
      await t.session.start();
      await settle();
      expect(t.seen.panel).toMatchObject({ kind: 'counts' });
      const held = gate();
      t.holds.search.push(held.opened);
      const next = t.session.submitted('roundup');
      let resumed = false;
      void searchesDone!().then(() => (resumed = true));
      await settle();
      expect(resumed).toBe(false);
      held.release();
      await next;
      await settle();
      expect(resumed).toBe(true);
      expect(t.seen.status).toBe('12 results for “roundup”');
    });

    it('shows results with a checked filter before they are counted, the last counts standing in', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      await settle();
      expect(t.seen.panel).toMatchObject({ kind: 'counts', counts: { source: { Yonhap: 1, AP: 2 } } });

      const counting = gate();
      // The results, then the count for them; then the source counted without its own filter.
      t.holds.search.push(Promise.resolve(), Promise.resolve(), counting.opened);
      await t.session.filterToggled('source', 'AP', true);
      expect(t.seen.titles).toEqual(['Blinken visits Tokyo', 'Blinken sworn in']);
      expect(t.seen.busy).toBe(false);
      expect(t.seen.panel).toEqual({
        kind: 'counts',
        counts: expect.objectContaining({ source: { Yonhap: 1, AP: 2 }, year: { 2016: 1, 2017: 1, 2021: 1 } }),
        selection: expect.objectContaining({ source: ['AP'] }),
        busy: true,
      });

      counting.release();
      await settle();
      expect(t.seen.panel).toEqual({
        kind: 'counts',
        counts: expect.objectContaining({ source: { Yonhap: 1, AP: 2 }, year: { 2017: 1, 2021: 1 } }),
        selection: expect.objectContaining({ source: ['AP'] }),
      });
    });

    it("drops the rest of an older search's counting when the reader searches again, and never shows it", async () => {
      const t = setup('/search/?q=blinken&source=AP&tag=alliances');
      const counting = gate();
      // The results, the search again once the indexes are in, then one count per checked key: the first is held.
      t.holds.search.push(Promise.resolve(), Promise.resolve(), counting.opened);
      await t.session.start();
      await settle();
      expect(t.calls.searches.map((s) => s.term)).toEqual(['blinken', 'blinken', 'blinken']);

      await t.session.submitted('visits');
      expect(t.seen.titles).toEqual(['Blinken visits Tokyo']);
      counting.release();
      await settle();
      // The older search's count for its second key was never asked for.
      expect(t.calls.searches.slice(3).map((s) => s.term)).toEqual(['visits', 'visits', 'visits', 'visits']);
      expect(t.seen.panel).toEqual({
        kind: 'counts',
        counts: expect.objectContaining({ source: { AP: 1 }, tag: { alliances: 1 } }),
        selection: expect.objectContaining({ source: ['AP'], tag: ['alliances'] }),
      });
    });
  });

  describe('when loading fails', () => {
    it('says the index is missing, and tries to load Pagefind again with the next search', async () => {
      const t = setup('/search/?q=blinken', {
        loadPagefind: () =>
          t.loads.count === 1 ? Promise.reject(new SearchIndexMissing('no bundle')) : Promise.resolve(t.api),
      });
      await t.session.start();
      expect(t.seen.status).toBe(
        'Search is unavailable: the search index could not be loaded. Please try again later.',
      );
      expect(t.seen.statusIsError).toBe(true);
      expect(t.seen.titles).toEqual([]);
      expect(t.errors).toHaveLength(1);

      await t.session.submitted('roundup');
      expect(t.loads.count).toBe(2);
      expect(t.seen.status).toBe('12 results for “roundup”');
      expect(t.seen.statusIsError).toBe(false);
    });

    it('says so when a search fails in another way', async () => {
      const t = setup('/search/?q=blinken', { loadPagefind: () => Promise.reject(new Error('wasm')) });
      await t.session.start();
      expect(t.seen.status).toBe('Search failed unexpectedly. Please reload the page and try again.');
    });

    it('keeps the results when the filter indexes fail, and fetches them again with the next search', async () => {
      const t = setup('/search/?q=blinken');
      t.holds.filtersFail = 1;
      await t.session.start();
      await settle();
      expect(t.seen.titles).toHaveLength(3);
      expect(t.seen.panel).toEqual({
        kind: 'note',
        text: 'Filters could not be loaded. They will be tried again with your next search.',
        busy: false,
      });

      await t.session.submitted('roundup');
      await settle();
      expect(t.calls.filters).toBe(2);
      expect(t.seen.panel).toMatchObject({ kind: 'counts', counts: { source: { Wire: 12 } } });
    });

    it('loads Pagefind ahead of a search, and a failed preload is tried again by the search', async () => {
      let fail = true;
      const t = setup('/search/', {
        loadPagefind: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(t.api)),
      });
      await t.session.start();
      await expect(t.session.preload()).resolves.toBeUndefined();
      expect(t.loads.count).toBe(1);
      fail = false;
      await t.session.submitted('blinken');
      expect(t.loads.count).toBe(2);
      expect(t.seen.status).toBe('3 results for “blinken”');
    });

    it('opens the whole index ahead of a search when the newest parts are the whole archive', async () => {
      const t = setup('/search/', { newest: 'all' });
      await t.session.start();
      await t.session.preload();
      expect(t.loads.count).toBe(1);
      await t.session.submitted('blinken');
      expect(t.loads.count).toBe(1);
      expect(t.seen.status).toBe('3 results for “blinken”');
    });
  });

  describe('a large archive, whose newest parts answer first', () => {
    const newest = { years: ['2021', '2019'], olderYears: ['2018', '2017', '2016'] };

    it('shows the newest years’ results, saying older years are being searched, until the whole index’s replace them', async () => {
      const whole = gate();
      const t = setup('/search/?q=blinken', { newest, loadPagefind: () => whole.opened.then(() => t.api) });
      const started = t.session.start();
      await settle();
      expect(t.seen.titles).toEqual(['Blinken sworn in']);
      expect(t.seen.status).toBe('1 result for “blinken” in 2019–2021 so far; searching 2016–2018…');
      expect(t.seen.busy).toBe(true);
      // Counting waits for the whole index's results.
      expect(t.seen.panel).toEqual({ kind: 'hidden' });
      whole.release();
      await started;
      expect(t.seen.titles).toEqual(['Blinken urges China', 'Blinken visits Tokyo', 'Blinken sworn in']);
      expect(t.seen.status).toBe('3 results for “blinken”');
      expect(t.seen.busy).toBe(false);
      expect(t.seen.panel).toMatchObject({ kind: 'note', busy: true });
    });

    it('keeps as many results shown as the reader loaded while the older years were searched', async () => {
      const whole = gate();
      const t = setup('/search/?q=roundup', { newest, loadPagefind: () => whole.opened.then(() => t.api) });
      const started = t.session.start();
      await settle();
      expect(t.seen.titles).toHaveLength(PAGE_SIZE);
      await t.session.loadMore();
      expect(t.seen.titles).toHaveLength(12);
      whole.release();
      await started;
      expect(t.seen.titles).toHaveLength(12);
      expect(t.seen.paging).toEqual({ summary: 'Showing 12 of 12', more: false });
    });

    it('asks only the newest parts when the year filter allows only their years; the whole index only to count the other years', async () => {
      const t = setup('/search/?q=blinken&year=2021', { newest });
      const painted = gate();
      t.paint.holds.push(painted.opened);
      await t.session.start();
      expect(t.seen.titles).toEqual(['Blinken sworn in']);
      expect(t.seen.status).toBe('1 result for “blinken”');
      expect(t.loads.count).toBe(0);
      painted.release();
      await settle();
      expect(t.loads.count).toBe(1);
      expect(t.seen.panel).toMatchObject({ kind: 'counts', counts: { year: { 2016: 1, 2017: 1, 2021: 1 } } });
    });

    it('goes straight to the whole index for older years only, and for oldest first', async () => {
      const t = setup('/search/?q=blinken&year=2016', { newest });
      await t.session.start();
      expect(t.newest!.calls.searches).toHaveLength(0);
      expect(t.seen.titles).toEqual(['Blinken urges China']);
      await t.session.filtersCleared();
      const asked = t.newest!.calls.searches.length;
      await t.session.sorted('oldest');
      expect(t.newest!.calls.searches).toHaveLength(asked);
      expect(t.seen.titles).toEqual(['Blinken urges China', 'Blinken visits Tokyo', 'Blinken sworn in']);
    });

    it('once the whole index is open, still asks the newest parts first, and shows theirs only while it is slow to answer', async () => {
      const t = setup('/search/?q=roundup', { newest });
      await t.session.start();
      const statuses: string[] = [];
      const setStatus = t.view.setStatus;
      t.view.setStatus = (text, isError) => {
        statuses.push(text);
        setStatus(text, isError);
      };
      // Quick: the whole index answers within the grace, and its list is the only one shown.
      await t.session.submitted('blinken');
      expect(t.newest!.calls.searches.at(-1)?.term).toBe('blinken');
      expect(statuses).toEqual(['3 results for “blinken”']);
      // The whole index waits for the newest parts, whose word chunks would otherwise queue behind every part's.
      const newestHeld = gate();
      t.newest!.holds.search.push(newestHeld.opened);
      const tokyo = t.session.submitted('tokyo');
      await settle();
      expect(t.calls.searches.map((s) => s.term)).not.toContain('tokyo');
      newestHeld.release();
      await tokyo;
      expect(t.calls.searches.map((s) => s.term)).toContain('tokyo');
      statuses.length = 0;
      // Slow: the newest parts' results show after the grace, then the whole index's replace them.
      const slow = gate();
      t.holds.search.push(slow.opened);
      const searched = t.session.submitted('sworn');
      await new Promise((resolve) => setTimeout(resolve, EARLY_GRACE_MS + 20));
      expect(t.seen.titles).toEqual(['Blinken sworn in']);
      expect(t.seen.status).toBe('1 result for “sworn” in 2019–2021 so far; searching 2016–2018…');
      slow.release();
      await searched;
      expect(t.seen.status).toBe('1 result for “sworn”');
    });

    it('shows nothing early when the newest years have no match, and waits for the whole index', async () => {
      const whole = gate();
      const t = setup('/search/?q=tokyo', { newest, loadPagefind: () => whole.opened.then(() => t.api) });
      const started = t.session.start();
      await settle();
      expect(t.seen.titles).toEqual([]);
      expect(t.seen.status).toBe('');
      whole.release();
      await started;
      expect(t.seen.titles).toEqual(['Blinken visits Tokyo']);
    });
  });

  describe('"Load more"', () => {
    it('adds the next page once, however often it is clicked while loading, and focuses the first new result', async () => {
      const t = setup('/search/?q=roundup');
      await t.session.start();
      expect(t.seen.titles).toHaveLength(10);
      expect(t.seen.paging).toEqual({ summary: 'Showing 10 of 12', more: true });
      const dataBefore = t.calls.data;

      await Promise.all([t.session.loadMore(), t.session.loadMore()]);
      expect(t.seen.titles).toEqual(Array.from({ length: 12 }, (_, i) => `Morning roundup ${i + 1}`));
      expect(t.calls.data - dataBefore).toBe(2);
      expect(t.seen.focusedTitle).toBe('Morning roundup 11');
      expect(t.seen.paging).toEqual({ summary: 'Showing 12 of 12', more: false });
      expect(t.remembered.at(-1)).toBe(12);

      await t.session.loadMore();
      expect(t.seen.titles).toHaveLength(12);
    });

    it('adds nothing to a newer search', async () => {
      const t = setup('/search/?q=roundup');
      await t.session.start();
      const more = t.session.loadMore();
      await t.session.submitted('blinken');
      await more;
      expect(t.seen.titles).toEqual(['Blinken urges China', 'Blinken visits Tokyo', 'Blinken sworn in']);
    });
  });

  describe('the address', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it('searches once typing pauses and replaces the address, so Back skips keystrokes', async () => {
      const t = setup('/search/');
      await t.session.start();
      for (const text of ['b', 'bl', 'blinken ']) t.session.typed(text);
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS - 1);
      expect(t.history).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(t.history).toEqual([{ mode: 'replace', href: '/search/?q=blinken' }]);
      await vi.waitFor(() => expect(t.seen.status).toBe('3 results for “blinken”'));
      // The box is left as typed; the sort menu follows the words.
      expect([t.seen.box, t.seen.sortFor]).toEqual(['', 'blinken']);
    });

    it('keeps a search the reader saw when they type another: the first pause pushes, later pauses rewrite that entry', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      t.session.typed('roundup');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      t.session.typed('roundup talks');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      // Enter on what the address already holds writes nothing, but keeps it: the next pause pushes.
      await t.session.submitted('roundup talks');
      t.session.typed('summit');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(t.history).toEqual([
        { mode: 'push', href: '/search/?q=roundup' },
        { mode: 'replace', href: '/search/?q=roundup+talks' },
        { mode: 'push', href: '/search/?q=summit' },
      ]);
      // After Back, typing again makes a new entry: the one Back returned to stays.
      t.visit('/search/?q=blinken');
      await t.session.restore();
      t.session.typed('tokyo');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(t.history.at(-1)).toEqual({ mode: 'push', href: '/search/?q=tokyo' });
    });

    it('pushes a submitted search, a sort and a filter, so Back undoes each, and writes nothing for the same search', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      t.session.typed('roundup');
      await t.session.submitted('blinken');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      // The pending keystroke was dropped, and the same search was not written again.
      expect(t.history).toEqual([]);

      await t.session.sorted('newest');
      await t.session.filterToggled('source', 'AP', true);
      await t.session.filterToggled('not-a-key', 'x', true);
      expect(t.seen.titles).toEqual(['Blinken sworn in', 'Blinken visits Tokyo']);
      await t.session.filtersCleared();
      expect(t.history).toEqual([
        { mode: 'push', href: '/search/?q=blinken&sort=newest' },
        { mode: 'push', href: '/search/?q=blinken&source=AP&sort=newest' },
        { mode: 'push', href: '/search/?q=blinken&sort=newest' },
      ]);
      expect(t.seen.clearFilters).toBe(false);
    });

    it('shows the search in the address after Back, with its controls, and drops a pending keystroke', async () => {
      const t = setup('/search/?q=roundup');
      await t.session.start();
      t.session.typed('xylophone');
      t.visit('/search/?q=blinken&sort=oldest');
      await t.session.restore();
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(t.session.state).toMatchObject({ query: 'blinken', sort: 'oldest' });
      expect([t.seen.box, t.seen.sortFor, t.seen.sort]).toEqual(['blinken', 'blinken', 'oldest']);
      expect(t.seen.titles).toEqual(['Blinken urges China', 'Blinken visits Tokyo', 'Blinken sworn in']);
      expect(t.history).toEqual([]);
    });

    it('clears the page when the last word and filter go', async () => {
      const t = setup('/search/?q=blinken');
      await t.session.start();
      await t.session.submitted('  ');
      expect(t.history).toEqual([{ mode: 'push', href: '/search/' }]);
      expect(t.seen.titles).toEqual([]);
      expect(t.seen.status).toBe('');
      expect(t.seen.panel).toEqual({ kind: 'hidden' });
      expect(t.seen.paging.more).toBe(false);
    });
  });
});
