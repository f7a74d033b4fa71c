/**
 * A story body given as HTML (a CMS export's `content:encoded`, a feed's `content_html`, a
 * ninjs `body_html`) to Markdown: sanitised with the build's own schema first (no script,
 * iframe, event handler or `javascript:` URL survives), then written with remark, so every
 * paragraph, list, table, blockquote, link and inline image is kept.
 */
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { newsSanitizeSchema } from '../markdown/sanitize-schema.ts';
import { stringifyOptions } from './markdown.ts';

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, newsSanitizeSchema)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, stringifyOptions)
  .freeze();

/** Sanitised Markdown for an HTML body; an empty string when nothing readable is left. */
export function htmlBodyToMarkdown(html: string): string {
  return String(processor.processSync(html)).trim();
}
