/**
 * The names the search index and the search page agree on: filter keys, the sort key, the
 * query parameter that carries searched words to an article page, and the header search box's id.
 * Checks depend on these exact keys.
 */

/**
 * Filter keys, in the order the search page shows them. `language` is no field of the pages:
 * the search page gives it to each language's index as it merges it (bundle-set.ts), and only
 * in an archive of several languages, so it has values (and a group on the page) only there.
 */
export const FILTER_KEYS = ['language', 'source', 'year', 'section', 'topic', 'tag', 'label'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The filters an article page itself carries: all but `language`. */
export type PageFilterKey = Exclude<FilterKey, 'language'>;

/**
 * Filters the search page never shows, for date ranges: the UTC year, month and day of
 * publication. A range is written as whole years, months and days of it (see date-range.ts).
 */
export const RANGE_KEYS = { year: 'utc_year', month: 'utc_month', day: 'utc_day' } as const;
export type RangeKey = (typeof RANGE_KEYS)[keyof typeof RANGE_KEYS];

/**
 * Filters the search page never shows or filters on, which let a result show the story as its card
 * on a listing does: the zones its time is named in (IANA names, most fitting first, as one value),
 * "updated" or "corrected", and a label naming a kind of story (ANALYSIS; the wire's own labels are on
 * no result, and `label` offers readers the same words in the story's language: "Updated", "Analysis").
 * Filters, not metadata: Pagefind searches metadata, and "updated" would find them all.
 */
export const STORY_KEYS = { zones: 'story_zones', change: 'story_change', kind: 'story_kind' } as const;
export type StoryKey = (typeof STORY_KEYS)[keyof typeof STORY_KEYS];

/** The one sort key: the UTC instant of publication as an ISO 8601 string, so string order is time order. */
export const SORT_KEY = 'date';

/**
 * The file in a bundle of several languages that gives, for each language index, its pages' sort
 * instants (seconds since 1970) in the order Pagefind sorts them: a date-sorted result's score is
 * its place in that order, so the search page can merge languages by date without opening a page.
 */
export const SORT_INSTANTS_FILE = 'sort-instants.json';

/** What SORT_INSTANTS_FILE holds: each Pagefind language key's instants, oldest first. */
export type SortInstants = Record<string, number[]>;

/** Metadata every result carries (`image` only when the article has a lead photo file). */
export const META_KEYS = ['title', 'date', 'source', 'dateline', 'image'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/**
 * Metadata that only Pagefind reads: the inner pieces of a Korean article's compounds (대북제재 →
 * 제재), searched like its text but never shown, so excerpts read as written (index-fields.ts).
 */
export const PARTS_META = 'parts';

/** Query parameter Pagefind adds to result links, and pagefind-highlight.js reads on the article page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind writes its bundle, relative to the site's base. */
export const BUNDLE_DIR = 'pagefind';

/** Where the build writes the words a search with no results is matched against, relative to the site's base. */
export const SUGGESTIONS_FILE = 'search/suggestions.json';

/** Element id of the search box in every page's header, which the search page keeps showing the current query. */
export const SITE_SEARCH_ID = 'site-search';

/** True when `key` is one of the filter keys. */
export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}
