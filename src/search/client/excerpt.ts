/**
 * Pagefind's excerpts are HTML: the page text with entities encoded and the matched words in
 * `<mark>`. The search page never parses them as HTML; it splits them into plain text and marked
 * text, and builds text nodes from those, so nothing in an article can become markup on the page.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Pagefind writes (`&lt;`, `&#39;`, `&#x27;`, ...); leaves others as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into text runs, marking those Pagefind wrapped in `<mark>`; any other tag stays literal text. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A word as compared with the headline's: Pagefind ends a block's text with a full stop, the headline has none. */
const bare = (word: string) => word.replace(/[.,;:!?]+$/u, '');
const sameWord = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && bare(a) === bare(b);

/** Drops the first `count` words from the parts, keeping the rest of each part as it was. */
function dropWords(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  let left = count;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (left === 0) {
      kept.push(part);
      continue;
    }
    // Words and the spaces after them, so what is kept starts at a word.
    const pieces = part.text.match(/\S+\s*|\s+/g) ?? [];
    let at = 0;
    while (at < pieces.length && left > 0) {
      if (pieces[at]!.trim()) left--;
      at++;
    }
    while (at < pieces.length && !pieces[at]!.trim()) at++;
    const rest = pieces.slice(at).join('');
    if (rest) kept.push({ text: rest, marked: part.marked });
  }
  return kept;
}

/**
 * The excerpt without the headline, which the result already shows above it. Pagefind indexes
 * an article from its headline on, so an excerpt near the start repeats it (all of it, or its
 * last words after an ellipsis). `content` is the indexed text of the page; `ellipsis` the mark
 * Pagefind puts where it cut.
 */
export function withoutHeadline(
  parts: readonly ExcerptPart[],
  title: string,
  content: string,
  ellipsis: string,
): ExcerptPart[] {
  const titleWords = words(title);
  const contentWords = words(decodeEntities(content));
  if (titleWords.length === 0 || titleWords.some((word, i) => !sameWord(contentWords[i], word))) return [...parts];
  const shownWords = words(parts.map((part) => part.text).join(''));
  const cutBefore = shownWords[0] === ellipsis;
  const excerptWords = cutBefore ? shownWords.slice(1) : shownWords;
  // Where in the page the excerpt starts: the first place its opening words appear.
  const probe = excerptWords.slice(0, Math.min(6, excerptWords.length));
  let start = -1;
  for (let i = 0; i < titleWords.length && start === -1; i++) {
    if (probe.length > 0 && probe.every((word, j) => sameWord(contentWords[i + j], word))) start = i;
  }
  if (start === -1 || (!cutBefore && start !== 0)) return [...parts];
  return dropWords(parts, (cutBefore ? 1 : 0) + titleWords.length - start);
}
