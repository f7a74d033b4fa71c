/**
 * Date-sorted searches over the merged parts and languages of the index. Pagefind sorts by date
 * only within one index: a sorted result's score is its place in its own index's order, oldest 0
 * (negative for oldest first), and the results of merged indexes are then ordered by score, which
 * interleaves them. So a sorted search asks each year apart, in year order, and each language of a
 * year apart, merged by date (mergeByDate); the dates come from each part's sort instants
 * (SORT_INSTANTS_FILE), else from the results themselves.
 */
import { bundlePath, type BundleManifest } from '../bundle-manifest.ts';
import { SORT_INSTANTS_FILE, type SortInstants } from '../keys.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions, PagefindSearchResults } from './pagefind-client.ts';

/** The filter that tells the languages apart, given to every page of an index as Pagefind merges it (its `mergeFilter`). */
export const LANGUAGE_FILTER = 'language';

/** The filter that holds a search to one year's articles (the bundle key is the year filter's value). */
export const YEAR_FILTER = 'year';

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
 * dates come from `dateOf` (where a part has no sort instants, a result's date costs a fetch of its
 * page's fragment), so only as many are read as binary searches need: each shorter list is placed
 * into the longest, each item no earlier than the one placed before it; on equal dates the
 * longest list's item comes first.
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
