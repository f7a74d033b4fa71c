/**
 * Korean compounds written as one word (대북제재, 남북정상회담), cut into the nouns of our
 * dictionary (news-nouns.ts). Pagefind splits words only at spaces and ASCII punctuation, and
 * finds a searched word only at the start of an indexed one: 대북 finds 대북제재, 제재 does not.
 * The build gives Pagefind each Korean article's inner pieces as a hidden metadata field
 * (`parts`, SearchFields.astro), which Pagefind searches but never shows in an excerpt, so the
 * text and its excerpts stay as written. No Node or DOM imports: the search page cuts a searched
 * compound the same way.
 */
import { isHangulWord } from './hangul.ts';
import { NEWS_NOUNS } from './news-nouns.ts';
import { stripParticle } from './particles.ts';

const NOUNS = new Set(NEWS_NOUNS);

/**
 * `word` cut into the fewest dictionary nouns, or undefined when it is not two or more of them.
 * Only known nouns: an unknown stretch let in verb endings and particles (규탄|하고, 유엔|에서).
 */
export function segmentCompound(word: string): string[] | undefined {
  if (!isHangulWord(word) || word.length < 3) return undefined;
  // best[i]: the cut of word[0, i) into the fewest nouns.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !NOUNS.has(piece)) continue;
      const current = best[end];
      if (!current || before.length + 1 < current.length) best[end] = [...before, piece];
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length >= 2 ? pieces : undefined;
}

/** The pieces of `word`, or of it without a particle (대북제재를); undefined when neither is a compound. */
export function compoundOf(word: string): string[] | undefined {
  const whole = segmentCompound(word);
  if (whole) return whole;
  const stem = stripParticle(word);
  return stem === undefined ? undefined : segmentCompound(stem);
}

/**
 * What a compound adds to the index: every run of its pieces that does not start it (Pagefind
 * already finds those from the start of the word) and is two syllables or more.
 * 남북정상회담 → 정상, 정상회담, 회담.
 */
export function innerParts(pieces: readonly string[]): string[] {
  const parts: string[] = [];
  for (let from = 1; from < pieces.length; from++) {
    for (let to = from + 1; to <= pieces.length; to++) {
      const part = pieces.slice(from, to).join('');
      if (part.length >= 2) parts.push(part);
    }
  }
  return parts;
}

/** The inner parts of every Korean compound in `text`, each once, in the order they first occur. */
export function compoundParts(text: string): string[] {
  const parts = new Set<string>();
  for (const word of text.match(/[\uac00-\ud7a3]+/g) ?? []) {
    const pieces = compoundOf(word);
    if (pieces) for (const part of innerParts(pieces)) parts.add(part);
  }
  return [...parts];
}
