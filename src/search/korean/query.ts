/**
 * What the search page asks Pagefind for a query with Korean words in it. Each word is searched
 * as typed, and also without its particle (북한은 → 북한) and cut at its compound's pieces
 * (대북제재 → 대북 제재): the broad query. Pagefind matches a searched word as the start of an
 * indexed word and requires every word, so the broad query finds every page the typed one does and
 * more; the page lists those the typed query finds first (김정은 is a name, not 김정 + 은).
 * No Node or DOM imports.
 */
import { compoundOf } from './compounds.ts';
import { stripParticle } from './particles.ts';

/** One typed word as the broad query searches it: without its particle, its compound cut into pieces. */
function broadWord(word: string): string {
  const pieces = compoundOf(word);
  if (pieces) return pieces.join(' ');
  return stripParticle(word) ?? word;
}

/** The broad form of a query (its words otherwise as typed), or undefined when it has no Korean word to change. */
export function broadQuery(query: string): string | undefined {
  const broad = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/[\uac00-\ud7a3]+/g, broadWord))
    .join(' ');
  return broad === query.trim().replace(/\s+/g, ' ') ? undefined : broad;
}
