/**
 * The test run's builder: one Node process that makes every site the suites build, one at a time,
 * with the engine of `npm run build` (scripts/lib/build-run.ts) and Astro's own `build()` in this
 * process instead of a new one each time. After its first build Node has Astro, Vite and Rolldown
 * loaded and compiled, and a small site takes about a third of the CPU of a build in new processes.
 *
 * What would make it differ from `npm run build`, and what is done about it:
 * - Our modules keep state a build at a time (the archive, the citation pool, caches of checked
 *   entries): every module outside node_modules, and Astro's server chunks in the output folder, are
 *   loaded afresh for each build (the resolve hook below), as they are in a new process. Only
 *   packages stay loaded.
 * - The environment (content folder, base path, build part) is the request's for the build's
 *   length, and what the build prints is its output.
 * - A build that fails prints its error as `astro build` does (Astro's own formatting, which its
 *   CLI's throw-and-exit.js applies), so its messages are those a user sees. A build with `astro
 *   build` options other than `--force` is made by `npm run build`'s own processes.
 *
 * Started by tests/global-setup.ts; tests/helpers/build-site.ts sends it requests over a Unix socket.
 */
import { createServer } from 'node:http';
import { registerHooks } from 'node:module';
import { text } from 'node:stream/consumers';
import { build as astroBuild } from 'astro';
// Not exported by Astro: what its CLI prints for an error that ends a build (astro/dist/cli/throw-and-exit.js).
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/index.js';
import { createSafeError } from '../../node_modules/astro/dist/core/errors/index.js';
import { formatErrorMessage } from '../../node_modules/astro/dist/core/messages/runtime.js';
import { parseBuildArgs, runBuild, type AstroRunner } from '../../scripts/lib/build-run.ts';
import { projectRoot } from '../../scripts/lib/build-command.ts';
import { spawnBuild, type BuildRequest, type BuildReply } from './build-site.ts';

/** Which build is running: part of the address of every module loaded afresh for it. */
let generation = 0;

/** A package's module, loaded once for the whole run; not Astro's server chunks, which test builds write under node_modules/.cache. */
const keptLoaded = (url: string) =>
  !url.startsWith('file:') || (url.includes('/node_modules/') && !url.includes('/.prerender/'));

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (generation === 0 || keptLoaded(resolved.url)) return resolved;
    const url = new URL(resolved.url);
    url.searchParams.set('dateline-build', String(generation));
    return { ...resolved, url: url.href };
  },
});

/** Runs `work` in the environment `env` (this process's, changed by it), then puts this process's back. */
async function inEnvironment<T>(env: NodeJS.ProcessEnv, work: () => Promise<T>): Promise<T> {
  const before = { ...process.env };
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
    Object.assign(process.env, before);
  }
}

/** Astro's `build()` here, in the environment `npm run build`'s engine gives it. */
const astroInProcess: AstroRunner = ({ args, outDir, env }) => {
  generation++;
  return inEnvironment(env, async () => {
    try {
      await astroBuild({ root: projectRoot, outDir, force: args.includes('--force') });
      return 0;
    } catch (error) {
      console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
      return 1;
    }
  });
};

/** Runs `work` with everything written to stdout and stderr kept as its output instead. */
async function capturing(work: () => Promise<number>): Promise<{ code: number; output: string }> {
  const chunks: string[] = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const keep = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    // A writer that waits for its write to be flushed is told it was.
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = keep;
  process.stderr.write = keep;
  try {
    const code = await work();
    return { code, output: chunks.join('') };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
  }
}

async function handle({ outDir, args, env }: BuildRequest): Promise<BuildReply> {
  const commandLine = ['--outDir', outDir, ...args];
  const request = parseBuildArgs(commandLine);
  const inProcess = !('usageError' in request) && request.astroArgs.every((arg) => arg === '--force');
  const environment = { ...process.env, ...env };
  if (!inProcess) return spawnBuild(outDir, args, environment);
  const { code, output } = await inEnvironment(environment, () =>
    capturing(() => runBuild(commandLine, astroInProcess)),
  );
  return { ok: code === 0, output };
}

// One build at a time: a build owns the process's environment and output while it runs.
let queue: Promise<unknown> = Promise.resolve();
const server = createServer((req, res) => {
  // In the queue as it is asked for, behind the build asked for before it, though its body may arrive later.
  const reply = Promise.all([text(req), queue]).then(([body]) => handle(JSON.parse(body) as BuildRequest));
  queue = reply.catch(() => {});
  reply.then(
    (result) => res.end(JSON.stringify(result)),
    (error: unknown) => res.end(JSON.stringify({ ok: false, output: String(error) } satisfies BuildReply)),
  );
});
server.requestTimeout = 0;

const socket = process.argv[2]!;
server.listen(socket, () => process.send?.('ready'));
// The run that started it has ended.
process.on('disconnect', () => process.exit(0));
