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
