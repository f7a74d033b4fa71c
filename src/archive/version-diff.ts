/**
 * What changed between two versions of a story, paragraph by paragraph and word by word. The
 * input is each version's rendered, sanitised HTML; only the text of its block elements is
 * compared, and the output is built from that text alone, escaped, so no markup of either
 * version (hostile or not) reaches the page.
 */
import { diffArrays, diffWords, type Change } from 'diff';
import { escapeUTF8 } from 'entities';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** One block of a version's text: a paragraph, heading, list item, caption... */
export interface TextBlock {
  tag: string;
  text: string;
}

/** One block of the comparison, in the newer version's order. */
export type DiffBlock =
  | { kind: 'same' | 'added' | 'removed'; tag: string; text: string }
  | { kind: 'changed'; tag: string; parts: Change[] }
  /** A paragraph that left this place unchanged; `down` when it now stands further down. */
  | { kind: 'moved-from'; tag: string; text: string; down: boolean }
  | { kind: 'moved-to'; tag: string; text: string };

/** How many blocks of each kind of change a comparison holds. */
export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'figcaption',
  'pre',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
]);
// A removed and an added paragraph are shown as one changed paragraph when this much of their text is
// common (Dice's coefficient over characters of common words): a paragraph that was reworded or extended.
const SAME_PARAGRAPH = 0.4;

const parser = unified().use(rehypeParse, { fragment: true });

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return ' ';
  return node.children.map(textOf).join('');
}

const hasBlockInside = (node: Element): boolean =>
  node.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || hasBlockInside(child)));

/** The text of each innermost block element of an HTML fragment, in document order, empty blocks left out. */
export function textBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (BLOCKS.has(node.tagName) && !hasBlockInside(node)) {
        const text = textOf(node).replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ tag: node.tagName, text });
      } else {
        walk(node.children);
      }
    }
  };
  walk((parser.parse(html) as Root).children);
  return blocks;
}

/** Twice the characters (white space aside) of the words two texts share, over both texts' characters. */
function similarity(a: string, b: string): number {
  const size = (text: string) => text.replace(/\s/g, '').length;
  const total = size(a) + size(b);
  if (!total) return 1;
  const common = diffWords(a, b)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + size(part.value), 0);
  return (2 * common) / total;
}

type Op = { kind: 'same' | 'added' | 'removed'; block: TextBlock };

/**
 * Within a run of removed and added blocks, pairs each removed block with the next added one
 * that reads mostly the same (a changed paragraph); the rest are whole paragraphs added or removed.
 */
function pairRun(removed: TextBlock[], added: TextBlock[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.findIndex((block, i) => i >= next && similarity(old.text, block.text) >= SAME_PARAGRAPH);
    if (match < 0) {
      out.push({ kind: 'removed', ...old });
      continue;
    }
    for (const block of added.slice(next, match)) out.push({ kind: 'added', ...block });
    const now = added[match]!;
    out.push({ kind: 'changed', tag: now.tag, parts: diffWords(old.text, now.text) });
    next = match + 1;
  }
  for (const block of added.slice(next)) out.push({ kind: 'added', ...block });
  return out;
}

/** Compares two versions' HTML: paragraphs aligned, changed ones compared word by word, moves found. */
export function diffVersions(olderHtml: string, newerHtml: string): DiffBlock[] {
  const ops: Op[] = diffArrays(textBlocks(olderHtml), textBlocks(newerHtml), {
    comparator: (a, b) => a.text === b.text,
  }).flatMap((change) =>
    change.value.map((block): Op => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', block })),
  );

  // A paragraph removed in one place and added word for word in another has moved.
  const addedAt = new Map<string, number[]>();
  ops.forEach((op, i) => op.kind === 'added' && addedAt.set(op.block.text, [...(addedAt.get(op.block.text) ?? []), i]));
  const movedTo = new Map<number, number>();
  ops.forEach((op, i) => {
    const target = op.kind === 'removed' ? addedAt.get(op.block.text)?.shift() : undefined;
    if (target !== undefined) movedTo.set(i, target);
  });
  const movedHere = new Set(movedTo.values());

  const out: DiffBlock[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  const flush = () => {
    out.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };
  ops.forEach((op, i) => {
    const target = movedTo.get(i);
    if (target !== undefined || movedHere.has(i) || op.kind === 'same') {
      flush();
      if (target !== undefined) out.push({ kind: 'moved-from', ...op.block, down: target > i });
      else if (movedHere.has(i)) out.push({ kind: 'moved-to', ...op.block });
      else out.push({ kind: 'same', ...op.block });
    } else if (op.kind === 'removed') {
      removed.push(op.block);
    } else {
      added.push(op.block);
    }
  });
  flush();
  return out;
}

/** Counts the added, removed, changed and moved blocks of a comparison. */
export function summariseDiff(blocks: readonly DiffBlock[]): DiffSummary {
  const count = (kind: DiffBlock['kind']) => blocks.filter((b) => b.kind === kind).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed'), moved: count('moved-to') };
}

/** The visible labels of a comparison, in the page's language (the string tables' `versions.diff`). */
export interface DiffLabels {
  headline: string;
  changed: string;
  added: string;
  removed: string;
  movedHere: string;
  movedDown: string;
  movedUp: string;
  /** Read aloud and printed around added and removed words: "[added] … [end added]". */
  addedStart: string;
  addedEnd: string;
  removedStart: string;
  removedEnd: string;
}

const marker = (text: string) => `<span class="diff-marker">${text}</span>`;
const label = (text: string) => `<span class="diff-label">${text}</span> `;

function inline(part: Change, labels: DiffLabels): string {
  const text = escapeUTF8(part.value);
  if (part.added) return `<ins>${marker(labels.addedStart)}${text}${marker(labels.addedEnd)}</ins>`;
  if (part.removed) return `<del>${marker(labels.removedStart)}${text}${marker(labels.removedEnd)}</del>`;
  return text;
}

/**
 * The comparison as HTML: one `<p class="diff-block">` a block; added text in `<ins>`, removed in
 * `<del>`, each with a text marker (hidden on screen, read aloud and printed); whole paragraphs
 * added, removed or moved carry a visible label. Every piece of text is escaped.
 */
export function renderDiff(blocks: readonly DiffBlock[], labels: DiffLabels): string {
  return blocks
    .map((block) => {
      const open = (kind: string) => `<p class="diff-block diff-block--${kind} diff-tag--${block.tag}">`;
      switch (block.kind) {
        case 'same':
          return `${open('same')}${escapeUTF8(block.text)}</p>`;
        case 'changed':
          return `${open('changed')}${label(labels.changed)}${block.parts.map((part) => inline(part, labels)).join('')}</p>`;
        case 'added':
          return `${open('added')}${label(labels.added)}<ins>${escapeUTF8(block.text)}</ins></p>`;
        case 'removed':
          return `${open('removed')}${label(labels.removed)}<del>${escapeUTF8(block.text)}</del></p>`;
        case 'moved-to':
          return `${open('moved-to')}${label(labels.movedHere)}${escapeUTF8(block.text)}</p>`;
        case 'moved-from':
          return `${open('moved-from')}${label(block.down ? labels.movedDown : labels.movedUp)}<span class="diff-excerpt">${escapeUTF8(excerpt(block.text))}</span></p>`;
      }
    })
    .join('\n');
}

/** A changed headline, word by word, as one labelled line of HTML; undefined when it did not change. */
export function renderHeadlineChange(older: string, newer: string, labels: DiffLabels): string | undefined {
  if (older === newer) return undefined;
  return `<p class="diff-block diff-block--changed diff-headline">${label(labels.headline)}${diffWords(older, newer)
    .map((part) => inline(part, labels))
    .join('')}</p>`;
}

/** The first words of a moved paragraph, enough to recognise it where it now stands. */
function excerpt(text: string, words = 12): string {
  const all = text.split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text;
}
