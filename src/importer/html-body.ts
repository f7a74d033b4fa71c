/**
 * A story body given as HTML (a CMS export's `content:encoded`, a feed's `content_html`, a
 * ninjs `body_html`) to Markdown: sanitised with the build's own schema first (no script,
 * iframe, event handler or `javascript:` URL survives), then written with remark, so every
 * paragraph, list, table, blockquote, link and inline image is kept.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { newsSanitizeSchema } from '../markdown/sanitize-schema.ts';
import { stringifyOptions } from './markdown.ts';

export interface HtmlBodyOptions {
  /** The item's own address, against which relative links and images are resolved. */
  baseUrl?: string | undefined;
  /** The item's own headline: a leading `<h1>` (or `<h2>`) that repeats it is left out. */
  headline?: string | undefined;
}

/** What a whole document carries about itself, never story text. */
const DOCUMENT_METADATA = new Set(['head', 'title', 'meta', 'link', 'base']);

const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').replace(/[\s.:;!?…]+$/, '').trim().toLowerCase();

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The first element or text that shows something, looking into wrappers (`<article><header><h1>`). */
function leadingElement(tree: Root): { node: Element; parent: Root | Element } | undefined {
  let parent: Root | Element = tree;
  for (;;) {
    const first: RootContent | undefined = parent.children.find((child) => (child.type === 'text' && child.value.trim()) || (child.type === 'element' && (child.tagName === 'img' || textOf(child).trim())));
    if (first?.type !== 'element') return undefined;
    if (/^h[1-6]$/.test(first.tagName) || first.tagName === 'p' || first.tagName === 'img') return { node: first, parent };
    parent = first;
  }
}

/**
 * A body that is a whole document loses its `<head>` (its `<title>` would open the story), and a
 * leading `<h1>`/`<h2>` repeating the item's headline goes, since the page shows the title already.
 */
function rehypeStoryOnly() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !DOCUMENT_METADATA.has(node.tagName)) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const { headline } = file.data as HtmlBodyOptions;
    if (!headline?.trim()) return;
    const lead = leadingElement(tree);
    if (lead && /^h[12]$/.test(lead.node.tagName) && comparable(textOf(lead.node)) === comparable(headline)) {
      lead.parent.children.splice(lead.parent.children.indexOf(lead.node), 1);
    }
  };
}

/** `url` made absolute against `base`, or `undefined` when it is not a web or mail address then. */
function usableUrl(url: unknown, base: string | undefined, schemes: RegExp): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  if (url.startsWith('#')) return url;
  try {
    const absolute = new URL(url, base).href;
    return schemes.test(absolute) ? absolute : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Links and images an imported article can keep: resolved against the item's address. An image
 * with no such address is dropped (the build would refuse it as a missing file), a link
 * without one becomes its text (`[text]()` says nothing).
 */
function rehypeImportedUrls() {
  return (tree: Root, file: VFile) => {
    const options = file.data as HtmlBodyOptions;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'img') {
        const src = usableUrl(node.properties.src, options.baseUrl, /^https?:/);
        if (src) {
          node.properties.src = src;
          return;
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'a') {
        const href = usableUrl(node.properties.href, options.baseUrl, /^(?:https?|mailto):/);
        if (href) {
          node.properties.href = href;
          return;
        }
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

// Built once: a bulk import converts thousands of bodies, and setting up the plugins costs more than most.
const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeStoryOnly)
  .use(rehypeSanitize, newsSanitizeSchema)
  .use(rehypeImportedUrls)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, stringifyOptions)
  .freeze();

/** Sanitised Markdown for an HTML body; an empty string when nothing readable is left. */
export function htmlBodyToMarkdown(html: string, options: HtmlBodyOptions = {}): string {
  return String(processor.processSync(new VFile({ value: html, data: { ...options } }))).trim();
}
