/**
 * Incremental builds leave unchanged pages where they are in the output folder
 * (`vite.build.emptyOutDir: false`): Astro then neither deletes nor copies back thousands of
 * files on every build. What the build did not produce this time (the page of a deleted
 * article, a page past the new last one, an old stylesheet) is removed here, so the output
 * holds exactly what a full build writes.
 */
import { statSync } from 'node:fs';
import { fdir } from 'fdir';
import { rm, rmdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUNDLE_DIR } from '../search/keys.ts';

export interface OutputFile {
  /** Relative to the output folder, with `/` separators. */
  path: string;
  mtimeMs: number;
}

/**
 * Files left from earlier builds: written before this build started and neither a page of
 * this build (Astro lists the pages it kept in place) nor a file of `public/`. The search
 * index's folder is not Astro's: `npm run build` keeps its unchanged parts and removes the rest
 * (src/search/build-index.ts).
 */
export function staleFiles(
  files: readonly OutputFile[],
  produced: ReadonlySet<string>,
  buildStartMs: number,
): string[] {
  return files
    .filter((f) => f.mtimeMs < buildStartMs && !produced.has(f.path) && !f.path.startsWith(`${BUNDLE_DIR}/`))
    .map((f) => f.path);
}

async function listFiles(root: string): Promise<OutputFile[]> {
  // fdir and a synchronous stat per file: glob() with a promised stat took 4 s of a 10,000-article rebuild (55,000 files), this under 0.5 s.
  const files = await new fdir().withRelativePaths().crawl(root).withPromise();
  return files.map((path) => ({ path: path.split('\\').join('/'), mtimeMs: statSync(join(root, path)).mtimeMs }));
}

/** Removes the folders that removing stale files emptied, deepest first. */
async function removeEmptyFolders(root: string, files: readonly string[]) {
  const folders = new Set<string>();
  for (const file of files) {
    for (let dir = join(root, file, '..'); dir.startsWith(`${root}/`); dir = join(dir, '..')) folders.add(dir);
  }
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(dir).catch(() => undefined);
  }
}

export default function staleOutput(): AstroIntegration {
  let buildStartMs = 0;
  let publicDir = '';
  return {
    name: 'dateline:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        buildStartMs = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // resolve() drops the URL's trailing slash, which the folder walk below relies on.
        const root = resolve(fileURLToPath(dir));
        const produced = new Set<string>();
        for (const urls of assets.values()) {
          for (const url of urls) produced.add(relative(root, fileURLToPath(url)).split('\\').join('/'));
        }
        for (const file of await listFiles(publicDir).catch(() => [])) produced.add(file.path);
        const stale = staleFiles(await listFiles(root), produced, buildStartMs);
        await Promise.all(stale.map((file) => rm(join(root, file), { force: true })));
        await removeEmptyFolders(root, stale);
        if (stale.length > 0)
          logger.info(`Removed ${stale.length} file(s) of earlier builds that this one does not write`);
      },
    },
  };
}
