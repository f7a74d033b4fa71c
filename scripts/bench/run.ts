/**
 * `npm run bench -- --articles N [--json FILE] [--baseline]`: generates a synthetic archive of N
 * articles, builds it cold and warm, measures search and page weight in Chromium, optionally
 * builds a plain Astro site over the same articles for comparison, and reports the figures.
 *
 * Options: --seed S (default 1), --compare FILE (a JSON report at another size, for the
 * scaling ratio), --keep (keep the temp folder with the corpus, sites and build logs),
 * --cpu-prof DIR (write V8 CPU profiles of our cold build to DIR), --no-browser.
 *
 * `--shards N` builds ours in N shards and a merge, one after another (as a CI matrix would run
 * them, in turn): cold is all of them, warm the edited article's shard and the merge, and the
 * peak is the highest of any one part. With it, there is no plain-Astro baseline at 100,000.
 *
 * `--add N` measures the daily run (issue 33): after the cold build, N new stories from the same
 * generator, filed on the last day of the archive's newest year, and the build a newsroom would run
 * then (incremental, as `npm run build` is), with what it wrote into `dist/`; the one-edit rebuild
 * follows it.
 *
 * `--reference N` first builds an N-article archive cold, in the same run, for the scaling ratio
 * (issue 15: 100,000 articles in at most 11× the time of 10,000).
 *
 * `--hugo` also builds a Hugo site over the same archive (scripts/bench/hugo/, Debian's `hugo`) and
 * runs Pagefind over it, cold and again after the same edit, and reports our builds as ratios to
 * it (issue 33); `--few-names` gives the archive a small fixed cast (scripts/bench/corpus.ts).
 *
 * `npm run bench -- --import N`: imports a generated N-post WordPress export into an empty
 * archive and reports items per second and peak memory (scripts/bench/import-bench.ts).
 */
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  addedStories,
  koreanStories,
  newestYear,
  searchQueries,
  writeCorpus,
  writeFiles,
  type CorpusOptions,
} from './corpus.ts';
import {
  buildCommands,
  measureArticlePages,
  measureSearch,
  projectRoot,
  runBuild,
  runBuildInParts,
  siteSize,
  type BuildRun,
} from './measure.ts';
import { shardYears } from '../../src/config/build-part.ts';
import { articlesPerYear } from '../../src/model/content-files.ts';
import { contentCacheDir } from '../../src/caches/build-cache.ts';
import { readBuildReport } from '../lib/build-figures.ts';
import { benchImport, renderImportReport } from './import-bench.ts';
import { renderReport, type AddedFigures, type BenchResult, type BuildFigures, type SiteFigures } from './report.ts';
import { parseBenchArgs } from './args.ts';
import { fileStamps, writtenFiles } from './written-files.ts';
import { hugoSiteSize, hugoVersion, pagefindVersion, runHugoAndPagefind, writeHugoSite } from './hugo-bench.ts';

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function checked(name: string, run: BuildRun): BuildRun {
  if (!run.ok) throw new Error(`The ${name} build failed:\n${run.output.slice(-4000)}`);
  const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
  const top = run.peakProcesses
    .slice(0, 3)
    .map((p) => `${p.name} ${mib(p.rss)}`)
    .join(', ');
  log(`${name}: ${(run.ms / 1000).toFixed(1)} s, peak ${mib(run.peakRssBytes)} (${top})`);
  return run;
}

/** Appends a paragraph to one article, as an editor's fix would: the warm rebuild's trigger. */
async function editArticle(file: string, stamp: string) {
  await appendFile(file, `\nEditor's addition ${stamp}: one more paragraph, to trigger a rebuild.\n`);
}

/** Which of `count` shards holds the article file `edited` (shards own runs of years: src/config/build-part.ts). */
async function shardOf(contentDir: string, edited: string, count: number): Promise<number> {
  const year = edited.split('/').at(-2)!;
  return shardYears(await articlesPerYear(contentDir), count).findIndex((years) => years.includes(year)) + 1;
}

/** A build's figures: its time and memory as measured, and Pagefind's and the merge's shares as the build reported them in `figuresFile`. */
async function buildFigures(run: BuildRun, figuresFile: string): Promise<BuildFigures> {
  const report = await readBuildReport(figuresFile);
  return {
    ms: run.ms,
    peakRssBytes: run.peakRssBytes,
    pagefindMs: report?.searchIndex.ms,
    assembleMs: report?.assembleMs,
    parts: report?.parts,
    peakProcesses: run.peakProcesses.slice(0, 5),
  };
}

/**
 * A cold build of another archive size (`--reference N`), before the main one in the same run,
 * so the scaling ratio compares builds made minutes apart on the same machine. Its corpus, output
 * and cache are deleted afterwards: only the figures are kept.
 */
async function referenceBuild(
  work: string,
  articles: number,
  seed: number,
  names: 'many' | 'few',
  korean: number,
): Promise<NonNullable<BenchResult['reference']>> {
  const dir = join(work, `reference-${articles}`);
  const contentDir = join(dir, 'content');
  const cacheDir = contentCacheDir(contentDir, projectRoot);
  await writeCorpus(contentDir, { articles, seed, names, korean });
  await rm(cacheDir, { recursive: true, force: true });
  try {
    const outDir = join(dir, 'dist');
    const run = checked(
      `reference: Dateline cold, ${articles} articles`,
      await runBuild({
        cwd: projectRoot,
        command: buildCommands.dateline(outDir, join(dir, 'cold.json')),
        contentDir,
        outDir,
        logFile: join(work, `reference-${articles}-cold.log`),
      }),
    );
    return { articles, cold: await buildFigures(run, join(dir, 'cold.json')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** The import benchmark alone: `--import N`. */
async function importMain(posts: number, seed: number, keep: boolean) {
  const work = await mkdtemp(join(tmpdir(), 'dateline-import-bench-'));
  log(`working in ${work}; importing a ${posts}-post WordPress export`);
  try {
    console.log(renderImportReport(await benchImport(work, posts, seed)));
  } finally {
    if (keep) log(`kept ${work} (export, archive, report, log)`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function main() {
  const opts = parseBenchArgs(process.argv.slice(2));
  if (opts.posts !== undefined) return importMain(opts.posts, opts.seed, opts.keep);
  const names = opts.fewNames ? 'few' : 'many';
  const hugo = opts.hugo ? hugoVersion() : undefined;
  const hugoSkipped =
    opts.hugo && !hugo
      ? 'no `hugo` on the PATH (Debian: apt-get install hugo); the Hugo + Pagefind comparison is skipped'
      : undefined;
  if (hugoSkipped) log(hugoSkipped);
  const work = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
  const contentDir = join(work, 'content');
  const cacheDir = contentCacheDir(contentDir, projectRoot);
  log(`working in ${work}`);
  try {
    const reference =
      opts.reference === undefined
        ? undefined
        : await referenceBuild(work, opts.reference, opts.seed, names, opts.korean);
    const started = performance.now();
    const corpusOptions: CorpusOptions = { articles: opts.articles, seed: opts.seed, names, korean: opts.korean };
    const articleFiles = await writeCorpus(contentDir, corpusOptions);
    const corpusMs = performance.now() - started;
    const corpusBytes = (await siteSize(contentDir)).bytes;
    log(`generated ${articleFiles.length} articles in ${(corpusMs / 1000).toFixed(1)} s`);
    const edited = join(contentDir, articleFiles[Math.floor(articleFiles.length / 2)]!);

    // Ours: cold (no cache), then warm after one edit.
    await rm(cacheDir, { recursive: true, force: true });
    const outDir = join(work, 'dist');
    const inParts = (figuresFile: string, logFile: string, only?: number) =>
      runBuildInParts({ cwd: projectRoot, contentDir, outDir, shards: opts.shards!, figuresFile, logFile, only });
    const cold = checked(
      opts.shards ? `Dateline cold, ${opts.shards} shards and a merge` : 'Dateline cold',
      opts.shards
        ? await inParts(join(work, 'dateline-cold.json'), join(work, 'dateline-cold.log'))
        : await runBuild({
            cwd: projectRoot,
            command: buildCommands.dateline(
              outDir,
              join(work, 'dateline-cold.json'),
              opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${resolve(opts.cpuProf)}`] : [],
            ),
            contentDir,
            outDir,
            logFile: join(work, 'dateline-cold.log'),
          }),
    );
    if (!existsSync(cacheDir))
      log(`warning: expected Astro's cache at ${cacheDir}; has astro.config.mjs changed its cacheDir rule?`);
    let added: AddedFigures | undefined;
    if (opts.add) {
      const year = newestYear(articleFiles);
      await writeFiles(contentDir, addedStories(corpusOptions, opts.add, year));
      log(`added ${opts.add} stories to ${year}`);
      const before = await fileStamps(outDir);
      const daily = checked(
        `Dateline daily run, ${opts.add} stories added`,
        await runBuild({
          cwd: projectRoot,
          command: buildCommands.dateline(outDir, join(work, 'dateline-add.json')),
          contentDir,
          outDir,
          logFile: join(work, 'dateline-add.log'),
        }),
      );
      const files = writtenFiles(before, await fileStamps(outDir));
      log(`daily run wrote ${files.written} of ${files.total} files (${files.added} new), removed ${files.removed}`);
      added = { stories: opts.add, year, build: await buildFigures(daily, join(work, 'dateline-add.json')), files };
    }
    await editArticle(edited, 'one');
    const editedShard = opts.shards ? await shardOf(contentDir, edited, opts.shards) : undefined;
    const warm = checked(
      opts.shards ? `Dateline warm, shard ${editedShard} and the merge` : 'Dateline warm',
      opts.shards
        ? await inParts(join(work, 'dateline-warm.json'), join(work, 'dateline-warm.log'), editedShard)
        : await runBuild({
            cwd: projectRoot,
            command: buildCommands.dateline(outDir, join(work, 'dateline-warm.json')),
            contentDir,
            outDir,
            logFile: join(work, 'dateline-warm.log'),
          }),
    );
    const size = await siteSize(outDir);
    const ours: SiteFigures = {
      cold: await buildFigures(cold, join(work, 'dateline-cold.json')),
      warm: await buildFigures(warm, join(work, 'dateline-warm.json')),
      size: {
        bytes: size.bytes,
        files: size.files,
        pages: size.pages,
        articlePages: size.articlePages,
        pagefindBytes: size.pagefindBytes,
        byKind: size.byKind,
        heaviestPage: size.heaviestPage,
      },
    };

    let search: BenchResult['search'] = [];
    let articlePages: BenchResult['articlePages'] = [];
    if (!opts.noBrowser) {
      log('searching in Chromium');
      search = await measureSearch(outDir, searchQueries(corpusOptions));
      articlePages = await measureArticlePages(outDir, size.largestArticles);
    }

    // The plain Astro site over the same articles: copied template, the project's node_modules.
    let baseline: SiteFigures | undefined;
    if (opts.baseline) {
      const site = join(work, 'baseline');
      await cp(join(import.meta.dirname, 'baseline'), site, { recursive: true });
      await symlink(join(projectRoot, 'node_modules'), join(site, 'node_modules'), 'dir');
      // Inside the site, so the build's server chunks resolve packages through its node_modules link.
      const baseOut = join(site, 'dist');
      const build = (name: string) =>
        runBuild({
          cwd: site,
          command: buildCommands.plainAstro(baseOut),
          contentDir,
          outDir: baseOut,
          logFile: join(work, `baseline-${name}.log`),
        });
      const baseCold = checked('plain Astro cold', await build('cold'));
      await editArticle(edited, 'two');
      const baseWarm = checked('plain Astro warm', await build('warm'));
      const { bytes, pages, articlePages: articleCount, pagefindBytes } = await siteSize(baseOut);
      baseline = {
        cold: {
          ms: baseCold.ms,
          peakRssBytes: baseCold.peakRssBytes,
          peakProcesses: baseCold.peakProcesses.slice(0, 5),
        },
        warm: {
          ms: baseWarm.ms,
          peakRssBytes: baseWarm.peakRssBytes,
          peakProcesses: baseWarm.peakProcesses.slice(0, 5),
        },
        size: { bytes, pages, articlePages: articleCount, pagefindBytes },
      };
    }

    // Hugo + Pagefind over the same archive: cold, then a full run again after the same kind of edit.
    let hugoFigures: BenchResult['hugo'];
    if (hugo) {
      const site = join(work, 'hugo');
      await writeHugoSite(site, contentDir);
      const logFile = (name: string) => (step: string) => join(work, `hugo-${name}-${step}.log`);
      const report = (name: string) => (step: string, run: BuildRun) => checked(`${step} ${name}`, run);
      const hugoCold = await runHugoAndPagefind(site, contentDir, logFile('cold'), report('cold'));
      await editArticle(edited, 'three');
      const hugoWarm = await runHugoAndPagefind(site, contentDir, logFile('warm'), report('warm, after one edit'));
      hugoFigures = {
        hugoVersion: hugo,
        pagefindVersion: await pagefindVersion(),
        cold: hugoCold,
        warm: hugoWarm,
        size: await hugoSiteSize(site),
      };
    }

    const result: BenchResult = {
      articles: opts.articles,
      seed: opts.seed,
      ...(opts.fewNames && { names: 'few' as const }),
      ...(opts.korean > 0 && { korean: { percent: opts.korean, stories: koreanStories(opts.articles, opts.korean) } }),
      machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, platform: process.platform },
      date: new Date().toISOString().slice(0, 10),
      corpusMs,
      corpusBytes,
      ours,
      baseline,
      search,
      articlePages,
      reference,
      hugo: hugoFigures,
      hugoSkipped,
      added,
    };
    const previous = opts.compare ? (JSON.parse(await readFile(opts.compare, 'utf8')) as BenchResult) : undefined;
    const report = renderReport(result, previous);
    console.log(report.text);
    if (opts.json) {
      await writeFile(opts.json, `${JSON.stringify(result, null, 2)}\n`);
      const markdownFile = opts.json.replace(/\.json$/i, '') + '.md';
      await writeFile(markdownFile, report.markdown);
      log(`wrote ${opts.json} and ${markdownFile}`);
    }
  } finally {
    if (opts.keep) {
      log(`kept ${work} (corpus, sites, build logs) and the Astro cache ${cacheDir}`);
    } else {
      await rm(work, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
