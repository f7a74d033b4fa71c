/**
 * Images an article body takes from beside its file (`![Map](map.png)`): Astro resolves and
 * optimises them at build time, and fails on a missing one without naming the article.
 */
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Image } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './validate.ts';

/** Not a file beside the article: a URL with a scheme, a site path, a fragment. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/** The relative image paths of a Markdown body, as written. */
export function localImagePaths(body: string): string[] {
  if (!body.includes('![')) return [];
  const paths: string[] = [];
  visit(unified().use(remarkParse).parse(body), 'image', (node: Image) => {
    if (node.url && !NOT_LOCAL.test(node.url)) paths.push(node.url);
  });
  return paths;
}

/** A problem for each of `srcs` (image paths from the body of `file`, as written) that is not on disk beside `file`. */
export async function missingImageFiles(file: string, srcs: readonly string[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const src of srcs) {
    const path = join(dirname(file), decodeURI(src.split(/[?#]/)[0]!));
    const found = await access(path).then(
      () => true,
      () => false,
    );
    if (!found) {
      problems.push({
        file,
        field: 'body',
        message: `the image "${src}" is not there (looked for ${path}); put the file beside the article, or use a path under public/ such as "/images/${src.split('/').pop()}"`,
      });
    }
  }
  return problems;
}

/** A problem for each image of the body that is not on disk beside `file`. */
export function missingImages(file: string, body: string): Promise<ContentProblem[]> {
  return missingImageFiles(file, localImagePaths(body));
}
