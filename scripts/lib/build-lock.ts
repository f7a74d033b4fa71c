/**
 * One build at a time in a project. Builds of different content folders into different output
 * folders would still share the project's `.astro/`: Astro writes the content's image imports
 * there (`content-assets.mjs`) while syncing and reads them back while bundling, so a build running
 * beside another can take the other's list and leave its Markdown images unresolved (seen in the
 * tests: an `__ASTRO_IMAGE_` placeholder left in a page). proper-lockfile holds the lock and frees
 * a stale one (a build that was killed) after `STALE_MS`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const STALE_MS = 30_000;

/** Runs `work` holding the project's lock: every build, the benchmark's timed runs, and Hugo's beside them; `onWait` is called if another holds it. */
export async function withBuildLock<T>(projectRoot: string, onWait: () => void, work: () => Promise<T>): Promise<T> {
  const locksDir = join(projectRoot, 'node_modules', '.astro', 'locks');
  await mkdir(locksDir, { recursive: true });
  const target = join(locksDir, 'project');
  const options = { lockfilePath: `${target}.lock`, stale: STALE_MS, realpath: false };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    onWait();
    release = await lockfile.lock(target, {
      ...options,
      // Checked often: a build waiting a second after the last one ended leaves the cores idle for that second.
      retries: { forever: true, minTimeout: 100, maxTimeout: 250, factor: 1.5 },
    });
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
