/**
 * Story text to Markdown. Paragraphs become mdast nodes and remark-stringify writes them, so
 * characters Markdown would read as syntax (`*`, `_`, `<`, a leading `1.`) are escaped and the
 * rendered text reads exactly as the paste did.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

/** How every imported body is written: `___` rules as AP prints them, `-` bullets, `_emphasis_`. */
export const stringifyOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '_',
  fences: true,
  listItemIndent: 'one',
};

/** A block of a wire story: a paragraph of text, or a separator (`___`). */
export type StoryBlock = { type: 'paragraph'; text: string } | { type: 'separator' };

/** Writes story blocks as Markdown, one paragraph per block. */
export function blocksToMarkdown(blocks: readonly StoryBlock[]): string {
  const children: RootContent[] = blocks.map((block) =>
    block.type === 'separator'
      ? { type: 'thematicBreak' }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  const root: Root = { type: 'root', children };
  return String(unified().use(remarkGfm).use(remarkStringify, stringifyOptions).stringify(root));
}
