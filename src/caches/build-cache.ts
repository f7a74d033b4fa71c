/**
 * Where Astro keeps its caches for a build, and what must invalidate them. Read by
 * astro.config.mjs, the benchmark and the test setup, so all three agree.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { BuildPart } from '../config/build-part.ts';
import { DEFAULT_CONTENT_DIR } from '../config/site.ts';

/**
 * Astro's cache folder for a content folder, under the project's `node_modules/.astro`. Astro
 * keys its content cache by entry id, not by folder, so each content folder other than
 * `content/` gets its own: building another archive (tests, the benchmark) never reuses entries
 * or pages from the last one. `contentDir` is resolved from the working folder, as `CONTENT_DIR` is.
 */
export function contentCacheDir(contentDir: string, projectRoot: string): string {
  const cacheRoot = join(projectRoot, 'node_modules', '.astro');
  if (contentDir === DEFAULT_CONTENT_DIR) return cacheRoot;
  return join(cacheRoot, `content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`);
}

/**
 * The cache folder of one part of a build in parts, inside the content folder's: each shard and
 * the merge keep their own, so that building the parts one after another on one machine does not
 * leave each with the last one's store (a shard's rendered articles, or the merge's none).
 */
export function partCacheDir(cacheDir: string, part: BuildPart): string {
  if (part.kind === 'whole') return cacheDir;
  return join(cacheDir, part.kind === 'merge' ? 'merge' : `shard-${part.index}-of-${part.count}`);
}

/** A digest of the source files in `dir` (names and contents): the model's, for the record of checked entries. */
export function sourceDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Relative module specifiers of `import … from './x'`, `export … from '../y'` and `import './z'`. */
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The module `entry` and every module of ours it imports, followed through relative imports, sorted. */
export function localModuleGraph(entry: string): string[] {
  const files = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT))
      queue.push(resolve(dirname(file), specifier!));
  }
  return [...files].sort();
}

/**
 * A digest of the module `entry` and of every module of ours it imports (names relative to
 * `entry`'s folder, and contents). Astro's caches see the Markdown options but not our plugins'
 * code; put in the options (`pipelineVersion` in src/markdown/), it makes an edit to a plugin, or
 * to anything a plugin imports, render every article again.
 */
export function moduleGraphDigest(entry: string): string {
  const root = dirname(resolve(entry));
  const hash = createHash('sha256');
  for (const file of localModuleGraph(entry)) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
