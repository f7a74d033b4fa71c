/**
 * Article bodies to HTML for an export, through the build's own unified pipeline
 * (src/markdown/index.ts, run by @astrojs/markdown-remark), so raw HTML is sanitised exactly as
 * on the site. Smartypants is off: an export carries the text as the archive holds it (straight
 * quotes, `--`), not the site's typography, so that importing it back gives the same words.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/index.ts';

/** Renders article Markdown to sanitised HTML, one body at a time. */
export interface BodyRenderer {
  render(markdown: string): Promise<string>;
}

/** The renderer for a site served under `base` (links to the site's own pages carry it). */
export async function createBodyRenderer(base = '/'): Promise<BodyRenderer> {
  const processor = unified(markdownOptions({ base, typography: false }));
  // No syntax highlighting: news bodies have no code, and an export must not carry theme colours.
  const renderer: MarkdownRenderer = await processor.createRenderer({ syntaxHighlight: false });
  return { render: async (markdown) => (await renderer.render(markdown)).code };
}
