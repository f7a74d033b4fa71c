/**
 * Korean particles (조사) at the end of a word: 북한은, 제재를, 서울에서. Pagefind matches a
 * searched word as the start of indexed words, so 북한 finds 북한은, but 북한은 finds only pages
 * that wrote 북한은; the search page therefore also searches each word without its particle
 * (src/search/korean/query.ts). No Node or DOM imports.
 */
import { isHangulWord, lastSound } from './hangul.ts';
import { NEWS_NOUNS } from './news-nouns.ts';

type After = 'consonant' | 'vowel' | 'any';

/** Each particle with the sound it follows (은 after a final consonant, 는 after a vowel); ㄹ takes 로 as a vowel does. */
const PARTICLES = (
  [
    ['으로부터', 'consonant'],
    ['로부터', 'vowel'],
    ['에서부터', 'any'],
    ['에게서', 'any'],
    ['에서는', 'any'],
    ['에서도', 'any'],
    ['에게는', 'any'],
    ['으로는', 'consonant'],
    ['로는', 'vowel'],
    ['으로서', 'consonant'],
    ['로서', 'vowel'],
    ['으로써', 'consonant'],
    ['로써', 'vowel'],
    ['까지는', 'any'],
    ['부터는', 'any'],
    ['과의', 'consonant'],
    ['와의', 'vowel'],
    ['과는', 'consonant'],
    ['와는', 'vowel'],
    ['에서', 'any'],
    ['에게', 'any'],
    ['에는', 'any'],
    ['에도', 'any'],
    ['한테', 'any'],
    ['께서', 'any'],
    ['까지', 'any'],
    ['부터', 'any'],
    ['마저', 'any'],
    ['조차', 'any'],
    ['처럼', 'any'],
    ['보다', 'any'],
    ['이나', 'consonant'],
    ['이라고', 'consonant'],
    ['라고', 'vowel'],
    ['으로', 'consonant'],
    ['은', 'consonant'],
    ['는', 'vowel'],
    ['이', 'consonant'],
    ['가', 'vowel'],
    ['을', 'consonant'],
    ['를', 'vowel'],
    ['과', 'consonant'],
    ['와', 'vowel'],
    ['로', 'vowel'],
    ['의', 'any'],
    ['에', 'any'],
    ['도', 'any'],
    ['만', 'any'],
  ] satisfies [string, After][] as [string, After][]
).sort((a, b) => b[0].length - a[0].length);

const KNOWN = new Set(NEWS_NOUNS);

/** True when a particle that follows `after` may follow a word ending in `sound` (ㄹ takes the vowel forms of 로, the consonant forms of the rest). */
function fits(after: After, particle: string, sound: 'consonant' | 'rieul' | 'vowel'): boolean {
  if (after === 'any') return true;
  if (sound === 'rieul') return particle.startsWith('로') ? after === 'vowel' : after === 'consonant';
  return after === sound;
}

/**
 * `word` without the particle it ends in, or undefined when it ends in none: a known noun (회의,
 * 김정은) is left whole, and at least one syllable stays (이 alone is not stripped to nothing).
 */
export function stripParticle(word: string): string | undefined {
  if (!isHangulWord(word) || KNOWN.has(word)) return undefined;
  for (const [particle, after] of PARTICLES) {
    if (word.length <= particle.length || !word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    const sound = lastSound(stem);
    if (sound && fits(after, particle, sound)) return stem;
  }
  return undefined;
}
