/**
 * The part of Pagefind's browser API the search page uses. The `pagefind` package types only
 * its Node API; these follow `pagefind_web_js/types/index.d.ts` of Pagefind 1.6.
 */

/** Counts of results per filter value: `{ source: { Yonhap: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  /** The page URL with the base URL and the highlight parameter added. */
  url: string;
  /** Page text around the matches: entities encoded, matches in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** The page's indexed text, from its headline on. */
  content?: string;
}

export interface PagefindResult {
  id: string;
  /** Relevance; in a date-sorted search, the page's place in its own index's order, oldest 0 (negative for oldest first). */
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResults {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results there would be with each value added to the current filters. */
  filters: FilterCounts;
  /** Results there would be with each value instead of the current filters. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: object;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindOptions {
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
  /** Put where an excerpt was cut, at either end. */
  excerptEllipsis?: string;
  /** Which language index of a merged bundle to open (`mergeIndex` only). */
  language?: string;
  /** Filters every page of the index is given as it opens (`{ language: 'ko' }`). */
  mergeFilter?: Record<string, string>;
}

export interface Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  /**
   * `null` as the term lists everything the filters match. Fetches the filter indexes its own
   * `filters` option names; counts come back only for filter indexes already loaded.
   */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResults>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  /** Fetches every filter index (one file per key), after which every search returns counts for every key. */
  filters: () => Promise<FilterCounts>;
}

/** Thrown when the bundle cannot be loaded, usually because the site was never built with its index. */
export class SearchIndexMissing extends Error {
  override name = 'SearchIndexMissing';
}
