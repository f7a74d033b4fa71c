/**
 * How long a story takes to read, counted the way its language is read: English by the word,
 * Korean by the character (Hangul syllables; a Korean "word", the spaced eojeol, is one to five of them).
 *
 * English: 230 words a minute, near the 238 that Brysbaert's meta-analysis of 190 studies found for
 * adults' silent reading of non-fiction (J. Memory and Language 109, 2019, doi:10.1016/j.jml.2019.104047).
 * Korean: 500 characters a minute. Rhiu et al. measured 202 eojeol a minute for adults reading
 * short sentences silently (Korean J Ophthalmol 31(3), 2017, doi:10.3341/kjo.2016.0042); the ten
 * Korean sample stories average 3.0 syllables an eojeol (5,318 in 1,755), about 600 a minute.
 * News prose is denser than their textbook sentences, so we round down to 500.
 */
import { interfaceLanguage } from './strings/index.ts';

/** What a language is counted in, and how many a reader reads a minute. */
export const READING_SPEEDS = {
  en: { unit: 'words', perMinute: 230 },
  ko: { unit: 'characters', perMinute: 500 },
} as const satisfies Record<string, { unit: 'words' | 'characters'; perMinute: number }>;

export interface ReadingTime {
  minutes: number;
  /** How many words or characters were counted. */
  count: number;
  unit: 'words' | 'characters';
}

/**
 * The reading time of a story in `lang` from the counts the reading-time plugin left in its front
 * matter (`wordCount`, `characterCount`), at least a minute; undefined when there is nothing counted.
 */
export function readingTime(counts: Record<string, unknown>, lang: string | undefined): ReadingTime | undefined {
  const lang_ = interfaceLanguage(lang);
  const speed = READING_SPEEDS[lang_];
  const count = Number(speed.unit === 'words' ? counts.wordCount : counts.characterCount) || 0;
  if (!count) return undefined;
  return { minutes: Math.max(1, Math.round(count / speed.perMinute)), count, unit: speed.unit };
}
