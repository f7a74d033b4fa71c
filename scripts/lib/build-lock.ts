/**
 * Builds that would write the same files take turns; others run side by side. A build writes two
 * things another may share: its content folder's cache (Astro's store, rendered bodies, page cache)
 * and Astro's server chunks (`.prerender/`), which go into the output folder when it is inside the
 * working folder and into the working folder's `.astro/` when it is not (Astro's
 * getOutDirWithinCwd). So a build locks its content folder's cache and, for its chunks, either its
 * output folder or the whole project. proper-lockfile holds each lock and frees a stale one (a
 * build that was killed) after `STALE_MS`.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import lockfile from 'proper-lockfile';

const STALE_MS = 30_000;

/** The lock every build with its output outside the working folder takes, and the benchmark's timed runs. */
export const PROJECT_LOCK = 'project';

/** Whether Astro writes a build's server chunks into `outDir` (inside `cwd`) rather than into `cwd`'s `.astro/`. */
export function chunksGoToOutput(outDir: string, cwd: string): boolean {
  const path = relative(resolve(cwd), resolve(outDir));
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** What a build of `cacheDir`'s content into `outDir`, started in `cwd`, must not share with another build running. */
export function buildLockKeys(cacheDir: string, outDir: string, cwd: string): string[] {
  const chunks = chunksGoToOutput(outDir, cwd) ? `output:${resolve(outDir)}` : PROJECT_LOCK;
  return [...new Set([`cache:${resolve(cacheDir)}`, chunks])].sort();
}

const locksDir = (projectRoot: string) => join(projectRoot, 'node_modules', '.astro', 'locks');

/** The lock's own name, under which proper-lockfile keeps it (one name per lock, so a build can hold several). */
const lockTarget = (projectRoot: string, key: string) =>
  join(locksDir(projectRoot), key === PROJECT_LOCK ? key : createHash('sha256').update(key).digest('hex').slice(0, 16));

/**
 * Runs `work` holding the locks named by `keys` (buildLockKeys, or [PROJECT_LOCK]), taken in sorted
 * order so two builds never wait on each other; `onWait` is called once if another build holds one.
 */
export async function withBuildLocks<T>(
  projectRoot: string,
  keys: readonly string[],
  onWait: () => void,
  work: () => Promise<T>,
): Promise<T> {
  await mkdir(locksDir(projectRoot), { recursive: true });
  const releases: (() => Promise<void>)[] = [];
  let waited = false;
  try {
    for (const key of [...keys].sort()) {
      const target = lockTarget(projectRoot, key);
      const options = { lockfilePath: `${target}.lock`, stale: STALE_MS, realpath: false };
      try {
        releases.push(await lockfile.lock(target, options));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        if (!waited) onWait();
        waited = true;
        releases.push(
          await lockfile.lock(target, {
            ...options,
            retries: { forever: true, minTimeout: 200, maxTimeout: 1000 },
          }),
        );
      }
    }
    return await work();
  } finally {
    for (const release of releases.reverse()) await release();
  }
}

/** Runs `work` holding the project's lock: the benchmark's timed builds, and Hugo's beside them. */
export function withBuildLock<T>(projectRoot: string, onWait: () => void, work: () => Promise<T>): Promise<T> {
  return withBuildLocks(projectRoot, [PROJECT_LOCK], onWait, work);
}
