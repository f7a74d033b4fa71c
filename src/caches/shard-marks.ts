/**
 * The mark a shard of a build in parts (src/config/build-part.ts) leaves in its folder: what it is,
 * and the digest of what it was built from (shard-inputs.ts), so a rebuild keeps a shard whose
 * inputs are unchanged and the merge refuses a folder that is not a shard. Written last, and taken
 * away before a shard is built again, so a build that stops halfway leaves no mark.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file a shard writes into its folder. */
export const SHARD_MARK = 'dateline-shard.json';

/** What a shard is: its number, the number of shards, and the years of every shard as it saw the archive. */
export interface ShardMark {
  version: 1;
  index: number;
  count: number;
  plan: string[][];
  /** The digest of what it was built from (shard-inputs.ts), when it was built by a version that kept one. */
  inputs?: string;
}

/** Writes the shard's mark into its folder. */
export async function writeShardMark(outDir: string, mark: ShardMark): Promise<void> {
  await writeFile(join(outDir, SHARD_MARK), `${JSON.stringify(mark)}\n`);
}

/** The mark in a shard's folder, or undefined when there is none (never built, or its last build did not finish). */
export async function readShardMark(dir: string): Promise<ShardMark | undefined> {
  const text = await readFile(join(dir, SHARD_MARK), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as ShardMark);
}

/** Takes a shard's mark away before it is built again, so a build that stops halfway leaves a folder no later build takes as done. */
export async function removeShardMark(dir: string): Promise<void> {
  await rm(join(dir, SHARD_MARK), { force: true });
}

/** Reads the marks of the shard folders; throws naming the folder that is not a shard. */
export async function readShardMarks(dirs: readonly string[]): Promise<ShardMark[]> {
  return Promise.all(
    dirs.map(async (dir) => {
      const mark = await readShardMark(dir);
      if (mark === undefined)
        throw new Error(
          `--merge ${dir}: not a shard's folder (no ${SHARD_MARK}); build the shards with npm run build -- --shard K/N first`,
        );
      return mark;
    }),
  );
}
