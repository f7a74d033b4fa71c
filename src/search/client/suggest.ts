/**
 * What to offer when a query finds nothing: known terms of the archive close to the words typed
 * (Levenshtein distance, from `fastest-levenshtein`), and, for words in a script none of the
 * archive's languages is written in, which languages the archive holds.
 */
import { distance } from 'fastest-levenshtein';
import type { Term, TermKind } from '../suggestion-index.ts';

/** Edits allowed for a word of this many characters: none below 3, then one per four characters. */
export function allowedEdits(length: number): number {
  return length < 3 ? 0 : Math.max(1, Math.floor(length / 4));
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('en');

/**
 * Up to `limit` known terms close to `query`: a term counts as close when the whole query is a
 * few edits from it, or from one of its words ("blinkin" finds "Antony Blinken"). Closest first,
 * then the most covered; a term the query already spells exactly is not suggested.
 */
export function suggestTerms(query: string, terms: readonly Term[], limit = 3): { text: string; kind: TermKind }[] {
  const typed = fold(
    query
      .replace(/["“”„«»]/g, ' ')
      .trim()
      .replace(/\s+/g, ' '),
  );
  const allowed = allowedEdits([...typed].length);
  if (allowed === 0) return [];
  const close: { text: string; kind: TermKind; edits: number; count: number }[] = [];
  for (const [text, count, kind] of terms) {
    const known = fold(text);
    if (known === typed) continue;
    const candidates = [known, ...(typed.includes(' ') ? [] : known.split(' '))];
    const edits = Math.min(...candidates.map((candidate) => distance(typed, candidate)));
    if (edits > 0 && edits <= allowed) close.push({ text, kind, edits, count });
  }
  close.sort((a, b) => a.edits - b.edits || b.count - a.count || a.text.localeCompare(b.text, 'en'));
  // One suggestion a spelling, though a tag and a name may share it.
  const seen = new Set<string>();
  return close
    .filter((c) => !seen.has(c.text) && seen.add(c.text))
    .slice(0, limit)
    .map(({ text, kind }) => ({ text, kind }));
}

/** Unicode scripts a query's letters may be in, and the ISO 15924 codes of the writing systems that use them. */
const SCRIPTS: readonly { name: string; letters: RegExp; usedBy: readonly string[] }[] = [
  { name: 'Latin', letters: /\p{Script=Latin}/u, usedBy: ['Latn'] },
  { name: 'Hangul', letters: /\p{Script=Hangul}/u, usedBy: ['Kore', 'Hang'] },
  { name: 'Han', letters: /\p{Script=Han}/u, usedBy: ['Hani', 'Hans', 'Hant', 'Jpan', 'Kore'] },
  { name: 'Kana', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, usedBy: ['Jpan', 'Hira', 'Kana'] },
  { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/u, usedBy: ['Cyrl'] },
  { name: 'Arabic', letters: /\p{Script=Arabic}/u, usedBy: ['Arab'] },
  { name: 'Greek', letters: /\p{Script=Greek}/u, usedBy: ['Grek'] },
  { name: 'Hebrew', letters: /\p{Script=Hebrew}/u, usedBy: ['Hebr'] },
  { name: 'Thai', letters: /\p{Script=Thai}/u, usedBy: ['Thai'] },
  { name: 'Devanagari', letters: /\p{Script=Devanagari}/u, usedBy: ['Deva'] },
];

/** The writing system a language is usually written in (`en` → `Latn`, `ko` → `Kore`), from the browser's likely-subtags data. */
function scriptOf(language: string): string | undefined {
  try {
    return new Intl.Locale(language).maximize().script;
  } catch {
    return undefined;
  }
}

/** True when `query` has letters in a script that none of `languages` is written in. */
export function inOtherScript(query: string, languages: readonly string[]): boolean {
  const written = new Set(languages.map(scriptOf).filter((script): script is string => script !== undefined));
  return [...query].some((char) => {
    const script = SCRIPTS.find((s) => s.letters.test(char));
    return script !== undefined && !script.usedBy.some((code) => written.has(code));
  });
}

/** A language's name in English ("Korean"), or its tag when the browser has no name for it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
