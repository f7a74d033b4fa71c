/**
 * Which files of a built site one build wrote: what a deploy after it would upload. Files are
 * compared by size and modification time, as rsync does by default, so a page written again with
 * the same bytes counts as written (a host that compares contents would skip it) and a file the
 * build left alone, or linked again from a shard it kept, does not.
 */
import { glob, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A file's size and modification time, by its path under the site. */
export type FileStamps = Map<string, { bytes: number; mtimeMs: number }>;

/** What a build changed in a site, against the stamps taken before it. */
export interface WrittenFiles {
  /** Files that are new or whose size or modification time changed. */
  written: number;
  /** Of `written`, the files that were not there before. */
  added: number;
  /** Files that were there before and are gone. */
  removed: number;
  /** The bytes of the written files, as they are now. */
  bytes: number;
  /** Every file in the site after the build. */
  total: number;
}

/** The stamps of every file under `outDir`. */
export async function fileStamps(outDir: string): Promise<FileStamps> {
  const stamps: FileStamps = new Map();
  for await (const entry of glob('**/*', { cwd: outDir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = await stat(file);
    stamps.set(relative(outDir, file).split('\\').join('/'), { bytes: size, mtimeMs });
  }
  return stamps;
}

/** What changed from `before` to `after`. */
export function writtenFiles(before: FileStamps, after: FileStamps): WrittenFiles {
  const changes: WrittenFiles = { written: 0, added: 0, removed: 0, bytes: 0, total: after.size };
  for (const [path, now] of after) {
    const then = before.get(path);
    if (then && then.bytes === now.bytes && then.mtimeMs === now.mtimeMs) continue;
    changes.written++;
    changes.bytes += now.bytes;
    if (!then) changes.added++;
  }
  for (const path of before.keys()) if (!after.has(path)) changes.removed++;
  return changes;
}
