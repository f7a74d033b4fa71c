import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentDirFrom } from '../../config/site.ts';

/** Where articles go when `--out` is not given: `<content>/articles`. */
export function defaultOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(contentDirFrom(env), 'articles');
}

/**
 * The content root an output folder belongs to, for its sources and for duplicates: the
 * folder above `outDir` when it has `sources/` (as `content/articles` does), else the site's.
 */
export function contentRootFor(outDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const parent = dirname(resolve(outDir));
  return existsSync(join(parent, 'sources')) ? parent : contentDirFrom(env);
}
