/**
 * One build at a time in a project. Builds of different content folders into different output
 * folders would still share the project's `.astro/`: Astro writes the content's image imports
 * there (`content-assets.mjs`) while syncing and reads them back while bundling, so a build running
 * beside another can take the other's list and leave its Markdown images unresolved (seen in the
 * tests: an `__ASTRO_IMAGE_` placeholder left in a page). proper-lockfile holds the lock and frees
 * a stale one (a build that was killed) after `STALE_MS`.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const STALE_MS = 30_000;

/** The project's lock, which every build takes, the benchmark's timed runs and Hugo's beside them included. */
export const PROJECT_LOCK = 'project';

const locksDir = (projectRoot: string) => join(projectRoot, 'node_modules', '.astro', 'locks');

/** The lock's own name, under which proper-lockfile keeps it (one name per lock, so a build can hold several). */
const lockTarget = (projectRoot: string, key: string) =>
  join(locksDir(projectRoot), key === PROJECT_LOCK ? key : createHash('sha256').update(key).digest('hex').slice(0, 16));

/**
 * Runs `work` holding the locks named by `keys` (such as [PROJECT_LOCK]), taken in sorted
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
            // Checked often: a build waiting a second after the last one ended leaves the cores idle for that second.
            retries: { forever: true, minTimeout: 100, maxTimeout: 250, factor: 1.5 },
          }),
        );
      }
    }
    return await work();
  } finally {
    for (const release of releases.reverse()) await release();
  }
}

/** Runs `work` holding the project's lock: every build, the benchmark's timed runs, and Hugo's beside them. */
export function withBuildLock<T>(projectRoot: string, onWait: () => void, work: () => Promise<T>): Promise<T> {
  return withBuildLocks(projectRoot, [PROJECT_LOCK], onWait, work);
}
