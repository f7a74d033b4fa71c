import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The sanitiser prefixes ids from article bodies (`fn-1` becomes `user-content-fn-1`) so they
 * cannot clash with the page's own; this points in-page links such as footnote references at the
 * prefixed id, as GitHub does with script.
 */
export default function rehypeFragmentLinks(options: { prefix?: string } = {}) {
  const prefix = options.prefix ?? 'user-content-';
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const id = decodeURIComponent(href.slice(1));
      if (!ids.has(id) && ids.has(prefix + id)) node.properties.href = `#${prefix}${id}`;
    });
  };
}
