/**
 * Quoted phrases ("kim jong un"). Pagefind 1.6 searches a phrase exactly only when the whole
 * query is one quoted phrase, and then returns nothing else; with other words beside it, it drops
 * the quotes. The search page asks both: the words without quotes (every match), and each phrase
 * on its own in quotes (Pagefind's exact search, which runs on its index and fetches no page
 * text), then lists the pages with every phrase first, each part in the order chosen.
 */

/** Straight and typographic double quotes, as phones type them. */
const QUOTED = /["“”„«»]([^"“”„«»]+)["“”„«»]/g;

/** The phrases in quotes, trimmed, spaces made one, empty ones left out. */
export function quotedPhrases(query: string): string[] {
  return [...query.matchAll(QUOTED)]
    .map((match) => match[1]!.trim().replace(/\s+/g, ' '))
    .filter((phrase) => phrase.includes(' '));
}

/** The query without its quote marks: what Pagefind searches for every match. */
export function withoutQuotes(query: string): string {
  return query
    .replace(/["“”„«»]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Pagefind's exact search for one phrase: the phrase as the whole query, in straight quotes. */
export function exactTerm(phrase: string): string {
  return `"${phrase}"`;
}

/** `results` with those whose id is in every one of `phraseMatches` first; both parts keep their order. */
export function phraseMatchesFirst<T extends { id: string }>(
  results: readonly T[],
  phraseMatches: readonly ReadonlySet<string>[],
): { results: T[]; exact: number } {
  if (phraseMatches.length === 0) return { results: [...results], exact: 0 };
  const exact: T[] = [];
  const rest: T[] = [];
  for (const result of results) (phraseMatches.every((ids) => ids.has(result.id)) ? exact : rest).push(result);
  return { results: [...exact, ...rest], exact: exact.length };
}
