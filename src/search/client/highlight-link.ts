/**
 * The searched words a result link carries to its article (`?highlight=word`). Pagefind writes
 * them as it searched them, decomposed (NFD): Hangul syllables become separate jamo, which match
 * nothing in the article's composed text. Both ends compose them (NFC) again: the search page in
 * the links it shows, the article page in what its highlighter reads.
 */

/** `href` (relative or absolute) with every `param` value in NFC; any other part of it unchanged. */
export function composeHighlightWords(href: string, param: string): string {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return href;
  const params = new URLSearchParams(beforeHash.slice(queryAt + 1));
  const values = params.getAll(param);
  if (values.every((value) => value === value.normalize('NFC'))) return href;
  // Rebuilt pair by pair, so the other parameters keep their order.
  const composed = new URLSearchParams(
    [...params].map(([key, value]) => [key, key === param ? value.normalize('NFC') : value]),
  );
  return `${beforeHash.slice(0, queryAt)}?${composed.toString()}${hash}`;
}
