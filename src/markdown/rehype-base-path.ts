import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createUrls } from '../views/urls.ts';

export interface BasePathOptions {
  /** The site's base path, e.g. `/archive/`. */
  base?: string;
}

/**
 * Puts root-relative links and images in article bodies (`/topics/talks/`, `/images/map.jpg`)
 * under the base path, through the same URL helper as every other link in the site.
 */
export default function rehypeBasePath(options: BasePathOptions = {}) {
  const urls = createUrls(options.base ?? '/');
  return (tree: Root) => {
    if (urls.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const property of ['href', 'src'] as const) {
        const value = node.properties[property];
        if (typeof value === 'string' && !value.startsWith(urls.base))
          node.properties[property] = urls.publicFile(value);
      }
    });
  };
}
