/**
 * `npm run build [-- --figures FILE] [-- astro build options]`: `astro build`, then the Pagefind
 * index over the pages it wrote (src/search/build-index.ts). Two processes in turn, so the
 * build's peak memory is the larger of the two, not their sum. One build at a time per project
 * (scripts/lib/build-lock.ts). Options such as `--outDir` go to `astro build`; `--figures FILE`
 * writes what the build measured of itself as JSON (scripts/lib/build-figures.ts).
 *
 * In parts (src/build-part.ts): `--shard K/N` builds the article pages and search bundles of
 * the Kth of N runs of search parts into its own folder (default `dist-shards/K-of-N/`); `--merge
 * DIR...` builds everything else into the output folder and puts the shards' parts into it.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_PART_ENV, parseShard, searchPartArticles, searchParts, shardYears } from '../src/build-part.ts';
import { buildSearchIndex, indexSummary, type SearchIndexResult } from '../src/search/build-index.ts';
import { BUNDLE_DIR } from '../src/search/keys.ts';
import { contentDirFrom } from '../src/site.ts';
import { writeBuildReport } from './lib/build-figures.ts';
import { withBuildLock } from './lib/build-lock.ts';
import { binDir, projectRoot } from './lib/build-command.ts';
import { assembleShards, readShardMarks, shardProblem, writeShardMark } from './lib/build-parts.ts';
import { articlesPerYear } from '../src/model/content-files.ts';

const args = process.argv.slice(2);
const { values, tokens } = parseArgs({
  args,
  options: { outDir: { type: 'string' }, figures: { type: 'string' }, shard: { type: 'string' }, merge: { type: 'string' } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
// Ours: --figures, --shard and --merge with their values, and the folders after --merge. Everything else goes to astro build, as given.
const ours = new Set<number>();
let mergeDirs: string[] | undefined;
for (const t of tokens) {
  if (t.kind === 'option' && (t.name === 'figures' || t.name === 'shard' || t.name === 'merge')) {
    ours.add(t.index);
    if (t.inlineValue === false) ours.add(t.index + 1);
    if (t.name === 'merge') mergeDirs = [String(t.value)];
  } else if (t.kind === 'positional' && mergeDirs && !ours.has(t.index)) {
    ours.add(t.index);
    mergeDirs.push(t.value);
  }
}
const shard = typeof values.shard === 'string' ? values.shard : undefined;
const astroArgs = args.filter((_, i) => !ours.has(i));
const defaultOut = shard ? join(projectRoot, 'dist-shards', shard.replace('/', '-of-')) : join(projectRoot, 'dist');
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : defaultOut);
if (values.outDir === undefined) astroArgs.push('--outDir', outDir);

/** Astro's server chunks, which belong in the output only while Astro is building. */
const serverChunks = join(outDir, '.prerender');

async function astroBuild(part: string | undefined): Promise<number> {
  // A build that was killed may have left them; Astro writes them afresh.
  await rm(serverChunks, { recursive: true, force: true });
  const env = { ...process.env, ...(part && { [BUILD_PART_ENV]: part }) };
  const astro = spawn(join(binDir, 'astro'), ['build', ...astroArgs], { stdio: 'inherit', env });
  const code = await new Promise<number | null>((done, fail) => astro.on('error', fail).on('close', done));
  await rm(serverChunks, { recursive: true, force: true });
  return code ?? 1;
}

async function build(): Promise<number> {
  if (shard !== undefined && mergeDirs !== undefined) throw new Error('--shard and --merge are two steps: build each shard, then merge them');
  let plan: string[][] | undefined;
  const perYear = await articlesPerYear(contentDirFrom());
  if (shard !== undefined || mergeDirs !== undefined) {
    const marks = mergeDirs && (await readShardMarks(mergeDirs));
    plan = shardYears(perYear, shard !== undefined ? parseShard(shard).count : (marks?.[0]?.count ?? 1));
    const problem = mergeDirs && shardProblem(mergeDirs, marks!, plan);
    if (problem) throw new Error(`--merge: ${problem}`);
  }
  const code = await astroBuild(shard !== undefined ? `shard:${shard}` : mergeDirs ? 'merge' : undefined);
  if (code !== 0) return code;
  let searchIndex: SearchIndexResult;
  if (mergeDirs) {
    const started = performance.now();
    const { pages, bundles } = await assembleShards(outDir, mergeDirs);
    searchIndex = { pages, ms: Math.round(performance.now() - started), written: 0, kept: bundles };
    console.log(`Merged ${mergeDirs.length} shards into ${relative(process.cwd(), outDir)}/: ${pages} articles, searched in ${bundles} parts`);
  } else {
    // The archive's search parts; a shard indexes those of its own years.
    const mine = shard !== undefined ? new Set(plan![parseShard(shard).index - 1]) : undefined;
    const parts = searchParts(perYear, searchPartArticles()).filter((part) => !mine || part.years.every((year) => mine.has(year)));
    searchIndex = await buildSearchIndex(outDir, parts);
    console.log(indexSummary(searchIndex, relative(process.cwd(), join(outDir, BUNDLE_DIR))));
  }
  if (shard !== undefined) {
    const { index, count } = parseShard(shard);
    await writeShardMark(outDir, { version: 1, index, count, plan: plan! });
    console.log(`Shard ${index}/${count} (${plan![index - 1]!.join(', ')}) is in ${relative(process.cwd(), outDir)}/; merge the shards with npm run build -- --merge DIR...`);
  }
  if (typeof values.figures === 'string') await writeBuildReport(values.figures, { searchIndex });
  return 0;
}

async function run(): Promise<number> {
  try {
    return await build();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

const onWait = () => console.log('Another build is running in this project; this one starts when it has finished.');
process.exitCode = await withBuildLock(projectRoot, onWait, run);
