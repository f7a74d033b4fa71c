/**
 * A story body given as HTML (a CMS export's `content:encoded`, a feed's `content_html`, a
 * ninjs `body_html`) to Markdown: sanitised with the build's own schema first (no script,
 * iframe, event handler or `javascript:` URL survives), then written with remark, so every
 * paragraph, list, table, blockquote, link and inline image (a `<picture>` included) is kept.
 * A whole document's `<head>` and a leading heading repeating the headline are left out.
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
import { newsSanitizeSchema } from '../../../markdown/sanitize-schema.ts';
import { IMAGE_SCHEMES, LINK_SCHEMES, usableUrl } from './body-urls.ts';
import { assertHtmlDepth } from './html-depth.ts';
import { stringifyOptions } from './markdown.ts';
import { rehypeBodyImages } from './rehype-body-images.ts';

export interface HtmlBodyOptions {
  /** The item's own address, against which relative links and images are resolved. */
  baseUrl?: string | undefined;
  /** The item's own headline: a leading `<h1>` (or `<h2>`) that repeats it is left out. */
  headline?: string | undefined;
}

/** What a whole document carries about itself, never story text. */
const DOCUMENT_METADATA = new Set(['head', 'title', 'meta', 'link', 'base']);

const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;!?…]+$/, '')
    .trim()
    .toLowerCase();

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The elements from the root down to the first thing the body shows (text or an image), in one pass. */
function pathToFirstContent(parent: Root | Element, path: Element[] = []): Element[] | undefined {
  for (const child of parent.children) {
    if (child.type === 'text' && child.value.trim()) return path;
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') return [...path, child];
    const found = pathToFirstContent(child, [...path, child]);
    if (found) return found;
  }
  return undefined;
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
    const path = pathToFirstContent(tree) ?? [];
    // The first block the body opens with, looking through wrappers (`<article><header><h1>`).
    const at = path.findIndex((el) => /^(?:h[1-6]|p|img|li|td|blockquote|figure)$/.test(el.tagName));
    const lead = path[at];
    if (lead && /^h[12]$/.test(lead.tagName) && comparable(textOf(lead)) === comparable(headline)) {
      const parent: Root | Element = at === 0 ? tree : path[at - 1]!;
      parent.children.splice(parent.children.indexOf(lead), 1);
    }
  };
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
        const src = usableUrl(node.properties.src, options.baseUrl, IMAGE_SCHEMES);
        if (src) {
          node.properties.src = src;
          return;
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'a') {
        const href = usableUrl(node.properties.href, options.baseUrl, LINK_SCHEMES);
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
  .use(rehypeBodyImages)
  .use(rehypeSanitize, newsSanitizeSchema)
  .use(rehypeImportedUrls)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, stringifyOptions)
  .freeze();

/** Sanitised Markdown for an HTML body; an empty string when nothing readable is left. Throws an ImportError for a body nested too deep to convert. */
export function htmlBodyToMarkdown(html: string, options: HtmlBodyOptions = {}): string {
  assertHtmlDepth(html, 'the body');
  return String(processor.processSync(new VFile({ value: html, data: { ...options } }))).trim();
}
