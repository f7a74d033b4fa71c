import { describe, expect, it } from 'vitest';
import {
  isMultilingual,
  languageIndexes,
  moduleUrl,
  newestCoverage,
  openBundleSet,
  openNewestParts,
  stemmingLanguage,
  stemmerGroups,
  openCountingSet,
  splitNewest,
  type PagefindInstanceApi,
} from '../../../../src/search/client/bundle-set.ts';
import { mergeByDate, searchAcrossYears, yearsInOrder } from '../../../../src/search/client/date-sorted.ts';
import { firstSearchArticles } from '../../../../src/config/build-part.ts';
import type { PagefindSearchOptions } from '../../../../src/search/client/pagefind-client.ts';
import type { BundleManifest } from '../../../../src/search/bundle-manifest.ts';

interface Doc {
  id: string;
  year: string;
  date: string;
  score: number;
  /** Each language of a bundle is an index of its own, ranked apart. */
  language?: string;
}

/**
 * Pagefind's merged search as its source does it (coupled_search.ts): each bundle's language
 * index ranks its own pages (a date sort gives each page its position within its index as the
 * score), then the results of all indexes are ordered by score. The language filter is each
 * index's `mergeFilter`.
 */
function mergedPagefind(docs: readonly Doc[]): PagefindInstanceApi & { searches: PagefindSearchOptions[] } {
  const searches: PagefindSearchOptions[] = [];
  const years = [...new Set(docs.map((d) => d.year))];
  return {
    searches,
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    filters: async () => ({}),
    mergeIndex: async () => undefined,
    async search(_term, options = {}) {
      searches.push(options);
      const filters = options.filters as Record<string, { any: string[] }> | undefined;
      const chosen = filters?.year?.any;
      const languages = filters?.language?.any;
      const direction = options.sort && Object.values(options.sort)[0];
      const indexes = [...new Set(docs.map((d) => `${d.year} ${d.language ?? ''}`))];
      const results = indexes.flatMap((index) => {
        const mine = docs.filter(
          (d) =>
            `${d.year} ${d.language ?? ''}` === index &&
            (!chosen || chosen.includes(d.year)) &&
            (!languages || languages.includes(d.language ?? '')),
        );
        if (!direction) return mine.map((d) => ({ doc: d, score: d.score }));
        const byDate = [...mine].sort((a, b) => a.date.localeCompare(b.date));
        return byDate.map((d, position) => ({ doc: d, score: direction === 'desc' ? position : -position }));
      });
      results.sort((a, b) => b.score - a.score);
      const count = (list: readonly { doc: Doc }[]) => ({
        year: Object.fromEntries(years.map((y) => [y, list.filter((r) => r.doc.year === y).length])),
      });
      return {
        results: results.map((r) => ({
          id: r.doc.id,
          score: r.score,
          data: async () => ({ url: r.doc.id, excerpt: '', meta: { date: r.doc.date }, filters: {} }),
        })),
        unfilteredResultCount: results.length,
        filters: count(results),
        totalFilters: count(results),
      };
    },
  };
}

const docs: Doc[] = [
  { id: 'a', year: '2017', date: '2017-03-01', score: 0.2 },
  { id: 'b', year: '2017', date: '2017-11-05', score: 0.9 },
  { id: 'c', year: '2016', date: '2016-01-20', score: 0.5 },
  { id: 'd', year: '2016', date: '2016-12-31', score: 0.1 },
  { id: 'e', year: '2015', date: '2015-06-01', score: 0.7 },
  { id: 'f', year: '2015', date: '2015-02-01', score: 0.3 },
  { id: 'g', year: '2015', date: '2015-09-09', score: 0.4 },
];
const keys = ['2017', '2016', '2015'];
const ids = (found: { results: { id: string }[] }) => found.results.map((r) => r.id);

/** A manifest of one bundle a year, each with its language indexes' page counts and whether Pagefind stems them. */
const manifestOf = (...bundles: [year: string, languages: Record<string, [pages: number, stemmed: boolean]>][]) => ({
  version: 1 as const,
  bundles: bundles.map(([year, languages]) => ({
    key: year,
    years: [year],
    pages: Object.values(languages).reduce((sum, [pages]) => sum + pages, 0),
    digest: year,
    languages: Object.fromEntries(
      Object.entries(languages).map(([language, [pages, stemmed]]) => [language, { pages, stemmed }]),
    ),
  })),
});

describe('searching the year bundles as one index', () => {
  it("keeps Pagefind's ranking across bundles for relevance", async () => {
    const set = searchAcrossYears(mergedPagefind(docs), keys);
    expect(ids(await set.search('words'))).toEqual(['b', 'e', 'c', 'g', 'f', 'a', 'd']);
  });

  it('sorts by date exactly across years, where the merged bundles would interleave them', async () => {
    const merged = mergedPagefind(docs);
    // What Pagefind alone gives: positions within each year, mixed.
    expect(ids(await merged.search(null, { sort: { date: 'desc' } }))).not.toEqual(['b', 'a', 'd', 'c', 'g', 'e', 'f']);
    const set = searchAcrossYears(merged, keys);
    expect(ids(await set.search(null, { sort: { date: 'desc' } }))).toEqual(['b', 'a', 'd', 'c', 'g', 'e', 'f']);
    expect(ids(await set.search(null, { sort: { date: 'asc' } }))).toEqual(['f', 'e', 'g', 'c', 'd', 'a', 'b']);
  });

  it("counts across every year, and asks only the years the reader's year filter allows", async () => {
    const merged = mergedPagefind(docs);
    const set = searchAcrossYears(merged, keys);
    const found = await set.search(null, { sort: { date: 'desc' }, filters: { year: { any: ['2015', '2017'] } } });
    expect(ids(found)).toEqual(['b', 'a', 'g', 'e', 'f']);
    expect(found.unfilteredResultCount).toBe(5);
    expect(merged.searches.map((s) => (s.filters as Record<string, { any: string[] }>).year?.any)).toEqual([
      ['2015', '2017'],
      ['2017'],
      ['2015'],
    ]);
  });

  it("sorts a year's stories by date across its language indexes, which Pagefind would give one language after the other", async () => {
    const bilingual: Doc[] = [
      { id: 'en-dec', year: '2017', date: '2017-12-22T16:40:00-05:00', score: 0, language: 'en' },
      { id: 'en-nov', year: '2017', date: '2017-11-29T20:30:00+09:00', score: 0, language: 'en' },
      { id: 'en-sep', year: '2017', date: '2017-09-03T16:20:00+09:00', score: 0, language: 'en' },
      { id: 'en-jul', year: '2017', date: '2017-07-29T09:40:00+09:00', score: 0, language: 'en' },
      { id: 'en-mar', year: '2017', date: '2017-03-15T10:00:00+09:00', score: 0, language: 'en' },
      { id: 'en-feb', year: '2017', date: '2017-02-10T10:00:00+09:00', score: 0, language: 'en' },
      // Filed 15 minutes before the English story of the same day.
      { id: 'ko-sep', year: '2017', date: '2017-09-03T16:05:00+09:00', score: 0, language: 'ko' },
      { id: 'ko-jan', year: '2017', date: '2017-01-02T09:00:00+09:00', score: 0, language: 'ko' },
      { id: 'en-16', year: '2016', date: '2016-07-08T20:00:00+09:00', score: 0, language: 'en' },
    ];
    const merged = mergedPagefind(bilingual);
    const newest = ['en-dec', 'en-nov', 'en-sep', 'ko-sep', 'en-jul', 'en-mar', 'en-feb', 'ko-jan', 'en-16'];
    expect(
      ids(await searchAcrossYears(merged, ['2017', '2016']).search('icbm', { sort: { date: 'desc' } })),
    ).not.toEqual(newest);
    const set = searchAcrossYears(merged, ['2017', '2016'], ['en', 'ko']);
    expect(ids(await set.search('icbm', { sort: { date: 'desc' } }))).toEqual(newest);
    expect(ids(await set.search('icbm', { sort: { date: 'asc' } }))).toEqual([...newest].reverse());
    // With each bundle's sort instants, the dates come from the results' places: no page is opened.
    const unopened = {
      ...merged,
      async search(term: string | null, options?: PagefindSearchOptions) {
        const found = await merged.search(term, options);
        const results = found.results.map((r) => ({ ...r, data: () => Promise.reject(new Error('opened')) }));
        return { ...found, results };
      },
    };
    const instantsOf = async (year: string) => {
      const ofLanguage = (language: string) =>
        bilingual
          .filter((d) => d.year === year && d.language === language)
          .map((d) => Date.parse(d.date) / 1000)
          .sort((a, b) => a - b);
      return { en: ofLanguage('en'), ko: ofLanguage('ko') };
    };
    const placed = searchAcrossYears(unopened, ['2017', '2016'], ['en', 'ko'], instantsOf);
    expect(ids(await placed.search('icbm', { sort: { date: 'desc' } }))).toEqual(newest);
    expect(ids(await placed.search('icbm', { sort: { date: 'asc' } }))).toEqual([...newest].reverse());
    // A language chosen in the filter is asked alone.
    merged.searches.length = 0;
    const korean = await set.search('icbm', { sort: { date: 'desc' }, filters: { language: { any: ['ko'] } } });
    expect(ids(korean)).toEqual(['ko-sep', 'ko-jan']);
    expect(merged.searches).toHaveLength(3);
  });

  it('merges lists in date order reading only the dates its binary searches need', async () => {
    const long = Array.from({ length: 64 }, (_, i) => 1000 - i * 10);
    const read: number[] = [];
    const dateOf = async (d: number) => (read.push(d), d);
    const merged = await mergeByDate([[995, 505, 5], long], 'desc', dateOf);
    expect(merged).toEqual([...long, 995, 505, 5].sort((a, b) => b - a));
    // Three placements of about log2(64) = 6 reads each, not every date of the long list.
    expect(new Set(read).size).toBeLessThan(25);
    // Equal dates: the longer list's item first; an unreadable date goes last.
    expect(
      await mergeByDate(
        [
          [20, Number.NaN],
          [30, 20, 10],
        ],
        'desc',
        async (d) => d,
      ),
    ).toEqual([30, 20, 20, 10, Number.NaN]);
    expect(await mergeByDate([[15], [10, 20]], 'asc', async (d) => d)).toEqual([10, 15, 20]);
  });

  it('lists the years newest first for "newest", oldest first for "oldest"', () => {
    expect(yearsInOrder(['2015', '2017', '2016'], 'desc', undefined)).toEqual(['2017', '2016', '2015']);
    expect(yearsInOrder(['2015', '2017', '2016'], 'asc', { year: { any: ['2016', '2017'] } })).toEqual([
      '2016',
      '2017',
    ]);
  });

  it('opens the newest bundle and merges the others with the same options', async () => {
    const calls: string[] = [];
    const instance = {
      ...mergedPagefind(docs),
      mergeIndex: async (path: string, options?: object) => void calls.push(`merge ${path} ${JSON.stringify(options)}`),
    };
    const module = {
      createInstance: ({ basePath }: { basePath: string }) => (calls.push(`open ${basePath}`), instance),
    };
    const manifest = {
      version: 1 as const,
      bundles: keys.map((key) => ({ key, years: [key], pages: 2, digest: key })),
    };
    await openBundleSet(module, '/base/pagefind/', manifest, { baseUrl: '/base/' });
    expect(calls).toEqual([
      'open /base/pagefind/2017/',
      'merge /base/pagefind/2016/ {"baseUrl":"/base/"}',
      'merge /base/pagefind/2015/ {"baseUrl":"/base/"}',
    ]);
  });

  it('opens each language index, the stemmed language first, each merged with its language as a filter', async () => {
    const calls: string[] = [];
    const instance = {
      ...mergedPagefind(docs),
      options: async (o: object) => void calls.push(`options ${JSON.stringify(o)}`),
      mergeIndex: async (path: string, options?: object) => void calls.push(`merge ${path} ${JSON.stringify(options)}`),
    };
    const module = {
      createInstance: ({ basePath }: { basePath: string }) => (calls.push(`open ${basePath}`), instance),
    };
    const manifest: BundleManifest = manifestOf(
      ['2017', { ko: [2, false], en: [1, true] }],
      ['2016', { ko: [1, false] }],
    );
    expect(stemmingLanguage(manifest)).toBe('en');
    expect(languageIndexes(manifest).map((i) => `${i.bundle.key} ${i.language}`)).toEqual([
      '2017 ko',
      '2017 en',
      '2016 ko',
    ]);
    await openBundleSet(module, '/pagefind/', manifest, { baseUrl: '/' });
    expect(calls).toEqual([
      'open /pagefind/2017/',
      'options {"baseUrl":"/","mergeFilter":{"language":"en"}}',
      // The primary's own folder, spelt so that Pagefind does not take it for the primary and skip it.
      'merge /pagefind/2017/./ {"baseUrl":"/","language":"ko","mergeFilter":{"language":"ko"}}',
      'merge /pagefind/2016/ {"baseUrl":"/","language":"ko","mergeFilter":{"language":"ko"}}',
    ]);
  });

  it('opens each further stemmed language in a copy of its own, whose stemmer its queries go through, and searches them as one', async () => {
    const calls: string[] = [];
    const copyOf = (name: string) => ({
      createInstance: ({ basePath }: { basePath: string }) => {
        calls.push(`${name}: open ${basePath}`);
        return {
          ...mergedPagefind([]),
          options: async (o: object) => void calls.push(`${name}: options ${JSON.stringify(o)}`),
          mergeIndex: async (path: string, options?: object) =>
            void calls.push(`${name}: merge ${path} ${JSON.stringify(options)}`),
          // Each copy finds its own language's page for "sanktionen", ranked as Pagefind ranks it.
          search: async () => ({
            results: [{ id: `${name}-page`, score: name === 'first' ? 0.4 : 0.9, data: async () => ({}) as never }],
            unfilteredResultCount: 1,
            filters: { language: { [name === 'first' ? 'en' : 'de']: 1 } },
            totalFilters: {},
          }),
        };
      },
    });
    const manifest: BundleManifest = manifestOf(['2017', { en: [3, true], de: [2, true], ko: [1, false] }]);
    expect(stemmerGroups(manifest).map((g) => Object.keys(g.bundles[0]!.languages!))).toEqual([['en', 'ko'], ['de']]);
    const copies: number[] = [];
    const set = await openBundleSet(copyOf('first'), '/pagefind/', manifest, { baseUrl: '/' }, async (group) => {
      copies.push(group);
      return copyOf('second');
    });
    expect(copies).toEqual([1]);
    expect(calls).toEqual([
      'first: open /pagefind/2017/',
      'first: options {"baseUrl":"/","mergeFilter":{"language":"en"}}',
      'second: open /pagefind/2017/',
      // The German index is tagged though its group has one language: the archive has three.
      'second: options {"baseUrl":"/","mergeFilter":{"language":"de"}}',
      'first: merge /pagefind/2017/./ {"baseUrl":"/","language":"ko","mergeFilter":{"language":"ko"}}',
    ]);
    const found = await set.search('sanktionen');
    expect(found.results.map((r) => r.id)).toEqual(['second-page', 'first-page']);
    expect(found.unfilteredResultCount).toBe(2);
    expect(found.filters).toEqual({ language: { en: 1, de: 1 } });
  });

  it('keeps one group, and one copy, while at most one language is stemmed', () => {
    const manifest: BundleManifest = manifestOf(['2017', { en: [2, true], ko: [1, false] }]);
    expect(stemmerGroups(manifest)).toEqual([manifest]);
  });

  it('gives no language filter to an archive of one language', () => {
    const one = {
      version: 1 as const,
      bundles: [
        { key: '2017', years: ['2017'], pages: 3, digest: 'a', languages: { en: { pages: 3, stemmed: true } } },
      ],
    };
    expect(isMultilingual(one)).toBe(false);
    expect(isMultilingual({ version: 1, bundles: [] })).toBe(false);
  });

  it('opens the bundles for the counts one after another with their filter indexes, each once the reader’s searches are done', async () => {
    const calls: string[] = [];
    const instance = {
      ...mergedPagefind(docs),
      mergeIndex: async (path: string) => void calls.push(`merge ${path}`),
      filters: async () => (calls.push('filters'), {}),
    };
    const module = {
      createInstance: ({ basePath }: { basePath: string }) => (calls.push(`open ${basePath}`), instance),
    };
    const manifest = {
      version: 1 as const,
      bundles: keys.map((key) => ({ key, years: [key], pages: 2, digest: key })),
    };
    let release = () => {};
    const between = () => (
      calls.push('wait'),
      calls.filter((c) => c === 'wait').length === 2 ? new Promise<void>((done) => (release = done)) : Promise.resolve()
    );
    const opening = openCountingSet(module, '/base/pagefind/', manifest, { baseUrl: '/base/' }, between);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A search is on: the second bundle waits for it.
    expect(calls).toEqual(['wait', 'open /base/pagefind/2017/', 'filters', 'wait']);
    release();
    await opening;
    expect(calls).toEqual([
      'wait',
      'open /base/pagefind/2017/',
      'filters',
      'wait',
      'merge /base/pagefind/2016/',
      'filters',
      'wait',
      'merge /base/pagefind/2015/',
      'filters',
    ]);
  });
});

describe('moduleUrl', () => {
  it('gives a copy of Pagefind an address of its own, so the browser makes it another module with another worker', () => {
    const url = '/dateline/pagefind/pagefind.js';
    expect(moduleUrl(url, '')).toBe(url);
    expect(moduleUrl(url, 'counts')).toBe('/dateline/pagefind/pagefind.js?counts');
    expect(new URL(moduleUrl(url, 'counts'), 'https://example.com').pathname).toBe(url);
  });
});

describe('the newest parts, which answer first on a large archive', () => {
  const entry = (key: string, pages: number, years = [key]) => ({ key, years, pages, digest: key });
  const manifest = {
    version: 1 as const,
    bundles: [
      entry('2025', 900),
      entry('2024', 2400),
      entry('2023', 2100),
      entry('2020-2022', 2000, ['2020', '2021', '2022']),
    ],
  };
  const keysOf = (m: { bundles: { key: string }[] }) => m.bundles.map((b) => b.key);

  it('takes the newest bundles until they hold a part’s articles, and leaves the rest', () => {
    const { newest, older } = splitNewest(manifest, 2000);
    expect(keysOf(newest)).toEqual(['2025', '2024']);
    expect(keysOf(older)).toEqual(['2023', '2020-2022']);
    expect(keysOf(splitNewest(manifest, 1).newest)).toEqual(['2025']);
    expect(keysOf(splitNewest(manifest, 100_000).older)).toEqual([]);
  });

  it('asks first the newest part alone once it holds half a part, else with the part before it', () => {
    const filling = (pages: number) => ({ ...manifest, bundles: [entry('2025', pages), ...manifest.bundles.slice(1)] });
    expect(firstSearchArticles({})).toBe(1000);
    expect(keysOf(splitNewest(filling(1205), firstSearchArticles({})).newest)).toEqual(['2025']);
    expect(keysOf(splitNewest(filling(40), firstSearchArticles({})).newest)).toEqual(['2025', '2024']);
    // Tests that make every year a part of its own still ask the newest year first.
    expect(firstSearchArticles({ SEARCH_PART_ARTICLES: '1' })).toBe(1);
  });

  it('answers all of a search whose year filter allows only their years, none of one for older years only, else some', () => {
    const parts = { years: ['2025', '2024'] };
    expect(newestCoverage(parts, { year: { any: ['2024'] } })).toBe('all');
    expect(newestCoverage(parts, { year: { any: ['2024', '2021'] } })).toBe('some');
    expect(newestCoverage(parts, { year: { any: ['2021'] } })).toBe('none');
    expect(newestCoverage(parts, {})).toBe('some');
    expect(newestCoverage(parts, { source: { any: ['AP'] } })).toBe('some');
  });
});

describe('the newest parts of a bilingual archive', () => {
  const manifest: BundleManifest = {
    version: 1,
    bundles: [
      {
        key: '2025',
        years: ['2025'],
        pages: 2200,
        digest: 'a',
        languages: { en: { pages: 2000, stemmed: true }, ko: { pages: 200, stemmed: false } },
      },
      { key: '2024', years: ['2024'], pages: 2200, digest: 'b', languages: { en: { pages: 2200, stemmed: true } } },
    ],
  };
  const opened = () => {
    const merges: string[] = [];
    const instance = {
      ...mergedPagefind(docs),
      mergeIndex: async (path: string, options?: { language?: string }) =>
        void merges.push(`${path} ${options?.language}`),
    };
    return { merges, module: { createInstance: () => instance } };
  };

  it('opens the primary language’s index first and merges the Korean one only when asked, once', async () => {
    const { merges, module } = opened();
    const parts = (await openNewestParts(module, '/pagefind/', manifest, {}, 2000))!;
    expect(parts.years).toEqual(['2025']);
    // A Latin-script word is answered first from English alone: no Korean index chunk to fetch.
    expect(merges).toEqual([]);
    await Promise.all([parts.allLanguages!(), parts.allLanguages!()]);
    expect(merges).toEqual(['/pagefind/2025/./ ko']);
  });

  it('has nothing to merge later in an archive of one language', async () => {
    const { module } = opened();
    const english: BundleManifest = {
      version: 1,
      bundles: manifest.bundles.map((b) => ({ ...b, languages: { en: { pages: b.pages, stemmed: true } } })),
    };
    expect((await openNewestParts(module, '/pagefind/', english, {}, 2000))!.allLanguages).toBeUndefined();
  });
});
