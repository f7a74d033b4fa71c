/**
 * Every temp folder the suites make (content copies, built sites, browser profiles) goes under
 * one folder for this run, removed at the end with the Astro cache folders of its content
 * copies, so test runs leave nothing behind in /tmp or node_modules/.astro.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentCacheDir } from '../src/caches/build-cache.ts';
import { projectRoot } from './helpers/build-site.ts';

export default async function setup() {
  const runDir = await mkdtemp(join(tmpdir(), 'dateline-tests-'));
  // os.tmpdir() reads TMPDIR; the test workers and the builds they start inherit it.
  process.env.TMPDIR = runDir;
  return async () => {
    for (const entry of await readdir(runDir)) {
      await rm(contentCacheDir(join(runDir, entry), projectRoot), { recursive: true, force: true });
    }
    await rm(runDir, { recursive: true, force: true });
  };
}
