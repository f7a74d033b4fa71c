/**
 * Every temp folder the suites make (content copies, browser profiles) goes under one folder for
 * this run, and every built site under another inside the project, where Astro keeps a build's
 * server chunks in its output folder; both are removed at the end with the Astro cache folders of
 * the content copies, so test runs leave nothing behind in /tmp or node_modules. The projects that
 * build sites (build, e2e) get the run's builder (tests/helpers/build-server.ts); the cli project's
 * type check gets a copy of Astro's generated types, made before any build rewrites them
 * (tests/helpers/type-check.ts).
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentCacheDir } from '../src/caches/build-cache.ts';
import { BUILD_SERVER_ENV, projectRoot, startBuildServer, TEST_BUILDS_ENV } from './helpers/build-site.ts';
import { snapshotTypes, TYPES_TSCONFIG_ENV } from './helpers/type-check.ts';

/** The projects whose suites build sites. */
const BUILDING_PROJECTS = ['build', 'e2e'];

async function makeRunFolders(): Promise<() => Promise<void>> {
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

// Called once a run, for the root project, which the others extend.
export default async function setup(project: TestProject) {
  const teardowns = [await makeRunFolders()];
  const running = (name: string) => project.vitest.projects.some((p) => p.name === name);
  const building = BUILDING_PROJECTS.some(running);
  // An empty DATELINE_BUILD_SERVER builds every site in processes of its own, as before the builder.
  const socket = join(process.env.TMPDIR!, 'builder.sock');
  const builder = building && process.env[BUILD_SERVER_ENV] === undefined ? startBuildServer(socket) : undefined;
  // While the builder starts: it builds nothing before the run's files ask it to, after this setup.
  if (running('cli')) {
    process.env[TYPES_TSCONFIG_ENV] = await snapshotTypes(await mkdtemp(join(process.env.TMPDIR!, 'types-')));
  }
  if (builder) {
    teardowns.push(await builder);
    process.env[BUILD_SERVER_ENV] = socket;
  }
  return async () => {
    for (const teardown of teardowns.reverse()) await teardown();
  };
}
