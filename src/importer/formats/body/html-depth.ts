/**
 * How deeply an HTML text nests its elements, found in one pass without building a tree: the
 * tree tools (hast, mdast, Readability) recurse once a level, so a hostile or broken body nested
 * thousands deep would overflow the stack or slow every step; it is refused before they see it.
 */
import { ImportError } from '../../errors.ts';

/** More levels than any real story needs (pages nest 20 to 40 deep); the tree tools stay well within the stack below it. */
export const MAX_HTML_DEPTH = 400;

// Elements that never hold others, or whose end tag may be left out (`<p>a<p>b`): not counted as a level.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);
// Their content is text, not markup, so a `<div>` inside a script is no level.
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

// A tag stops at the next `<` and a quoted value at 4,096 characters, so broken markup never makes one search run to the end.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^<>"']|"[^"]{0,4096}"|'[^']{0,4096}')*?(\/?)>/g;

/** The deepest nesting of elements in `html`, stopping early once it passes `limit`. */
export function htmlNestingDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (NOT_NESTING.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (selfClosing) continue;
    if (RAW_TEXT.has(name)) {
      // Skip to the element's end tag in one search, which keeps the pass linear.
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    depth += 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
  }
  return deepest;
}

/** Throws when `html` nests deeper than the tree tools can take; `what` names it in the message (`the body`, `this page`). */
export function assertHtmlDepth(html: string, what: string): void {
  if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new ImportError(
      `${what} nests its HTML elements more than ${MAX_HTML_DEPTH} levels deep, which no story needs; it was left out (check the source file: it is broken or built to crash readers)`,
    );
  }
}
