import { createUrls } from './urls.ts';

/**
 * What the 404 page offers to search for: the words of the address that was not found, so
 * `/articles/2016/blinken-china` suggests a search for "blinken china".
 */

// Route names and file endings say where a page lived, not what it was about.
const NOT_WORDS = new Set([
  'articles',
  'archive',
  'topics',
  'sources',
  'sections',
  'people',
  'places',
  'organizations',
  'tags',
  'search',
  'index',
  'html',
  'htm',
  'php',
  'aspx',
  'amp',
  'www',
  'rss',
  'xml',
]);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The search words in a path under `base`: separators become spaces; numbers (dates, ids) and route names are dropped. */
export function searchWordsFromPath(pathname: string, base = '/'): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const words = decode(rest)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/^\d+$/.test(word) && !NOT_WORDS.has(word));
  return [...new Set(words)].join(' ');
}

/**
 * Where a day's address went: `/articles/2016/01/20/` is the day's heading on the month's page
 * (`urls.articlesDay`), which the 404 page sends the reader to; undefined for any other address.
 */
export function movedDayAddress(pathname: string, base = '/'): string | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
  const match = rest === undefined ? null : /^articles\/(\d{4})\/(\d{2})\/(\d{2})\/?$/.exec(rest);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return createUrls(base).articlesDay(year, month, day);
}
