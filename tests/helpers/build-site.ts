/**
 * Builds a real site with Astro for integration tests: a given content folder, base path and
 * output folder, through `npm run build`'s engine (`astro build`, then Pagefind), by the run's
 * builder (build-server.ts) or in processes of its own.
 */
import { execFile, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { text } from 'node:stream/consumers';
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
  /**
   * `npm run build` in processes of its own, as a user runs it, even when the run has a builder:
   * for what only separate processes show, such as two builds meeting at the project's lock.
   */
  ownProcesses?: boolean;
}

export interface BuildResult {
  outDir: string;
  ok: boolean;
  output: string;
  /** Reads a built file, e.g. `articles/2016/01/20/slug/index.html`. */
  read(file: string): Promise<string>;
}

/** A build the run's builder (build-server.ts) is asked for: `npm run build`'s arguments, and the environment it differs in. */
export interface BuildRequest {
  outDir: string;
  args: readonly string[];
  env: Record<string, string>;
}

export type BuildReply = Pick<BuildResult, 'ok' | 'output'>;

/** Where the run's builder listens (a Unix socket), when tests/global-setup.ts started one. */
export const BUILD_SERVER_ENV = 'DATELINE_BUILD_SERVER';

/** `npm run build` into `outDir` in processes of its own, as a user runs it: with `args`, in the environment `env`. */
export function spawnBuild(outDir: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<BuildReply> {
  const [command, ...rest] = buildCommand(outDir, args);
  return runCommand(command!, rest, env);
}

/** Runs `command` in the project folder: whether it succeeded, and what it printed (with the failure, if it failed). */
export async function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<BuildReply> {
  try {
    const result = await run(command, args, { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, output: `${result.stdout}\n${result.stderr}` };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}` };
  }
}

/** Asks the run's builder at `socketPath` for a build. */
function requestBuild(socketPath: string, request: BuildRequest): Promise<BuildReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ socketPath, path: '/', method: 'POST' }, (res) => {
      text(res).then((body) => resolve(JSON.parse(body) as BuildReply), reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(request));
  });
}

/**
 * Builds a site with `npm run build`'s engine: by the run's builder when there is one (the build
 * and e2e projects), else in processes of its own. Never throws on a failed build, so tests can
 * assert on its message.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? (await mkdtemp(join(buildsDir(), 'dateline-build-')));
  const args = options.args ?? [];
  const env = {
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.site ?? 'http://localhost:4321',
    ...options.env,
  };
  const server = options.ownProcesses ? undefined : process.env[BUILD_SERVER_ENV];
  const { ok, output } = server
    ? await requestBuild(server, { outDir, args, env })
    : await spawnBuild(outDir, args, { ...buildEnvironment(), ...env });
  return { outDir, ok, output, read: (file) => readFile(join(outDir, file), 'utf8') };
}

/** The environment of a build (or an `astro` command) this process starts: its own, without what Vitest adds, under our pinned Node. */
export function buildEnvironment(): NodeJS.ProcessEnv {
  // Vitest exports Vite's env (BASE_URL, MODE, ...) into process.env; a child build must not inherit it.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|NODE_ENV)$/.test(key)),
  );
  return {
    ...inherited,
    // Astro 7 needs Node 22+: run it under the Node pinned in devDependencies.
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
}

/** Starts the run's builder (build-server.ts) listening at `socketPath`; resolves when it listens, with a function that stops it. */
export async function startBuildServer(socketPath: string): Promise<() => Promise<void>> {
  // A larger young generation: a build allocates much that lives briefly, and collects it less often so (about 5% less time a build here).
  const flags = ['--max-semi-space-size=64'];
  const server = spawn(join(bin, 'node'), [...flags, join(import.meta.dirname, 'build-server.ts'), socketPath], {
    cwd: projectRoot,
    env: buildEnvironment(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) =>
      reject(new Error(`The tests' builder (tests/helpers/build-server.ts) exited with ${code}`)),
    );
  });
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  };
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
