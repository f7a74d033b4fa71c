/**
 * Photos in an imported body as a Markdown image can show them: a `<picture>` becomes its
 * `<img>` with the best address (the `src`, a lazy-loading one, or the largest `srcset` file), a
 * lazily loaded `<img>` gets its real address, and a `<figcaption>` is flattened to one line of
 * text, so a caption never turns into a list or loose blocks.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { bestImageSource } from './body-urls.ts';

const LAZY_PROPERTIES = ['dataSrc', 'dataLazySrc', 'dataOriginal', 'dataUrl'];
const prop = (node: Element, name: string) =>
  typeof node.properties[name] === 'string' ? (node.properties[name] as string) : undefined;
const propList = (node: Element, name: string) => {
  const value = node.properties[name];
  // hast keeps `srcset` as a comma-separated list.
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : undefined;
};

function findImg(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') return child;
    const inner = findImg(child);
    if (inner) return inner;
  }
  return undefined;
}

function sourcesOf(node: Element): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === 'source' ? [child] : sourcesOf(child),
  );
}

/** The image of a `<picture>` (or a lone `<img>`) with the best address it offers in `src`. */
function withBestSource(img: Element | undefined, sources: readonly Element[]): Element | undefined {
  const src = bestImageSource({
    src: img && prop(img, 'src'),
    lazy: img ? LAZY_PROPERTIES.map((name) => prop(img, name)) : [],
    srcsets: [
      img && propList(img, 'srcSet'),
      img && propList(img, 'dataSrcset'),
      ...sources.flatMap((s) => [propList(s, 'srcSet'), propList(s, 'dataSrcset')]),
    ],
  });
  if (!src) return undefined;
  const alt = img && prop(img, 'alt');
  return { type: 'element', tagName: 'img', properties: { src, ...(alt !== undefined && { alt }) }, children: [] };
}

/** The text of a caption's parts, blocks and list items run together with spaces. */
function flatten(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (node.tagName === 'svg' || node.tagName === 'button') return [];
    if (node.tagName === 'br') return [{ type: 'text', value: ' ' }];
    const inner = flatten(node.children);
    if (/^(?:p|div|ul|ol|li|span|h[1-6]|dl|dt|dd|section|header|footer|figure)$/.test(node.tagName)) {
      return [{ type: 'text', value: ' ' }, ...inner, { type: 'text', value: ' ' }];
    }
    return [{ ...node, children: inner }];
  });
}

/** Rewrites pictures, lazy images and captions before the body is sanitised (which drops `<source>` and `srcset`). */
export function rehypeBodyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.tagName === 'picture') {
        const img = withBestSource(findImg(node), sourcesOf(node));
        parent.children.splice(index, 1, ...(img ? [img] : []));
        return [SKIP, index + (img ? 1 : 0)];
      }
      if (node.tagName === 'img') {
        const img = withBestSource(node, []);
        if (img) node.properties.src = img.properties.src;
        return undefined;
      }
      if (node.tagName === 'figcaption') {
        node.children = [{ type: 'element', tagName: 'p', properties: {}, children: flatten(node.children) }];
        return SKIP;
      }
      return undefined;
    });
  };
}
