/**
 * The parts of the search index (src/search/bundle-manifest.ts) searched as one index:
 * Pagefind's `mergeIndex` joins them, so one search gives one result list, filter counts summed
 * across years, and relevance ranked across all of them; date sorts are made exact across them
 * in date-sorted.ts.
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
import { SearchIndexMissing, type FilterCounts, type Pagefind, type PagefindOptions } from './pagefind-client.ts';
import { lazyLoad } from './lazy-load.ts';
import { LANGUAGE_FILTER, searchAcrossYears, sortInstantsLoader, YEAR_FILTER } from './date-sorted.ts';

/** The part of a Pagefind instance a bundle set uses (`createInstance` in Pagefind's module). */
export interface PagefindInstanceApi extends Pagefind {
  mergeIndex: (basePath: string, options?: PagefindOptions) => Promise<void>;
}

/** Pagefind's module, as the search page imports it from the bundle folder. */
export interface PagefindModule {
  /** Opens the primary index in the page's language (`<html lang>`), the only one Pagefind lets it choose. */
  createInstance: (options: { basePath: string }) => PagefindInstanceApi;
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

/** True when `manifest` holds more than one language, and the search page offers the language filter. */
export function isMultilingual(manifest: BundleManifest): boolean {
  return languagesOf(manifest).length > 1;
}

/** Every language of `manifest`'s indexes, once each. */
const languagesOf = (manifest: BundleManifest) => [
  ...new Set(manifest.bundles.flatMap((bundle) => Object.keys(bundle.languages ?? {}))),
];

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
  whole: BundleManifest = manifest,
) {
  const indexes = languageIndexes(manifest);
  if (indexes.length === 0)
    throw new Error('the search index has no parts: the archive had no articles when it was built');
  const stemming = stemmingLanguage(manifest);
  const first = indexes.find((i) => i.language === stemming) ?? indexes[0]!;
  const rest = indexes.filter((i) => i !== first);
  // Tagged by language when the whole index has several, though this group of its indexes (stemmerGroups) may have one.
  const tagged = isMultilingual(whole);
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
  return { primary, language: first.language, rest, merge };
}

/** `api` (every index of `manifest` under `bundleRoot`) with date sorts exact across its years and languages (date-sorted.ts). */
function dateSorted(api: Pagefind, bundleRoot: string, manifest: BundleManifest): Pagefind {
  // The languages a date sort asks apart: only where the language filter tells them apart.
  const languages = isMultilingual(manifest) ? languagesOf(manifest) : [];
  const keys = manifest.bundles.flatMap((b) => b.years);
  return searchAcrossYears(api, keys, languages, sortInstantsLoader(bundleRoot, manifest));
}

/**
 * The indexes of `manifest` in groups that each run on one stemmer: Pagefind stems a query with
 * the WebAssembly of an instance's first index, one per copy of its module, so each stemmed
 * language but the first (stemmingLanguage) gets a group, and a copy, of its own; the first group
 * also holds every language Pagefind does not stem (Korean), which any stemmer leaves as written.
 * One group, `manifest` itself, when it has at most one stemmed language.
 */
export function stemmerGroups(manifest: BundleManifest): BundleManifest[] {
  const stemmed = new Set(
    manifest.bundles.flatMap((b) =>
      Object.entries(b.languages ?? {}).flatMap(([language, index]) => (index.stemmed ? [language] : [])),
    ),
  );
  if (stemmed.size <= 1) return [manifest];
  const first = stemmingLanguage(manifest)!;
  const groupOf = (language: string) => (stemmed.has(language) ? language : first);
  const groups = [first, ...[...stemmed].filter((language) => language !== first).sort()];
  return groups.map((group) => ({
    ...manifest,
    bundles: manifest.bundles
      .map((bundle) => ({
        ...bundle,
        languages: Object.fromEntries(Object.entries(bundle.languages ?? {}).filter(([l]) => groupOf(l) === group)),
      }))
      .filter((bundle) => Object.keys(bundle.languages).length > 0),
  }));
}

/** Counts per filter value, summed across `counts`. */
function sumCounts(counts: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const count of counts)
    for (const [key, values] of Object.entries(count))
      for (const [value, n] of Object.entries(values)) (sum[key] ??= {})[value] = (sum[key][value] ?? 0) + n;
  return sum;
}

/**
 * The instances of several stemmer groups searched as one, as Pagefind merges its own indexes:
 * results ordered by score, counts summed. Each group stems the query in its own language.
 */
export function unionOfStemmers(parts: readonly Pagefind[]): Pagefind {
  if (parts.length === 1) return parts[0]!;
  const all = async <T>(run: (part: Pagefind) => Promise<T>) => Promise.all(parts.map(run));
  return {
    options: async (options) => void (await all((p) => p.options(options))),
    init: async () => void (await all((p) => p.init())),
    preload: async (term, options) => void (await all((p) => p.preload(term, options))),
    filters: async () => sumCounts(await all((p) => p.filters())),
    async search(term, options) {
      const found = await all((p) => p.search(term, options));
      return {
        results: found.flatMap((f) => f.results).sort((a, b) => b.score - a.score),
        unfilteredResultCount: found.reduce((n, f) => n + f.unfilteredResultCount, 0),
        filters: sumCounts(found.map((f) => f.filters)),
        totalFilters: sumCounts(found.map((f) => f.totalFilters)),
      };
    },
  };
}

/** A copy of Pagefind's module for each stemmer group after the first (`group` from 1). */
export type GroupModule = (group: number) => Promise<PagefindModule>;

/** Opens every bundle of `manifest` under `bundleRoot` (the bundle folder's URL, ending in `/`) as one index. */
export async function openBundleSet(
  module: PagefindModule,
  bundleRoot: string,
  manifest: BundleManifest,
  options: PagefindOptions,
  groupModule?: GroupModule,
): Promise<Pagefind> {
  const groups = await Promise.all(
    stemmerGroups(manifest).map(async (group, i) => {
      const copy = i === 0 ? module : await groupModule!(i);
      const { primary, rest, merge } = await openFirstBundle(copy, bundleRoot, group, options, manifest);
      await Promise.all(rest.map(merge));
      return primary;
    }),
  );
  return dateSorted(unionOfStemmers(groups), bundleRoot, manifest);
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
  groupModule?: GroupModule,
): Promise<Pagefind> {
  const groups: Pagefind[] = [];
  for (const [i, group] of stemmerGroups(manifest).entries()) {
    await between();
    const copy = i === 0 ? module : await groupModule!(i);
    const { primary, rest, merge } = await openFirstBundle(copy, bundleRoot, group, options, manifest);
    await primary.filters();
    for (const index of rest) {
      await between();
      await merge(index);
      await primary.filters();
    }
    groups.push(primary);
  }
  return dateSorted(unionOfStemmers(groups), bundleRoot, manifest);
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

/** The copies of Pagefind for a set opened in `copy`'s stemmer groups after the first, one a group. */
const groupCopies =
  (source: BundleSource, copy: string): GroupModule =>
  (group) =>
    source.module(`${copy}-stemmer-${group}`);

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
  const copy = hasOlderParts(manifest, articles) ? 'whole' : NEWEST_COPY;
  // No filters() here: on a large archive the filter indexes would hold up the first results.
  return openBundleSet(await source.module(copy), source.root, manifest, options, groupCopies(source, copy));
}

/** Pagefind over every bundle, for the filter counts, in a copy of its own (openCountingSet: `between()` waits for the reader's searches). */
export async function loadCountingSet(
  source: BundleSource,
  options: PagefindOptions,
  between: () => Promise<void>,
): Promise<Pagefind> {
  const [manifest, module] = await Promise.all([source.manifest(), source.module('counts')]);
  return openCountingSet(module, source.root, manifest, options, between, groupCopies(source, 'counts'));
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
  // The first stemmer group's languages: those of the others come with the whole index.
  const [first] = stemmerGroups(newest);
  const { primary, language, rest, merge } = await openFirstBundle(module, bundleRoot, first!, options, newest);
  await Promise.all(rest.filter((index) => index.language === language).map(merge));
  const others = rest.filter((index) => index.language !== language);
  let merged: Promise<void> | undefined;
  return {
    pagefind: dateSorted(primary, bundleRoot, first!),
    ...(others.length && {
      allLanguages: () => (merged ??= Promise.all(others.map(merge)).then(() => undefined)),
    }),
    years: yearsOf(newest),
    olderYears: yearsOf(older),
  };
}
