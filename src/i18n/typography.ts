/**
 * Typographic quotes, dashes and ellipses for our text: SmartyPants rules (the `smartypants`
 * package), fed plain text. SmartyPants reads HTML, so text is escaped first: a headline that
 * mentions `<script>` is text to curl, not a tag to skip, and a backslash is not an escape.
 */
import { smartypantsu } from 'smartypants';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#92;': '\\' };

/**
 * A quote right after an ellipsis opens: SmartyPants reads any quote after punctuation as
 * closing, which Korean copy breaks (`발사…"광명성"` would get `…”광명성”`, as would English
 * `and..."no"`). A quote followed by a space, the end or punctuation still closes (`"Wait…"`).
 */
const openAfterEllipsis = (text: string) =>
  text.replace(
    /(…|\.\.\.)(["'])(?=[\p{L}\p{N}])/gu,
    (_m, dots: string, quote: string) => `${dots}${quote === '"' ? '“' : '‘'}`,
  );

const escape = (text: string) => openAfterEllipsis(text).replace(/[&<>\\]/g, (c) => ESCAPES[c] ?? c);
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|#92);/g, (e) => UNESCAPES[e] ?? e);

/** `"Don't" -- he said...` → `“Don’t” — he said…`: curly quotes and apostrophes, em dashes, ellipses. */
export function typeset(text: string): string {
  return unescape(smartypantsu(escape(text)));
}

/** One piece of a run of inline text: text to typeset, or code and markup it must leave alone. */
export type InlinePiece = { text: string } | { code: true } | { tag: 'open-code' | 'close-code' | 'other' };

// Markers that cannot occur in escaped text; SmartyPants passes tags through and skips what <code> holds.
const TEXT_MARK = '<t>';
const TAGS = { 'open-code': '<code>', 'close-code': '</code>', other: '<x>' } as const;

/**
 * Typesets a paragraph's text pieces together, so a quote next to emphasis, a link or code curls
 * the right way (`"*Hello*"`), and returns the new text of each text piece, in order. Text between
 * an open-code and a close-code tag (raw `<code>` in the copy) is left as written.
 */
export function typesetRun(pieces: readonly InlinePiece[]): string[] {
  // Code counts as a word character to its neighbours: `x` followed by `'s` is a closing quote.
  const source = pieces
    .map((piece) =>
      'text' in piece ? TEXT_MARK + escape(piece.text) : 'code' in piece ? '<code>A</code>' : TAGS[piece.tag],
    )
    .join('');
  return smartypantsu(source)
    .split(TEXT_MARK)
    .slice(1)
    .map((chunk) => unescape(chunk.slice(0, chunk.includes('<') ? chunk.indexOf('<') : undefined)));
}
