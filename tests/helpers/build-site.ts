/**
 * Builds a real site with Astro for integration tests: a given content folder, base path and
 * output folder, through the same script that `npm run build` runs: `astro build`, then Pagefind.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import lockfile from 'proper-lockfile';
import { binDir as bin, buildCommand, projectRoot } from '../../scripts/lib/build-command.ts';

const run = promisify(execFile);
export { projectRoot };

/** Where this test run's built sites go (tests/global-setup.ts): inside the project, where Astro keeps each build's server chunks in its output. */
export const TEST_BUILDS_ENV = 'DATELINE_TEST_BUILDS';
const buildsDir = () => process.env[TEST_BUILDS_ENV] ?? tmpdir();

export interface BuildOptions {
  contentDir: string;
  basePath?: string;
  site?: string;
  outDir?: string;
  /** More options for `astro build`, such as `--force` (ignore the incremental-build cache). */
  args?: readonly string[];
  /** More environment, such as `SEARCH_PART_ARTICLES`. */
  env?: Readonly<Record<string, string>>;
}

export interface BuildResult {
  outDir: string;
  ok: boolean;
  output: string;
  /** Reads a built file, e.g. `articles/2016/01/20/slug/index.html`. */
  read(file: string): Promise<string>;
}

/** Runs `npm run build`'s script; never throws on a failed build, so tests can assert on its message. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? (await mkdtemp(join(buildsDir(), 'dateline-build-')));
  // Vitest exports Vite's env (BASE_URL, MODE, ...) into process.env; a child build must not inherit it.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NODE_ENV)$/.test(key)),
  );
  const env = {
    ...inherited,
    // Astro 7 needs Node 22+: run it under the Node pinned in devDependencies.
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.site ?? 'http://localhost:4321',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...options.env,
  };
  let ok = true;
  let output: string;
  try {
    const [command, ...args] = buildCommand(outDir, options.args);
    const result = await run(command, args, {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    output = `${result.stdout}\n${result.stderr}`;
  } catch (error) {
    ok = false;
    const e = error as { stdout?: string; stderr?: string; message: string };
    output = `${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`;
  }
  return { outDir, ok, output, read: (file) => readFile(join(outDir, file), 'utf8') };
}

/**
 * A build of a folder no test changes (the sample archive), made once per test run and shared by
 * the suites that only read it: the first to ask builds it, the others get its output. It is kept
 * under the run's folder of builds, which tests/global-setup.ts removes at the end.
 */
export async function sharedBuild(options: Omit<BuildOptions, 'outDir'>): Promise<BuildResult> {
  const key = createHash('sha256')
    .update(JSON.stringify(Object.entries(options).sort()))
    .digest('hex')
    .slice(0, 16);
  const outDir = join(buildsDir(), 'dateline-shared-builds', key);
  const record = `${outDir}.json`;
  const read = (file: string) => readFile(join(outDir, file), 'utf8');
  await mkdir(outDir, { recursive: true });
  // Two suites may ask at once (files run side by side): the second waits for the first's build and reads its record.
  const release = await lockfile.lock(outDir, {
    lockfilePath: `${outDir}.lock`,
    retries: { forever: true, minTimeout: 200, maxTimeout: 1000 },
  });
  try {
    const { ok, output } = JSON.parse(await readFile(record, 'utf8')) as Pick<BuildResult, 'ok' | 'output'>;
    return { outDir, ok, output, read };
  } catch {
    const built = await buildSite({ ...options, outDir });
    await writeFile(record, JSON.stringify({ ok: built.ok, output: built.output }));
    return built;
  } finally {
    await release();
  }
}

/** The address the sample archive's shared builds are made for. */
export const SAMPLE_SITE_URL = 'https://archive.example';

/** The sample archive (content/), built once per test run at the site root or under `basePath`, for every suite that reads it. */
export function sampleBuild(basePath = '/'): Promise<BuildResult> {
  return sharedBuild({ contentDir: resolve(projectRoot, 'content'), site: SAMPLE_SITE_URL, basePath });
}
