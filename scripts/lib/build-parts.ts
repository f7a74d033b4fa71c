/**
 * Building in parts (src/config/build-part.ts): what a shard leaves in its folder to say what it is,
 * and how the merge puts the shards' article pages and search bundles into the merged site,
 * refusing shards that are missing, repeated, or made from another plan (another archive).
 */
import { constants, copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { fdir } from 'fdir';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  BUNDLE_MANIFEST,
  newestBundleFirst,
  parseBundleManifest,
  type BundleEntry,
} from '../../src/search/bundle-manifest.ts';
import { BUNDLE_DIR } from '../../src/search/keys.ts';
import type { ShardMark } from '../../src/caches/shard-marks.ts';

/** Why these shards cannot be merged into the archive whose plan is `plan`, or `undefined`. */
export function shardProblem(
  dirs: readonly string[],
  marks: readonly ShardMark[],
  plan: readonly string[][],
): string | undefined {
  const count = plan.length;
  const seen = new Map<number, string>();
  for (const [i, mark] of marks.entries()) {
    if (mark.count !== count)
      return `${dirs[i]} is shard ${mark.index}/${mark.count}, but the others are of ${count}; build every shard with the same N`;
    if (JSON.stringify(mark.plan) !== JSON.stringify(plan)) {
      return `${dirs[i]} was built from another archive (its shards' years ${JSON.stringify(mark.plan)}, this archive's ${JSON.stringify(plan)}); build it again from this content`;
    }
    const other = seen.get(mark.index);
    if (other) return `${other} and ${dirs[i]} are both shard ${mark.index}/${count}; pass each shard once`;
    seen.set(mark.index, dirs[i]!);
  }
  const missing = plan.map((_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length)
    return `shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')} missing; pass the folders of all ${count} shards to --merge`;
  return undefined;
}

const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

const CONFLICT = (file: string) =>
  `${file} was written by two parts of the build; nothing is overwritten. Build the shards again from the same content`;

/** Errors of a file system, or a pair of folders, that cannot hard-link: across devices, or not supported. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/**
 * Puts every file under `from` at the same place under `to`: a hard link where the file system
 * allows one, else a copy; a file already there is an error naming it. Hard links because the
 * merge of 100,000 articles spent 8 of its 13 minutes copying 4 GiB of the shards' pages on a slow
 * disk, where a link writes no data. The merge's own build never writes an article page (it
 * removes the ones it did not write before they are linked again); a shard built again writes its
 * changed pages over its own files, so the merged site shows them before the merge that follows.
 * Node's tree copy (`cpSync`) has no link option, so we walk the tree with fdir.
 */
function placeTree(from: string, to: string, how: { link: boolean }): void {
  const made = new Set<string>();
  for (const path of new fdir().withRelativePaths().crawl(from).sync()) {
    const source = join(from, path);
    const target = join(to, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      if (how.link) {
        try {
          linkSync(source, target);
          continue;
        } catch (error) {
          if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
          how.link = false;
        }
      }
      copyFileSync(source, target, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(CONFLICT(target), { cause: error });
      throw error;
    }
  }
}

/** What the merge put in: articles, search bundles, and whether the files are hard links to the shards' (else copies). */
export interface Assembled {
  pages: number;
  bundles: number;
  linked: boolean;
}

/**
 * Puts every shard's article pages and search bundles into `outDir` (which the merge build has
 * just filled with everything else), as hard links where it can (placeTree), and writes the list
 * of all bundles; a file two parts both wrote is an error, never an overwrite.
 */
export async function assembleShards(outDir: string, dirs: readonly string[]): Promise<Assembled> {
  const how = { link: true };
  const bundleDir = join(outDir, BUNDLE_DIR);
  await rm(bundleDir, { recursive: true, force: true });
  await mkdir(bundleDir, { recursive: true });
  const bundles: BundleEntry[] = [];
  let newestDir = '';
  for (const dir of dirs) {
    if (await isDir(join(dir, 'articles'))) placeTree(join(dir, 'articles'), join(outDir, 'articles'), how);
    const manifestText = await readFile(join(dir, BUNDLE_DIR, BUNDLE_MANIFEST), 'utf8').catch(() => undefined);
    if (manifestText === undefined) continue;
    for (const bundle of parseBundleManifest(manifestText).bundles) {
      placeTree(join(dir, BUNDLE_DIR, bundle.key), join(bundleDir, bundle.key), how);
      bundles.push(bundle);
      if (bundles.sort(newestBundleFirst)[0] === bundle) newestDir = join(dir, BUNDLE_DIR);
    }
  }
  bundles.sort(newestBundleFirst);
  if (bundles.length) {
    for (const name of await readdir(newestDir))
      if (name.endsWith('.js')) await copyFile(join(newestDir, name), join(bundleDir, name));
    await writeFile(join(bundleDir, BUNDLE_MANIFEST), `${JSON.stringify({ version: 1, bundles }, null, 1)}\n`);
  }
  return { pages: bundles.reduce((sum, b) => sum + b.pages, 0), bundles: bundles.length, linked: how.link };
}
