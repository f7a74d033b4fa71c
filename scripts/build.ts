/**
 * `npm run build [-- --figures FILE] [-- astro build options]`: `astro build`, then the Pagefind
 * index over the pages it wrote (src/search/build-index.ts). Two processes in turn, so the
 * build's peak memory is the larger of the two, not their sum. One build at a time per project
 * (scripts/lib/build-lock.ts). Options such as `--outDir` go to `astro build`; `--figures FILE`
 * writes what the build measured of itself as JSON (scripts/lib/build-figures.ts).
 *
 * In parts (src/config/build-part.ts): `--shard K/N` builds the article pages and search bundles of
 * the Kth of N runs of search parts into its own folder (default `dist-shards/K-of-N/`); `--merge
 * DIR...` builds everything else into the output folder and puts the shards' parts into it. An
 * archive of more than BUILD_PART_ARTICLES articles is built that way by `npm run build` alone:
 * its shards one after another into `dist-shards/`, then the merge into `dist/`. A shard whose
 * inputs have not changed since it was built (src/caches/shard-inputs.ts) is kept as it is.
 *
 * `--host NAME` (github-pages, cloudflare-pages, cloudflare-pages-free, gitlab-pages, netlify) checks
 * the finished site against that host's published limits (scripts/lib/host-limits.ts) and fails,
 * naming the limit, the figure and what to do, when the host would refuse it.
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
} from '../src/config/build-part.ts';
import { buildSearchIndex, indexSummary, type SearchIndexResult } from '../src/search/build-index.ts';
import { BUNDLE_DIR } from '../src/search/keys.ts';
import { contentCacheDir } from '../src/caches/build-cache.ts';
import { searchListingsFile } from '../src/caches/search-listings.ts';
import { contentDirFrom } from '../src/config/site.ts';
import { writeBuildReport } from './lib/build-figures.ts';
import { withBuildLock } from './lib/build-lock.ts';
import { projectRoot } from './lib/build-command.ts';
import { assembleShards, shardProblem } from './lib/build-parts.ts';
import { readShardMark, readShardMarks, removeShardMark, writeShardMark } from '../src/caches/shard-marks.ts';
import { shardInputDigests } from '../src/caches/shard-inputs.ts';
import { checkHost, describeFit } from './lib/host-check.ts';
import { HOST_NAMES, isHostName, type HostName } from './lib/host-limits.ts';
import { listOutputFiles } from './lib/output-files.ts';
import { articlesPerYear } from '../src/model/content-files.ts';

const args = process.argv.slice(2);
const { values, tokens } = parseArgs({
  args,
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
/** Why the command line cannot be run, before any build starts. */
let usageError: string | undefined;
let host: HostName | undefined;
if (values.host !== undefined) {
  const name = typeof values.host === 'string' ? values.host : '';
  if (!isHostName(name))
    usageError = `--host: ${name === '' ? 'no host given' : `unknown host "${name}"`}; the known hosts are ${HOST_NAMES.join(', ')}`;
  else if (shard !== undefined)
    usageError =
      '--host checks the site you deploy: give it to the merge (npm run build -- --merge DIR... --host NAME), not to a shard';
  else host = name;
}
const astroArgs = args.filter((_, i) => !ours.has(i));
const defaultOut = shard ? join(projectRoot, 'dist-shards', shard.replace('/', '-of-')) : join(projectRoot, 'dist');
const astroCli = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
// What the search index needs to tell a part unchanged without reading its pages (src/search/build-index.ts), with the content folder's cache.
const listingsFile = searchListingsFile(contentCacheDir(contentDirFrom(), projectRoot));
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : defaultOut);

async function astroBuild(part: string | undefined, into: string): Promise<number> {
  // Astro's server chunks belong in the output only while Astro is building; a build that was killed may have left them.
  const serverChunks = join(into, '.prerender');
  await rm(serverChunks, { recursive: true, force: true });
  const env = { ...process.env, ...(part && { [BUILD_PART_ENV]: part }) };
  // Astro runs under this script's Node and Node flags (such as the benchmark's --cpu-prof, which NODE_OPTIONS refuses).
  const astro = spawn(process.execPath, [...process.execArgv, astroCli, 'build', ...astroArgs, '--outDir', into], {
    stdio: 'inherit',
    env,
  });
  const code = await new Promise<number | null>((done, fail) => astro.on('error', fail).on('close', done));
  await rm(serverChunks, { recursive: true, force: true });
  return code ?? 1;
}

// `--force` (Astro's: build every page again) builds every shard again too.
const forced = astroArgs.includes('--force');

/**
 * Builds shard `index` of `count` (its article pages and search parts) into `into`, unless the
 * folder holds that shard built from the same inputs (`inputs`, shard-inputs.ts); throws when Astro fails.
 */
async function buildShard(
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
  if (!forced && last?.inputs === inputs && last.index === index && last.count === count) {
    console.log(`${where} is unchanged since it was built: kept in ${relative(process.cwd(), into)}/`);
    return { pages: parts.reduce((sum, part) => sum + part.articles, 0), ms: 0, written: 0, kept: parts.length };
  }
  await removeShardMark(into);
  const code = await astroBuild(`shard:${index}/${count}`, into);
  if (code !== 0) throw new BuildFailed(code);
  const searchIndex = await buildSearchIndex(into, parts, { listingsFile });
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
async function buildMerge(dirs: readonly string[], into: string): Promise<Merged> {
  const code = await astroBuild('merge', into);
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
  count: number,
  perYear: ReadonlyMap<string, number>,
): Promise<Merged & { parts: { name: string; ms: number }[] }> {
  const plan = shardYears(perYear, count);
  const inputs = await shardInputDigests(projectRoot, contentDirFrom(), plan, astroArgs);
  const shardsRoot = values.outDir === undefined ? join(projectRoot, 'dist-shards') : `${outDir}-shards`;
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
      buildShard(index, count, dir, plan, perYear, inputs[index - 1]!),
    );
    written += part.written;
    ms += part.ms;
    dirs.push(dir);
  }
  const merged = await timed('The merge', () => buildMerge(dirs, outDir));
  return { ...merged, searchIndex: { ...merged.searchIndex, written, ms }, parts };
}

async function build(): Promise<number> {
  if (shard !== undefined && mergeDirs !== undefined)
    throw new Error('--shard and --merge are two steps: build each shard, then merge them');
  const perYear = await articlesPerYear(contentDirFrom());
  let searchIndex: SearchIndexResult;
  let assembleMs: number | undefined;
  let parts: { name: string; ms: number }[] | undefined;
  if (shard !== undefined) {
    const { index, count } = parseShard(shard);
    const plan = shardYears(perYear, count);
    const inputs = await shardInputDigests(projectRoot, contentDirFrom(), plan, astroArgs);
    searchIndex = await buildShard(index, count, outDir, plan, perYear, inputs[index - 1]!);
    console.log('Merge the shards with npm run build -- --merge DIR...');
  } else if (mergeDirs !== undefined) {
    const marks = await readShardMarks(mergeDirs);
    const problem = shardProblem(mergeDirs, marks, shardYears(perYear, marks[0]?.count ?? 1));
    if (problem) throw new Error(`--merge: ${problem}`);
    ({ searchIndex, assembleMs } = await buildMerge(mergeDirs, outDir));
  } else {
    const count = automaticShardCount(perYear, buildPartArticles());
    if (count > 1) ({ searchIndex, assembleMs, parts } = await buildInParts(count, perYear));
    else {
      const code = await astroBuild(undefined, outDir);
      if (code !== 0) return code;
      searchIndex = await buildSearchIndex(outDir, searchParts(perYear, searchPartArticles()), { listingsFile });
      console.log(indexSummary(searchIndex, relative(process.cwd(), join(outDir, BUNDLE_DIR))));
    }
  }
  if (typeof values.figures === 'string')
    await writeBuildReport(values.figures, {
      searchIndex,
      ...(assembleMs !== undefined && { assembleMs }),
      ...(parts && { parts }),
    });
  return host ? checkOutputFor(host) : 0;
}

/** Checks the finished site against the host's limits: 0 when it fits, 1 (with every limit it exceeds) when not. */
async function checkOutputFor(name: HostName): Promise<number> {
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

async function run(): Promise<number> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof BuildFailed) return error.code;
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

const onWait = () => console.log('Another build is running in this project; this one starts when it has finished.');
if (usageError) {
  console.error(usageError);
  process.exitCode = 2;
} else {
  process.exitCode = await withBuildLock(projectRoot, onWait, run);
}
