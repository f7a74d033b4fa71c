import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Astro's cache folder for a content folder, under the project's `node_modules/.astro`. Astro
 * keys its content cache by entry id, not by folder, so each content folder other than
 * `content/` gets its own: building another archive (tests, the benchmark) never reuses entries
 * or pages from the last one. `contentDir` is resolved from the working folder, as `CONTENT_DIR` is.
 */
export function contentCacheDir(contentDir: string, projectRoot: string): string {
  const cacheRoot = join(projectRoot, 'node_modules', '.astro');
  if (contentDir === 'content') return cacheRoot;
  return join(cacheRoot, `content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`);
}
