/**
 * The few Hangul rules the search needs: which syllables end in a final consonant (batchim), which
 * decides a particle's form (북한은, 회의는). Arithmetic on the precomposed syllable block
 * (U+AC00–U+D7A3: 19 initials × 21 vowels × 28 finals, final 0 meaning none), so no library:
 * es-hangul's `hasBatchim` is the same check at 4.3 KB minified (1.6 KB gzipped) in the browser.
 * No Node or DOM imports: the build and the search page both use this file.
 */

const FIRST = 0xac00;
const LAST = 0xd7a3;
/** The final ㄹ's index among the 28 finals (none, ㄱ, ㄲ, ㄳ, ㄴ, ㄵ, ㄶ, ㄷ, ㄹ, …). */
const RIEUL = 8;

/** The final consonant's index (0 for none) of a precomposed syllable, or undefined for any other character. */
function finalIndex(syllable: string): number | undefined {
  const code = syllable.codePointAt(0);
  if (code === undefined || code < FIRST || code > LAST) return undefined;
  return (code - FIRST) % 28;
}

/** True when `text` is one or more precomposed Hangul syllables and nothing else. */
export function isHangulWord(text: string): boolean {
  return /^[\uac00-\ud7a3]+$/.test(text);
}

/** How a word's last syllable ends: `consonant`, `rieul` (ㄹ, which takes 로 like a vowel), `vowel`, or undefined when it is not Hangul. */
export function lastSound(word: string): 'consonant' | 'rieul' | 'vowel' | undefined {
  const final = finalIndex(word.slice(-1));
  if (final === undefined) return undefined;
  return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
}
