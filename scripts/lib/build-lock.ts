/**
 * One build at a time in a project: two builds share Astro's cache and write server chunks
 * (`.prerender/`) into the output folder, so a second one started alongside would crash the
 * first or leave those chunks behind. proper-lockfile holds the lock and frees a stale one
 * (a build that was killed) after `STALE_MS`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const STALE_MS = 30_000;

/** Runs `work` holding the project's build lock; `onWait` is called once if another build holds it. */
export async function withBuildLock<T>(projectRoot: string, onWait: () => void, work: () => Promise<T>): Promise<T> {
  const cacheDir = join(projectRoot, 'node_modules', '.astro');
  await mkdir(cacheDir, { recursive: true });
  const options = { lockfilePath: join(cacheDir, 'build.lock'), stale: STALE_MS, realpath: false };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(projectRoot, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    onWait();
    release = await lockfile.lock(projectRoot, {
      ...options,
      retries: { forever: true, minTimeout: 200, maxTimeout: 1000 },
    });
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
