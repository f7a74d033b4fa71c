/**
 * Every temp folder the suites make (content copies, browser profiles) goes under one folder for
 * this run, and every built site under another inside the project, where Astro keeps a build's
 * server chunks in its output folder; both are removed at the end with the Astro cache folders of
 * the content copies, so test runs leave nothing behind in /tmp or node_modules.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentCacheDir } from '../src/caches/build-cache.ts';
import { projectRoot, TEST_BUILDS_ENV } from './helpers/build-site.ts';

export default async function setup() {
  const runDir = await mkdtemp(join(tmpdir(), 'dateline-tests-'));
  // os.tmpdir() reads TMPDIR; the test workers and the builds they start inherit it.
  process.env.TMPDIR = runDir;
  const buildsParent = join(projectRoot, 'node_modules', '.cache');
  await mkdir(buildsParent, { recursive: true });
  const buildsDir = await mkdtemp(join(buildsParent, 'dateline-test-builds-'));
  process.env[TEST_BUILDS_ENV] = buildsDir;
  return async () => {
    await rm(buildsDir, { recursive: true, force: true });
    for (const entry of await readdir(runDir)) {
      await rm(contentCacheDir(join(runDir, entry), projectRoot), { recursive: true, force: true });
    }
    await rm(runDir, { recursive: true, force: true });
  };
}
