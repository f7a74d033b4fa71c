/**
 * The engine of `npm run build` (scripts/build.ts): `astro build`, then the Pagefind index over the
 * pages it wrote (src/search/build-index.ts). One build at a time per project (build-lock.ts).
 * Options such as `--outDir` go to `astro build`; `--figures FILE` writes what the build measured
 * of itself as JSON (build-figures.ts).
 *
 * In parts (src/config/build-part.ts): `--shard K/N` builds the article pages and search bundles of
 * the Kth of N runs of search parts into its own folder (default `dist-shards/K-of-N/`); `--merge
 * DIR...` builds everything else into the output folder and puts the shards' parts into it. An
 * archive of more than BUILD_PART_ARTICLES articles is built that way by `npm run build` alone:
 * its shards one after another into `dist-shards/`, then the merge into `dist/`. A shard whose
 * inputs have not changed since it was built (src/caches/shard-inputs.ts) is kept as it is.
 *
 * `--host NAME` (github-pages, cloudflare-pages, cloudflare-pages-free, gitlab-pages, netlify) checks
 * the finished site against that host's published limits (host-limits.ts) and fails, naming the
 * limit, the figure and what to do, when the host would refuse it.
 *
 * Astro is run by an `AstroRunner`: `npm run build` gives it a process of its own (`astroProcess`),
 * so the build's peak memory is the larger of Astro's and Pagefind's, not their sum; the tests'
 * builder (tests/helpers/build-server.ts) runs it in its own warm process.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  automaticShardCount,
  BUILD_PART_ARTICLES_ENV,
  BUILD_PART_ENV,
  buildPartArticles,
  parseShard,
  searchPartArticles,
  searchParts,
  shardYears,
} from '../../src/config/build-part.ts';
import { buildSearchIndex, indexSummary, type SearchIndexResult } from '../../src/search/build-index.ts';
import { BUNDLE_DIR } from '../../src/search/keys.ts';
import { contentCacheDir } from '../../src/caches/build-cache.ts';
import { searchListingsFile } from '../../src/caches/search-listings.ts';
import { contentDirFrom } from '../../src/config/site.ts';
import { writeBuildReport } from './build-figures.ts';
import { withBuildLock } from './build-lock.ts';
import { projectRoot } from './build-command.ts';
import { assembleShards, shardProblem } from './build-parts.ts';
import { readShardMark, readShardMarks, removeShardMark, writeShardMark } from '../../src/caches/shard-marks.ts';
import { shardInputDigests } from '../../src/caches/shard-inputs.ts';
import { checkHost, describeFit } from './host-check.ts';
import { HOST_NAMES, isHostName, type HostName } from './host-limits.ts';
import { listOutputFiles } from './output-files.ts';
import { articlesPerYear } from '../../src/model/content-files.ts';

/** How Astro builds one run (the whole site, a shard or a merge) into `outDir`: its exit code. */
export type AstroRunner = (run: { args: readonly string[]; outDir: string; env: NodeJS.ProcessEnv }) => Promise<number>;

const astroCli = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** `astro build` in a process of its own, under this process's Node and Node flags (such as the benchmark's --cpu-prof, which NODE_OPTIONS refuses). */
export const astroProcess: AstroRunner = async ({ args, outDir, env }) => {
  const astro = spawn(process.execPath, [...process.execArgv, astroCli, 'build', ...args, '--outDir', outDir], {
    stdio: 'inherit',
    env,
  });
  const code = await new Promise<number | null>((done, fail) => astro.on('error', fail).on('close', done));
  return code ?? 1;
};

/** A command line, read: our options, and what goes to `astro build`. */
interface BuildRequest {
  /** The output folder as given, if it was. */
  givenOutDir: string | undefined;
  outDir: string;
  shard: string | undefined;
  mergeDirs: string[] | undefined;
  host: HostName | undefined;
  figures: string | undefined;
  astroArgs: string[];
  /** `--force` (Astro's: build every page again) builds every shard again too. */
  forced: boolean;
}

/** Reads the command line: the request, or why it cannot be run (before any build starts). */
export function parseBuildArgs(args: readonly string[]): BuildRequest | { usageError: string } {
  const { values, tokens } = parseArgs({
    args: [...args],
    options: {
      outDir: { type: 'string' },
      figures: { type: 'string' },
      shard: { type: 'string' },
      merge: { type: 'string' },
      host: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // Ours: --outDir, --figures, --shard, --merge and --host with their values, and the folders after --merge. Everything else goes to astro build, as given.
  const ours = new Set<number>();
  let mergeDirs: string[] | undefined;
  for (const t of tokens) {
    if (
      t.kind === 'option' &&
      (t.name === 'outDir' || t.name === 'figures' || t.name === 'shard' || t.name === 'merge' || t.name === 'host')
    ) {
      ours.add(t.index);
      if (t.inlineValue === false) ours.add(t.index + 1);
      if (t.name === 'merge') mergeDirs = [String(t.value)];
    } else if (t.kind === 'positional' && mergeDirs && !ours.has(t.index)) {
      ours.add(t.index);
      mergeDirs.push(t.value);
    }
  }
  const shard = typeof values.shard === 'string' ? values.shard : undefined;
  let host: HostName | undefined;
  if (values.host !== undefined) {
    const name = typeof values.host === 'string' ? values.host : '';
    if (!isHostName(name))
      return {
        usageError: `--host: ${name === '' ? 'no host given' : `unknown host "${name}"`}; the known hosts are ${HOST_NAMES.join(', ')}`,
      };
    if (shard !== undefined)
      return {
        usageError:
          '--host checks the site you deploy: give it to the merge (npm run build -- --merge DIR... --host NAME), not to a shard',
      };
    host = name;
  }
  const astroArgs = args.filter((_, i) => !ours.has(i));
  const givenOutDir = typeof values.outDir === 'string' ? values.outDir : undefined;
  const defaultOut = shard ? join(projectRoot, 'dist-shards', shard.replace('/', '-of-')) : join(projectRoot, 'dist');
  return {
    givenOutDir,
    outDir: resolve(givenOutDir ?? defaultOut),
    shard,
    mergeDirs,
    host,
    figures: typeof values.figures === 'string' ? values.figures : undefined,
    astroArgs,
    forced: astroArgs.includes('--force'),
  };
}

/** One build: what was asked, how Astro is run, and the search listings of the content folder's cache. */
interface BuildRun extends BuildRequest {
  runAstro: AstroRunner;
  // What the search index needs to tell a part unchanged without reading its pages (src/search/build-index.ts), with the content folder's cache.
  listingsFile: string;
}

async function astroBuild(run: BuildRun, part: string | undefined, into: string): Promise<number> {
  // Astro's server chunks belong in the output only while Astro is building; a build that was killed may have left them.
  const serverChunks = join(into, '.prerender');
  await rm(serverChunks, { recursive: true, force: true });
  const env = { ...process.env, ...(part && { [BUILD_PART_ENV]: part }) };
  const code = await run.runAstro({ args: run.astroArgs, outDir: into, env });
  await rm(serverChunks, { recursive: true, force: true });
  return code;
}

/**
 * Builds shard `index` of `count` (its article pages and search parts) into `into`, unless the
 * folder holds that shard built from the same inputs (`inputs`, shard-inputs.ts); throws when Astro fails.
 */
async function buildShard(
  run: BuildRun,
  index: number,
  count: number,
  into: string,
  plan: string[][],
  perYear: ReadonlyMap<string, number>,
  inputs: string,
): Promise<SearchIndexResult> {
  const mine = new Set(plan[index - 1]);
  const parts = searchParts(perYear, searchPartArticles()).filter((part) => part.years.every((year) => mine.has(year)));
  const where = `Shard ${index}/${count} (${plan[index - 1]!.join(', ')})`;
  const last = await readShardMark(into);
  if (!run.forced && last?.inputs === inputs && last.index === index && last.count === count) {
    console.log(`${where} is unchanged since it was built: kept in ${relative(process.cwd(), into)}/`);
    return { pages: parts.reduce((sum, part) => sum + part.articles, 0), ms: 0, written: 0, kept: parts.length };
  }
  await removeShardMark(into);
  const code = await astroBuild(run, `shard:${index}/${count}`, into);
  if (code !== 0) throw new BuildFailed(code);
  const searchIndex = await buildSearchIndex(into, parts, { listingsFile: run.listingsFile });
  console.log(indexSummary(searchIndex, relative(process.cwd(), join(into, BUNDLE_DIR))));
  await writeShardMark(into, { version: 1, index, count, plan, inputs });
  console.log(`${where} is in ${relative(process.cwd(), into)}/`);
  return searchIndex;
}

/** What a merge did: the search parts it put in (it indexes nothing itself) and its milliseconds putting the shards in. */
interface Merged {
  searchIndex: SearchIndexResult;
  assembleMs: number;
}

/** Builds everything but the article pages into `into` and puts the shards' pages and search parts in. */
async function buildMerge(run: BuildRun, dirs: readonly string[], into: string): Promise<Merged> {
  const code = await astroBuild(run, 'merge', into);
  if (code !== 0) throw new BuildFailed(code);
  const started = performance.now();
  const { pages, bundles, linked } = await assembleShards(into, dirs);
  const assembleMs = Math.round(performance.now() - started);
  const how = linked ? 'linked' : 'copied (the shards are on another file system)';
  console.log(
    `Merged ${dirs.length} shards into ${relative(process.cwd(), into)}/ in ${assembleMs} ms: ${pages} articles, searched in ${bundles} parts, their files ${how}`,
  );
  return { searchIndex: { pages, ms: 0, written: 0, kept: bundles }, assembleMs };
}

/** Astro's exit code, when it failed. */
class BuildFailed extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`astro build exited with ${code}`);
    this.code = code;
  }
}

/**
 * An archive larger than one process should render (src/config/build-part.ts) is built in shards, one
 * after another, into folders beside the output (`dist-shards/K-of-N/`, kept for the next build's
 * incremental rendering), and merged into it: the build's peak memory is that of its largest part.
 */
async function buildInParts(
  run: BuildRun,
  count: number,
  perYear: ReadonlyMap<string, number>,
): Promise<Merged & { parts: { name: string; ms: number }[] }> {
  const plan = shardYears(perYear, count);
  const inputs = await shardInputDigests(projectRoot, contentDirFrom(), plan, run.astroArgs);
  const shardsRoot = run.givenOutDir === undefined ? join(projectRoot, 'dist-shards') : `${run.outDir}-shards`;
  console.log(
    `${[...perYear.values()].reduce((a, b) => a + b, 0)} article files: building in ${count} parts of at most about ${buildPartArticles()} articles (${BUILD_PART_ARTICLES_ENV}), then merging them`,
  );
  const dirs: string[] = [];
  const parts: { name: string; ms: number }[] = [];
  let written = 0;
  let ms = 0;
  // Each part's wall time, logged and reported: where a build of 100,000 articles spends its half hour.
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    parts.push({ name, ms: Math.round(performance.now() - started) });
    console.log(`${name} took ${(parts.at(-1)!.ms / 1000).toFixed(1)} s`);
    return result;
  };
  for (let index = 1; index <= count; index++) {
    const dir = join(shardsRoot, `${index}-of-${count}`);
    const part = await timed(`Part ${index} of ${count}`, () =>
      buildShard(run, index, count, dir, plan, perYear, inputs[index - 1]!),
    );
    written += part.written;
    ms += part.ms;
    dirs.push(dir);
  }
  const merged = await timed('The merge', () => buildMerge(run, dirs, run.outDir));
  return { ...merged, searchIndex: { ...merged.searchIndex, written, ms }, parts };
}

async function build(run: BuildRun): Promise<number> {
  const { shard, mergeDirs, outDir, host } = run;
  if (shard !== undefined && mergeDirs !== undefined)
    throw new Error('--shard and --merge are two steps: build each shard, then merge them');
  const perYear = await articlesPerYear(contentDirFrom());
  let searchIndex: SearchIndexResult;
  let assembleMs: number | undefined;
  let parts: { name: string; ms: number }[] | undefined;
  if (shard !== undefined) {
    const { index, count } = parseShard(shard);
    const plan = shardYears(perYear, count);
    const inputs = await shardInputDigests(projectRoot, contentDirFrom(), plan, run.astroArgs);
    searchIndex = await buildShard(run, index, count, outDir, plan, perYear, inputs[index - 1]!);
    console.log('Merge the shards with npm run build -- --merge DIR...');
  } else if (mergeDirs !== undefined) {
    const marks = await readShardMarks(mergeDirs);
    const problem = shardProblem(mergeDirs, marks, shardYears(perYear, marks[0]?.count ?? 1));
    if (problem) throw new Error(`--merge: ${problem}`);
    ({ searchIndex, assembleMs } = await buildMerge(run, mergeDirs, outDir));
  } else {
    const count = automaticShardCount(perYear, buildPartArticles());
    if (count > 1) ({ searchIndex, assembleMs, parts } = await buildInParts(run, count, perYear));
    else {
      const code = await astroBuild(run, undefined, outDir);
      if (code !== 0) return code;
      searchIndex = await buildSearchIndex(outDir, searchParts(perYear, searchPartArticles()), {
        listingsFile: run.listingsFile,
      });
      console.log(indexSummary(searchIndex, relative(process.cwd(), join(outDir, BUNDLE_DIR))));
    }
  }
  if (run.figures !== undefined)
    await writeBuildReport(run.figures, {
      searchIndex,
      ...(assembleMs !== undefined && { assembleMs }),
      ...(parts && { parts }),
    });
  return host ? checkOutputFor(outDir, host) : 0;
}

/** Checks the finished site against the host's limits: 0 when it fits, 1 (with every limit it exceeds) when not. */
async function checkOutputFor(outDir: string, name: HostName): Promise<number> {
  const where = `${relative(process.cwd(), outDir) || '.'}/`;
  const files = await listOutputFiles(outDir);
  const problems = checkHost(name, files, where);
  if (problems.length === 0) {
    console.log(describeFit(name, files, where));
    return 0;
  }
  for (const problem of problems) console.error(problem.message);
  return 1;
}

const onWait = () => console.log('Another build is running in this project; this one starts when it has finished.');

/**
 * Runs a build from its command line (`args`, as `npm run build` gets them), Astro run by
 * `runAstro`, in the content folder and settings of the environment: its exit code, with its
 * problems printed. Takes the project's build lock.
 */
export async function runBuild(args: readonly string[], runAstro: AstroRunner): Promise<number> {
  const request = parseBuildArgs(args);
  if ('usageError' in request) {
    console.error(request.usageError);
    return 2;
  }
  const run: BuildRun = {
    ...request,
    runAstro,
    listingsFile: searchListingsFile(contentCacheDir(contentDirFrom(), projectRoot)),
  };
  return withBuildLock(projectRoot, onWait, async () => {
    try {
      return await build(run);
    } catch (error) {
      if (error instanceof BuildFailed) return error.code;
      console.error(error instanceof Error ? error.message : error);
      return 1;
    }
  });
}
