import type { Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { type InlinePiece, typesetRun } from '../i18n/typography.ts';

// Raw HTML whose text is code or not prose at all.
const RAW_CODE_TAG = /^<(\/?)(?:code|pre|kbd|samp|script|style|math)\b/i;

function collect(node: Nodes, pieces: InlinePiece[], texts: Text[]): void {
  if (node.type === 'text') {
    pieces.push({ text: node.value });
    texts.push(node);
  } else if (node.type === 'inlineCode') {
    pieces.push({ code: true });
  } else if (node.type === 'html') {
    const code = RAW_CODE_TAG.exec(node.value);
    pieces.push({ tag: code ? (code[1] ? 'close-code' : 'open-code') : 'other' });
  } else if ('children' in node) {
    for (const child of node.children) collect(child, pieces, texts);
  } else {
    pieces.push({ tag: 'other' });
  }
}

/**
 * Typographic quotes, dashes and ellipses in the article's text (src/i18n/typography.ts, the
 * same rules as headlines and captions). Each paragraph, heading and table cell is typeset as
 * one run, so quotes around emphasis and links pair up; code, inline or raw, is left as written.
 * It replaces remark-smartypants, which tokenised every text node into a natural-language tree.
 */
export default function remarkTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const pieces: InlinePiece[] = [];
      const texts: Text[] = [];
      collect(node, pieces, texts);
      if (texts.length === 0) return 'skip';
      typesetRun(pieces).forEach((value, i) => {
        const text = texts[i];
        if (text) text.value = value;
      });
      return 'skip';
    });
  };
}
