/**
 * The header block agencies put at the top of a story's body (NTB, STT, TT and others send the
 * headline again, a line of keywords and a bare time stamp before the text): which of those
 * lines are the header, so the page does not show them twice. A dateline (`Stockholm (TT)`) is
 * story, not header.
 */

/** What a header line repeats: the headline, the keywords, or the time the item was sent. */
export type HeaderLine = 'headline' | 'keywords' | 'timestamp';

/** What the item says elsewhere, against which a line is compared. */
export interface HeaderContext {
  headline?: string | undefined;
  /** Keywords and subject names the item gives. */
  keywords: readonly string[];
}

const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

// `2024-03-01 12:34`, `2024-03-01T12:34:00+01:00`, `01.03.2024 12.34`, `1.3.2024 kl. 12:34`, `12:34 CET`.
const TIMESTAMP =
  /^(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+(?:kl\.?\s*|klo\s*)?\d{1,2}[:.]\d{2})?|\d{1,2}[:.]\d{2})(?:\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}))?$/;

// `Keywords: …` in the languages of the agencies that send it, or their English.
const KEYWORDS_LABEL =
  /^(?:keywords?|stikkord|stikord|nyckelord|sökord|avainsanat|asiasanat|schlagworte?|schlagwörter|parole chiave|tags?)\s*:/i;

/** Which header line this is, or `undefined` when it is story text (a dateline included). */
export function headerLine(text: string, context: HeaderContext): HeaderLine | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  if (context.headline && comparable(line) === comparable(context.headline)) return 'headline';
  if (TIMESTAMP.test(line)) return 'timestamp';
  if (KEYWORDS_LABEL.test(line)) return 'keywords';
  // A line of only the item's own keywords (`Sweden, NATO, defence`): two or more, every one known.
  const known = new Set(context.keywords.map(comparable));
  const parts = line.split(/\s*[,;/|]\s*/).filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => known.has(comparable(p)))) return 'keywords';
  return undefined;
}
