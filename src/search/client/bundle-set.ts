/**
 * The parts of the search index (src/search/bundle-manifest.ts) searched as one index:
 * Pagefind's `mergeIndex` joins them, so one search gives one result list, filter counts summed
 * across years, and relevance ranked across all of them. A date sort is Pagefind's only within
 * each index (merged results would interleave the years, and a year's languages), so a sorted
 * search asks each year in turn and lists them in year order: newest year first for "newest",
 * oldest first for "oldest"; a year's languages are asked apart and merged by date.
 * On a large archive the newest bundles are also opened on their own (NewestParts), in another
 * copy of Pagefind, to answer first while the whole set opens.
 */
import {
  BUNDLE_MANIFEST,
  bundlePath,
  parseBundleManifest,
  type BundleEntry,
  type BundleManifest,
} from '../bundle-manifest.ts';
import {
  SearchIndexMissing,
  type Pagefind,
  type PagefindOptions,
  type PagefindResult,
  type PagefindSearchOptions,
  type PagefindSearchResults,
} from './pagefind-client.ts';
import { lazyLoad } from './lazy-load.ts';
import { SORT_INSTANTS_FILE, type SortInstants } from '../keys.ts';

/** The part of a Pagefind instance a bundle set uses (`createInstance` in Pagefind's module). */
export interface PagefindInstanceApi extends Pagefind {
  mergeIndex: (basePath: string, options?: PagefindOptions) => Promise<void>;
}

/** Pagefind's module, as the search page imports it from the bundle folder. */
export interface PagefindModule {
  /** Opens the primary index in the page's language (`<html lang>`), the only one Pagefind lets it choose. */
  createInstance: (options: { basePath: string }) => PagefindInstanceApi;
}

/** The filter that holds a search to one year's articles (the bundle key is the year filter's value). */
const YEAR_FILTER = 'year';

type FilterOption = Record<string, { any: string[] } | undefined>;

/** The years a sorted search asks, in the order it lists them, among those the reader's year filter allows. */
export function yearsInOrder(
  keys: readonly string[],
  direction: 'asc' | 'desc',
  filters: FilterOption | undefined,
): string[] {
  const chosen = filters?.[YEAR_FILTER]?.any;
  const newestFirst = [...keys].sort().reverse();
  const allowed = newestFirst.filter((key) => !chosen || chosen.includes(key));
  return direction === 'desc' ? allowed : allowed.reverse();
}

/**
 * `lists`, each already in date order (`direction`), merged into one list in that order. The
 * dates come from `dateOf` (a result's date costs a fetch of its page's fragment), so only as
 * many are read as binary searches need: each shorter list is placed into the longest, each item
 * no earlier than the one placed before it. An item of a later list goes after items of the same date.
 */
export async function mergeByDate<T>(
  lists: readonly (readonly T[])[],
  direction: 'asc' | 'desc',
  dateOf: (item: T) => Promise<number>,
): Promise<T[]> {
  const [longest = [], ...others] = [...lists].sort((a, b) => b.length - a.length);
  const dates = new Map<T, Promise<number>>();
  // A date that cannot be read goes to the end, whichever the direction.
  const last = direction === 'desc' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const date = (item: T) => {
    let known = dates.get(item);
    if (!known) dates.set(item, (known = dateOf(item).then((d) => (Number.isNaN(d) ? last : d))));
    return known;
  };
  const comesAfter = (a: number, b: number) => (direction === 'desc' ? a < b : a > b);
  const merged = [...longest];
  for (const list of others) {
    let from = 0;
    for (const item of list) {
      const own = await date(item);
      let [low, high] = [from, merged.length];
      while (low < high) {
        const middle = (low + high) >> 1;
        if (comesAfter(await date(merged[middle]!), own)) high = middle;
        else low = middle + 1;
      }
      merged.splice(low, 0, item);
      from = low + 1;
    }
  }
  return merged;
}

/** The instant of a result's story, from the date its page gives Pagefind (`meta.date`, with its offset): a fetch of its fragment. */
const resultDate = async (result: PagefindResult) => Date.parse((await result.data()).meta.date ?? '');

/** The sort instants of the bundle holding a year (SORT_INSTANTS_FILE), or undefined when it has none. */
export type InstantsOfYear = (year: string) => Promise<SortInstants | undefined>;

/**
 * Each bundle's SORT_INSTANTS_FILE under `bundleRoot`, fetched once, when a date sort first merges
 * its languages; undefined when it cannot be read (the merge then reads the results' own dates).
 */
export function sortInstantsLoader(bundleRoot: string, manifest: BundleManifest): InstantsOfYear {
  const loaded = new Map<string, Promise<SortInstants | undefined>>();
  return (year) => {
    const bundle = manifest.bundles.find((b) => b.years.includes(year));
    if (!bundle) return Promise.resolve(undefined);
    let instants = loaded.get(bundle.key);
    if (!instants) {
      instants = fetch(`${bundleRoot}${bundlePath(bundle.key)}${SORT_INSTANTS_FILE}`)
        .then((response) => (response.ok ? (response.json() as Promise<SortInstants>) : undefined))
        .catch(() => undefined);
      loaded.set(bundle.key, instants);
    }
    return instants;
  };
}

/**
 * Searches `api` (every bundle merged) as one index whose date sorts are exact across the years
 * `keys` and the `languages` of its indexes. Pagefind ranks a date-sorted page by its place in its
 * own index, and each language of a bundle is an index of its own, so a year's stories in two
 * languages would come one language after the other: each language is asked apart and the lists
 * merged by date (mergeByDate), each result's date read from its place in its bundle's sort
 * instants (`instantsOf`), or from the result itself where those are missing.
 */
export function searchAcrossYears(
  api: Pagefind,
  keys: readonly string[],
  languages: readonly string[] = [],
  instantsOf: InstantsOfYear = async () => undefined,
): Pagefind {
  return {
    options: (options) => api.options(options),
    init: () => api.init(),
    preload: (term, options) => api.preload(term, options),
    filters: () => api.filters(),
    async search(term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindSearchResults> {
      const direction = options.sort ? Object.values(options.sort)[0] : undefined;
      if (!direction) return api.search(term, options);
      const filters = options.filters as FilterOption | undefined;
      const chosenLanguages = filters?.[LANGUAGE_FILTER]?.any;
      const asked = languages.filter((language) => !chosenLanguages || chosenLanguages.includes(language));
      const inYear = (year: string, more: FilterOption = {}) => ({
        ...options,
        filters: { ...filters, [YEAR_FILTER]: { any: [year] }, ...more },
      });
      const yearResults = async (year: string): Promise<PagefindResult[]> => {
        if (asked.length < 2) return (await api.search(term, inYear(year))).results;
        const [instants, byLanguage] = await Promise.all([
          instantsOf(year),
          Promise.all(
            asked.map(
              async (language) =>
                (await api.search(term, inYear(year, { [LANGUAGE_FILTER]: { any: [language] } }))).results,
            ),
          ),
        ]);
        // A result's date from its place in its language's order (its score), where the bundle gives the instants.
        const known = new Map<PagefindResult, number>();
        asked.forEach((language, i) => {
          const order = instants?.[language];
          for (const result of byLanguage[i]!) {
            const at = order?.[Math.abs(result.score)];
            if (at !== undefined) known.set(result, at * 1000);
          }
        });
        const dateOf = (result: PagefindResult) => {
          const at = known.get(result);
          return at === undefined ? resultDate(result) : Promise.resolve(at);
        };
        return mergeByDate(byLanguage, direction, dateOf);
      };
      // The unsorted search gives the counts; each year's sorted one its part of the list.
      const [all, ...years] = await Promise.all([
        api.search(term, { filters: options.filters ?? {} }),
        ...yearsInOrder(keys, direction, filters).map(yearResults),
      ]);
      return { ...all!, results: years.flat() };
    },
  };
}

/** One language's index in one bundle: what the search page opens or merges. `language` is undefined in a list that names none. */
export interface LanguageIndex {
  bundle: BundleEntry;
  language: string | undefined;
}

/** Every language index of `manifest`, newest bundle first, each bundle's languages by page count. */
export function languageIndexes(manifest: BundleManifest): LanguageIndex[] {
  return manifest.bundles.flatMap((bundle): LanguageIndex[] => {
    const languages = Object.entries(bundle.languages ?? {}).sort(
      (a, b) => b[1].pages - a[1].pages || (a[0] < b[0] ? -1 : 1),
    );
    return languages.length ? languages.map(([language]) => ({ bundle, language })) : [{ bundle, language: undefined }];
  });
}

/**
 * The language whose WebAssembly the search runs on: Pagefind runs every index of one instance on
 * the primary index's, which stems the searched words in the primary's language. So the
 * primary is an index of the stemmed language with the most pages (English words then find
 * English pages whatever their ending; Hangul passes through an English stemmer unchanged), else
 * of the language with the most pages.
 */
export function stemmingLanguage(manifest: BundleManifest): string | undefined {
  const pages = new Map<string, { pages: number; stemmed: boolean }>();
  for (const bundle of manifest.bundles) {
    for (const [language, index] of Object.entries(bundle.languages ?? {})) {
      const sum = pages.get(language) ?? { pages: 0, stemmed: index.stemmed };
      pages.set(language, { pages: sum.pages + index.pages, stemmed: sum.stemmed || index.stemmed });
    }
  }
  const ranked = [...pages].sort((a, b) => Number(b[1].stemmed) - Number(a[1].stemmed) || b[1].pages - a[1].pages);
  return ranked[0]?.[0];
}

/** The filter that tells the languages apart, given to every page of an index as Pagefind merges it (its `mergeFilter`). */
export const LANGUAGE_FILTER = 'language';

/** True when `manifest` holds more than one language, and the search page offers the language filter. */
export function isMultilingual(manifest: BundleManifest): boolean {
  return new Set(manifest.bundles.flatMap((b) => Object.keys(b.languages ?? {}))).size > 1;
}

/**
 * Pagefind's `createInstance` opens the primary index in the page's language (`<html lang>`),
 * whatever it is asked: the page's language is set to `language` for that call and put back.
 */
function createInLanguage(module: PagefindModule, basePath: string, language: string | undefined): PagefindInstanceApi {
  const root = typeof document === 'undefined' ? undefined : document.documentElement;
  const was = root?.getAttribute('lang');
  if (!root || !language || was?.toLowerCase() === language) return module.createInstance({ basePath });
  root.setAttribute('lang', language);
  try {
    return module.createInstance({ basePath });
  } finally {
    if (was === null || was === undefined) root.removeAttribute('lang');
    else root.setAttribute('lang', was);
  }
}

/**
 * The primary index of `manifest` opened (the newest index in the stemming language), and a step
 * that merges each other language index into it, each with its language as a filter when there
 * are several. Pagefind skips a merge whose folder starts the primary's address, so another
 * language of the primary's own bundle is merged from the same folder spelt `<folder>/./`.
 */
async function openFirstBundle(
  module: PagefindModule,
  bundleRoot: string,
  manifest: BundleManifest,
  options: PagefindOptions,
) {
  const indexes = languageIndexes(manifest);
  if (indexes.length === 0)
    throw new Error('the search index has no parts: the archive had no articles when it was built');
  const stemming = stemmingLanguage(manifest);
  const first = indexes.find((i) => i.language === stemming) ?? indexes[0]!;
  const rest = indexes.filter((i) => i !== first);
  const tagged = isMultilingual(manifest);
  const filterOf = (index: LanguageIndex) =>
    tagged && index.language ? { mergeFilter: { [LANGUAGE_FILTER]: index.language } } : {};
  const folder = (bundle: BundleEntry) => `${bundleRoot}${bundlePath(bundle.key)}`;
  const primary = createInLanguage(module, folder(first.bundle), first.language);
  await primary.options({ ...options, ...filterOf(first) });
  await primary.init();
  // Options given to mergeIndex apply to that index's results: the same links and excerpts for all.
  const merge = (index: LanguageIndex) =>
    primary.mergeIndex(index.bundle === first.bundle ? `${folder(index.bundle)}./` : folder(index.bundle), {
      ...options,
      ...(index.language && { language: index.language }),
      ...filterOf(index),
    });
  // The languages a date sort asks apart: only where the language filter tells them apart.
  const languages = tagged ? [...new Set(indexes.flatMap((i) => (i.language ? [i.language] : [])))] : [];
  const keys = manifest.bundles.flatMap((b) => b.years);
  const sorted = (api: Pagefind) => searchAcrossYears(api, keys, languages, sortInstantsLoader(bundleRoot, manifest));
  return { primary, language: first.language, rest, merge, sorted };
}

/** Opens every bundle of `manifest` under `bundleRoot` (the bundle folder's URL, ending in `/`) as one index. */
export async function openBundleSet(
  module: PagefindModule,
  bundleRoot: string,
  manifest: BundleManifest,
  options: PagefindOptions,
): Promise<Pagefind> {
  const { primary, rest, merge, sorted } = await openFirstBundle(module, bundleRoot, manifest, options);
  await Promise.all(rest.map(merge));
  return sorted(primary);
}

/**
 * Opens every bundle for the filter counts one after another, each with its filter indexes
 * loaded, and waits for `between()` before each: the reader's searches go first. Loaded all at
 * once, a large archive's many parts' filter indexes held up a search sent meanwhile for most of
 * a second (docs/search.md). Pagefind keeps the chunks it has loaded, so each step
 * fetches only the new bundle's.
 */
export async function openCountingSet(
  module: PagefindModule,
  bundleRoot: string,
  manifest: BundleManifest,
  options: PagefindOptions,
  between: () => Promise<void>,
): Promise<Pagefind> {
  await between();
  const { primary, rest, merge, sorted } = await openFirstBundle(module, bundleRoot, manifest, options);
  await primary.filters();
  for (const index of rest) {
    await between();
    await merge(index);
    await primary.filters();
  }
  return sorted(primary);
}

/**
 * The address to import Pagefind's module from: a `copy` other than `''` is another module, so
 * another worker. Pagefind runs every instance of one module in one shared worker, whose tasks
 * (a search, loading the filter indexes) hold each other up.
 */
export function moduleUrl(bundleUrl: string, copy: string): string {
  return copy ? `${bundleUrl}?${encodeURIComponent(copy)}` : bundleUrl;
}

/**
 * The site's bundle folder as the search page reads it: the list of bundles, fetched once, and
 * copies of Pagefind's module. The page's head preloads the list and the first copy (`''`), so the
 * search a link opens need not wait for the page's own script to ask for them.
 */
export interface BundleSource {
  /** The bundle folder's URL, ending in `/`. */
  readonly root: string;
  /** The list of bundles; fetched on the first call (again after a failure). */
  manifest(): Promise<BundleManifest>;
  /** A copy of Pagefind's module (moduleUrl). */
  module(copy: string): Promise<PagefindModule>;
}

/** The bundle folder of Pagefind's module at `bundleUrl`; a failure to load either is SearchIndexMissing. */
export function bundleSource(bundleUrl: string): BundleSource {
  const root = bundleUrl.slice(0, bundleUrl.lastIndexOf('/') + 1);
  const missing = (cause: unknown) => new SearchIndexMissing(`Could not load the search index from ${root}`, { cause });
  const manifest = lazyLoad(async () => {
    try {
      const response = await fetch(`${root}${BUNDLE_MANIFEST}`);
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return parseBundleManifest(await response.text());
    } catch (cause) {
      throw missing(cause);
    }
  });
  return {
    root,
    manifest: () => manifest.get(),
    async module(copy) {
      try {
        return (await import(/* @vite-ignore */ moduleUrl(bundleUrl, copy))) as PagefindModule;
      } catch (cause) {
        throw missing(cause);
      }
    },
  };
}

/** The copy of Pagefind the newest parts open in: the one the page preloads, since their results come first. */
const NEWEST_COPY = '';

/** True when `manifest` splits into newest parts holding `articles` and older ones (splitNewest), each then searched in a copy of its own. */
function hasOlderParts(manifest: BundleManifest, articles: number): boolean {
  return splitNewest(manifest, articles).older.bundles.length > 0;
}

/**
 * Imports Pagefind from the site's bundle folder and opens its year bundles as one index
 * (bundle-set.ts), configured so result links get the base path and the searched words (for
 * highlighting on the article page). On an archive whose newest parts (`articles`) answer first,
 * in the preloaded copy, the whole index gets a copy and a worker of its own; else it is that copy.
 */
export async function loadPagefind(
  source: BundleSource,
  options: PagefindOptions,
  articles = Number.POSITIVE_INFINITY,
): Promise<Pagefind> {
  const manifest = await source.manifest();
  const module = await source.module(hasOlderParts(manifest, articles) ? 'whole' : NEWEST_COPY);
  // No filters() here: on a large archive the filter indexes would hold up the first results.
  return openBundleSet(module, source.root, manifest, options);
}

/** Pagefind over every bundle, for the filter counts, in a copy of its own (openCountingSet: `between()` waits for the reader's searches). */
export async function loadCountingSet(
  source: BundleSource,
  options: PagefindOptions,
  between: () => Promise<void>,
): Promise<Pagefind> {
  const [manifest, module] = await Promise.all([source.manifest(), source.module('counts')]);
  return openCountingSet(module, source.root, manifest, options, between);
}

/**
 * The newest parts of a large archive's index, searched before the rest so that first results
 * cost a reader one part's page list and word chunks, not every part's (a common word fetched
 * megabytes from every part of a large archive before its first results).
 */
export interface NewestParts {
  /** The newest parts searched as one index: at first only the primary language's indexes of them (`allLanguages`). */
  pagefind: Pagefind;
  /**
   * Merges the newest parts' other language indexes into `pagefind`, once. Every language index
   * costs a query one word chunk (a Korean index keeps the Latin names and acronyms its stories
   * quote, and digits, in its first chunk, which a Latin-script word falls into), so a query in the
   * primary language's script is answered first from that language alone: the whole index's
   * results, a moment later, have every language's. Absent: every language is merged already.
   */
  allLanguages?: () => Promise<void>;
  /** The years they hold, newest first. */
  years: string[];
  /** The years the other parts hold, newest first. */
  olderYears: string[];
}

/** The newest bundles of `manifest` holding at least `articles` articles between them (at least one bundle), and the rest. */
export function splitNewest(
  manifest: BundleManifest,
  articles: number,
): { newest: BundleManifest; older: BundleManifest } {
  const newest: BundleEntry[] = [];
  let count = 0;
  for (const bundle of manifest.bundles) {
    if (newest.length > 0 && count >= articles) break;
    newest.push(bundle);
    count += bundle.pages;
  }
  return {
    newest: { ...manifest, bundles: newest },
    older: { ...manifest, bundles: manifest.bundles.slice(newest.length) },
  };
}

const yearsOf = (manifest: BundleManifest) => manifest.bundles.flatMap((b) => [...b.years].reverse());

/**
 * How much of a search with these Pagefind `filters` the newest parts answer: `all` when its year
 * filter allows only their years, `none` when it allows none of them, else `some`.
 */
export function newestCoverage(
  parts: Pick<NewestParts, 'years'>,
  filters: Record<string, unknown>,
): 'all' | 'some' | 'none' {
  const chosen = (filters[YEAR_FILTER] as { any?: string[] } | undefined)?.any;
  if (!chosen) return 'some';
  const mine = chosen.filter((year) => parts.years.includes(year)).length;
  return mine === 0 ? 'none' : mine === chosen.length ? 'all' : 'some';
}

/**
 * Opens the newest bundles holding at least `articles` articles in the preloaded copy of Pagefind
 * (its own worker), or gives `undefined`, importing nothing, when they are every bundle: a small
 * archive is searched whole at once.
 */
export async function loadNewestParts(
  source: BundleSource,
  options: PagefindOptions,
  articles: number,
): Promise<NewestParts | undefined> {
  const manifest = await source.manifest();
  if (!hasOlderParts(manifest, articles)) return undefined;
  return openNewestParts(await source.module(NEWEST_COPY), source.root, manifest, options, articles);
}

/** The newest parts of `manifest` (splitNewest) opened in `module`, their primary language's indexes first; undefined when they are every bundle. */
export async function openNewestParts(
  module: PagefindModule,
  bundleRoot: string,
  manifest: BundleManifest,
  options: PagefindOptions,
  articles: number,
): Promise<NewestParts | undefined> {
  const { newest, older } = splitNewest(manifest, articles);
  if (older.bundles.length === 0) return undefined;
  const { primary, language, rest, merge, sorted } = await openFirstBundle(module, bundleRoot, newest, options);
  await Promise.all(rest.filter((index) => index.language === language).map(merge));
  const others = rest.filter((index) => index.language !== language);
  let merged: Promise<void> | undefined;
  return {
    pagefind: sorted(primary),
    ...(others.length && {
      allLanguages: () => (merged ??= Promise.all(others.map(merge)).then(() => undefined)),
    }),
    years: yearsOf(newest),
    olderYears: yearsOf(older),
  };
}
