/**
 * What the benchmark measures, one job a function: a timed `astro build` with the peak memory
 * of its whole process tree (Astro, its workers and Pagefind's binary), the size of what it
 * wrote, and, in Chromium, what a reader's searches and article pages cost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { glob, readdir, readFile, stat } from 'node:fs/promises';
import { delimiter, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildCommand } from '../lib/build-command.ts';
import { readBuildReport, writeBuildReport, type BuildReport } from '../lib/build-figures.ts';
import { withBuildLock } from '../lib/build-lock.ts';
import { findChromium, launchChromium } from '../lib/chromium.ts';
import { serveSite } from '../lib/static-server.ts';
import type { SearchFigures } from './report.ts';
import { STILL_SEARCHING } from '../../src/search/client/messages.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
const bin = join(projectRoot, 'node_modules', '.bin');

/** `npm run build` for our site, and `astro build` for the plain one, into `outDir`. */
export const buildCommands = {
  /** `nodeFlags` (such as `--cpu-prof`) reach Astro too: scripts/build.ts runs it with its own Node flags. */
  dateline: (outDir: string, figuresFile: string, nodeFlags: readonly string[] = []) =>
    buildCommand(outDir, ['--figures', figuresFile], nodeFlags),
  /** One shard of a build in parts, into its own folder (src/config/build-part.ts). */
  shard: (outDir: string, index: number, count: number, figuresFile: string) =>
    buildCommand(outDir, ['--figures', figuresFile, '--shard', `${index}/${count}`]),
  /** The merge of a build in parts. */
  merge: (outDir: string, shardDirs: readonly string[], figuresFile: string) =>
    buildCommand(outDir, ['--figures', figuresFile, '--merge', ...shardDirs]),
  plainAstro: (outDir: string) => [join(bin, 'astro'), 'build', '--outDir', outDir] as const,
};

/** What one build cost. */
export interface BuildRun {
  ok: boolean;
  ms: number;
  /** Highest sum of resident memory over the build's process tree, sampled every `SAMPLE_MS`. */
  peakRssBytes: number;
  /** The processes at that moment, largest first: which step holds the memory. */
  peakProcesses: { name: string; rss: number }[];
  output: string;
}

const SAMPLE_MS = 100;
const PAGE_SIZE = 4096;

interface ProcessInfo {
  ppid: number;
  rss: number;
  name: string;
}

/** Parent pid, name and resident bytes of every process, from /proc/<pid>/stat. */
async function processTable(): Promise<Map<number, ProcessInfo>> {
  const table = new Map<number, ProcessInfo>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const text = await readFile(`/proc/${pid}/stat`, 'utf8');
        // The command name may hold spaces and parentheses: fields are counted after the last ')'.
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        // Node names its main thread, and so its process, "MainThread".
        const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
        const name = comm === 'MainThread' ? 'node' : comm;
        table.set(Number(pid), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, name });
      } catch {
        // The process ended while we looked.
      }
    }),
  );
  return table;
}

/** Resident bytes of `root` and all its descendants, in total and by process, or 0 where /proc is not available. */
export async function treeRss(root: number): Promise<{ total: number; processes: { name: string; rss: number }[] }> {
  let table;
  try {
    table = await processTable();
  } catch {
    return { total: 0, processes: [] };
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const processes: { name: string; rss: number }[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const info = table.get(pid);
    if (info) {
      total += info.rss;
      processes.push({ name: info.name, rss: info.rss });
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, processes };
}

export interface BuildOptions {
  /** The Astro project to build. */
  cwd: string;
  /** The build command and its arguments, run in `cwd`. */
  command: readonly [string, ...string[]];
  contentDir: string;
  outDir: string;
  /** Where the build's output is written as it runs. */
  logFile: string;
  /**
   * The caller holds the project's build lock already (Hugo's runs do). Otherwise the clock starts
   * only once no other build in this checkout is running: ours would wait for it inside its
   * timed run, and a plain-Astro build would share the cores with it.
   */
  lockHeld?: boolean;
}

/** Runs a build with our installed Astro and Node, timing it and sampling its memory. */
export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    CONTENT_DIR: options.contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const log = createWriteStream(options.logFile);
  if (!options.lockHeld)
    await withBuildLock(
      projectRoot,
      () => undefined,
      async () => undefined,
    );
  // Write out what the last step left in the page cache (the corpus, the last build's pages),
  // so this build is not timed paying for it: our builds come right after those, the baseline's not.
  spawnSync('sync');
  const started = performance.now();
  const [command, ...args] = options.command;
  const child = spawn(command, args, { cwd: options.cwd, env });
  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakRssBytes = 0;
  let peakProcesses: BuildRun['peakProcesses'] = [];
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      if (!child.pid) return;
      const sample = await treeRss(child.pid);
      if (sample.total > peakRssBytes) {
        peakRssBytes = sample.total;
        peakProcesses = sample.processes.sort((a, b) => b.rss - a.rss);
      }
    });
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - started;
  clearInterval(timer);
  await sampling;
  await new Promise((done) => log.end(done));
  return { ok: code === 0, ms, peakRssBytes, peakProcesses, output };
}

/** Total bytes, files, HTML pages and article pages under a built site. */
export interface SiteSize {
  bytes: number;
  /** Every file a host would hold: what its file limits count. */
  files: number;
  pages: number;
  articlePages: number;
  pagefindBytes: number;
  /** Bytes by what the files are (`siteFileKind`): where the size goes. */
  byKind: Record<string, number>;
  /** The largest article pages, as paths under the site: the worst case for page weight. */
  largestArticles: string[];
  /** The largest HTML page of any kind: a listing that grows with the archive shows here first. */
  heaviestPage: { path: string; bytes: number } | undefined;
}

/** What a file of the built site is, by its path: story page, a story's earlier versions, a period page, a listing, the search index, or other. */
export function siteFileKind(path: string): string {
  if (path.startsWith('pagefind/')) return 'search index';
  if (/^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path)) return 'story pages';
  if (/^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\//.test(path)) return 'story versions';
  if (/^(articles|archive)\//.test(path) && path.endsWith('.html')) return 'period pages';
  if (path.endsWith('.html')) return 'listings and other pages';
  return 'feeds, sitemaps, assets';
}

/** Walks `outDir` once and sums what a host would serve. */
export async function siteSize(outDir: string): Promise<SiteSize> {
  const size: SiteSize = {
    bytes: 0,
    files: 0,
    pages: 0,
    articlePages: 0,
    pagefindBytes: 0,
    byKind: {},
    largestArticles: [],
    heaviestPage: undefined,
  };
  const articles: { path: string; bytes: number }[] = [];
  for await (const entry of glob('**/*', { cwd: outDir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(outDir, file);
    const bytes = (await stat(file)).size;
    size.bytes += bytes;
    size.files++;
    const kind = siteFileKind(path.split('\\').join('/'));
    size.byKind[kind] = (size.byKind[kind] ?? 0) + bytes;
    if (path.startsWith('pagefind/')) size.pagefindBytes += bytes;
    if (entry.name.endsWith('.html')) {
      size.pages++;
      if (bytes > (size.heaviestPage?.bytes ?? -1)) size.heaviestPage = { path: path.split('\\').join('/'), bytes };
      // Story pages only: not the listings at /articles/YYYY/… or a story's versions.
      if (/^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path)) {
        size.articlePages++;
        articles.push({ path: path.replace(/index\.html$/, ''), bytes });
      }
    }
  }
  size.largestArticles = articles
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((a) => a.path);
  return size;
}

/** One search as a reader runs it on the search page (see `SearchFigures` for the fields). */
export type SearchRun = SearchFigures & { byKind: Record<string, number> };

/** Transfer counts: as sent by our plain server, and as a host that gzips text would send them. */
interface Counts {
  bytes: number;
  gzipBytes: number;
  requests: number;
  byType: Record<string, number>;
  /** Pagefind's files by kind (script, wasm, meta, filter, index, fragment), gzip bytes. */
  byKind: Record<string, number>;
}

/** What part of Pagefind's bundle a URL is, for the byte breakdown. */
export function pagefindKind(url: string): string {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'page';
  const match = /\/(filter|index|fragment)\/|\.(pf_meta)$|(wasm)\.|\.(js)$/.exec(path);
  const kind = match?.slice(1).find(Boolean);
  return kind === 'pf_meta' ? 'meta' : kind === 'js' ? 'script' : (kind ?? 'other');
}

/** Gzip can only help a body that is not already compressed (Pagefind's chunks and WebAssembly are). */
function gzipSize(body: Buffer): number {
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

/**
 * Counts every response in a browser context, by resource type: Pagefind fetches its index in a
 * Web Worker, which a page-level DevTools session would not see. Bytes are headers plus body.
 */
function watchBytes(context: BrowserContext) {
  interface Transfer {
    /** When the browser sent the request, in ms since the epoch. */
    startTime: number;
    bytes: number;
    gzipBytes: number;
    type: string;
    kind: string;
  }
  let transfers: Promise<Transfer | undefined>[] = [];
  context.on('requestfinished', (request) => {
    transfers.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const body = response
          ? await response.body().catch(() => Buffer.alloc(sizes.responseBodySize))
          : Buffer.alloc(0);
        return {
          startTime: request.timing().startTime,
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          gzipBytes: sizes.responseHeadersSize + gzipSize(body),
          type: request.resourceType(),
          kind: pagefindKind(request.url()),
        };
      })().catch(() => undefined),
    );
  });
  return {
    reset() {
      transfers = [];
    },
    /** Everything since the last reset, or only what was requested up to `until` (ms since the epoch). */
    async get(until = Infinity): Promise<Counts> {
      const counts: Counts = { bytes: 0, gzipBytes: 0, requests: 0, byType: {}, byKind: {} };
      for (const t of await Promise.all(transfers)) {
        if (!t || t.startTime > until) continue;
        counts.bytes += t.bytes;
        counts.gzipBytes += t.gzipBytes;
        counts.requests++;
        counts.byType[t.type] = (counts.byType[t.type] ?? 0) + t.bytes;
        counts.byKind[t.kind] = (counts.byKind[t.kind] ?? 0) + t.gzipBytes;
      }
      return counts;
    },
  };
}

/** Waits for the network to settle after a search, so late index chunks are counted too. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
}

/**
 * Runs `queries` one after another on the search page of the site in `outDir`, in one tab, as
 * a reader would: the first query pays for loading Pagefind, later ones only for new chunks.
 */
export function measureSearch(outDir: string, queries: readonly string[]): Promise<SearchRun[]> {
  return inChromium(outDir, 'search', async (site, browser) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = watchBytes(context);
    await page.goto(site.url('search/'));
    await page.locator('#search-q').waitFor({ state: 'visible' });
    await settle(page);
    const runs: SearchRun[] = [];
    for (const [i, query] of queries.entries()) {
      bytes.reset();
      if (i === 0) {
        // The page starts loading Pagefind when the box gets focus, while the reader types:
        // those bytes count for the first query, the time starts when the query is sent.
        await page.locator('#search-q').focus();
        await settle(page);
      }
      await page.evaluate(() => {
        const list = document.querySelector('[data-search-results]')!;
        list.replaceChildren();
        const w = window as unknown as { benchFirstResult?: Promise<number>; benchStarted?: number };
        w.benchFirstResult = new Promise<number>((done) => {
          const observer = new MutationObserver(() => {
            if (list.querySelector('li')) {
              observer.disconnect();
              (w as { benchFirstStatus?: string }).benchFirstStatus =
                document.querySelector('[data-search-status]')?.textContent ?? '';
              done(performance.now());
            }
          });
          observer.observe(list, { childList: true, subtree: true });
        });
        document
          .querySelector('[data-search] form')!
          .addEventListener('submit', () => (w.benchStarted = performance.now()), { once: true, capture: true });
      });
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      const { ms, shownAt, started, early } = await page.evaluate(async (mark) => {
        const w = window as unknown as {
          benchFirstResult: Promise<number>;
          benchStarted: number;
          benchFirstStatus?: string;
        };
        const ended = await Promise.race([
          w.benchFirstResult,
          new Promise<number>((done) => setTimeout(() => done(-1), 30_000)),
        ]);
        return {
          ms: ended < 0 ? -1 : ended - w.benchStarted,
          shownAt: performance.timeOrigin + ended,
          started: w.benchStarted,
          early: (w.benchFirstStatus ?? '').includes(mark),
        };
      }, STILL_SEARCHING);
      const completeMs = early ? (await wholeIndexAt(page)) - started : undefined;
      runs.push({
        ...(await searchRun(page, bytes, query, ms, shownAt)),
        ...(completeMs !== undefined && { completeMs }),
      });
    }
    await context.close();
    runs.push(await openSearchLink(browser, site.url(`search/?q=${encodeURIComponent(queries[0] ?? '')}`)));
    if (queries[0] && queries[2])
      runs.push(await searchWhileCounting(browser, site.url('search/'), queries[0], queries[2]));
    return runs;
  });
}

/** The page's clock once its status no longer says older years are still being searched: the whole index's results are on screen. */
async function wholeIndexAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(mark) ? false : performance.now(),
    STILL_SEARCHING,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * A search sent while the one before it is still loading its filter indexes (issue 15: it must
 * not be held up): `first` is searched, and once its first filter index is asked for, `next`;
 * the time runs from `next`'s Enter to its first result. Bytes are those of both searches.
 */
async function searchWhileCounting(browser: Browser, url: string, first: string, next: string): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = watchBytes(context);
  await page.goto(url);
  await page.locator('#search-q').focus();
  await settle(page);
  const filterIndexAsked = page
    .waitForRequest((request) => pagefindKind(request.url()) === 'filter', { timeout: 30_000 })
    .catch(() => undefined);
  await page.locator('#search-q').fill(first);
  await page.locator('#search-q').press('Enter');
  await page.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
  await filterIndexAsked;
  await page.locator('#search-q').fill(next);
  const started = await page.evaluate(() => performance.now());
  await page.locator('#search-q').press('Enter');
  const { ms, shownAt } = await page.evaluate(async (query) => {
    const shown = () =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${query}”`) &&
      document.querySelector('[data-search-results] li');
    const ended = await new Promise<number>((done) => {
      const check = () => (shown() ? done(performance.now()) : requestAnimationFrame(check));
      check();
      setTimeout(() => done(-1), 30_000);
    });
    return { ms: ended, shownAt: performance.timeOrigin + ended };
  }, next);
  const run = await searchRun(
    page,
    bytes,
    `${next} (sent while “${first}” loads its filters)`,
    ms < 0 ? -1 : ms - started,
    shownAt,
  );
  await context.close();
  return run;
}

/**
 * A search opened from a link (`/search/?q=...`) in a fresh browser: nothing preloaded, so the
 * time runs from navigation to the first result, page and Pagefind included.
 */
async function openSearchLink(browser: Browser, url: string): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = watchBytes(context);
  await page.goto(url, { waitUntil: 'commit' });
  const { ms, shownAt } = await page.evaluate(
    () =>
      new Promise<{ ms: number; shownAt: number }>((done) => {
        const check = () => {
          if (document.querySelector('[data-search-results] li'))
            done({ ms: performance.now(), shownAt: performance.timeOrigin + performance.now() });
          else setTimeout(check, 5);
        };
        check();
        setTimeout(() => done({ ms: -1, shownAt: 0 }), 30_000);
      }),
  );
  const query = new URL(url).searchParams.get('q') ?? '';
  const run = await searchRun(page, bytes, `${query} (opened from a link)`, ms, shownAt);
  await context.close();
  return run;
}

/**
 * A search's figures once the network has settled: every byte, and those requested before its
 * first result was on screen (`shownAt`, ms since the epoch; `ms` is -1 when none showed).
 */
async function searchRun(
  page: Page,
  bytes: ReturnType<typeof watchBytes>,
  query: string,
  ms: number,
  shownAt: number,
): Promise<SearchRun> {
  await settle(page);
  const counted = await bytes.get();
  const toFirstResults = ms < 0 ? counted : await bytes.get(shownAt);
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return {
    query,
    ms,
    bytes: counted.bytes,
    gzipBytes: counted.gzipBytes,
    gzipBytesToFirstResults: toFirstResults.gzipBytes,
    requests: counted.requests,
    status,
    byKind: counted.byKind,
  };
}

/** What an article page costs a reader, by kind of resource. */
export interface PageWeight {
  url: string;
  htmlCssBytes: number;
  jsBytes: number;
  otherBytes: number;
}

/** Loads article pages in a fresh tab each and sums their bytes by type (images are not in the archive). */
export function measureArticlePages(outDir: string, paths: readonly string[]): Promise<PageWeight[]> {
  return inChromium(outDir, 'page', async (site, browser) => {
    const weights: PageWeight[] = [];
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = watchBytes(context);
      await page.goto(site.url(path));
      await settle(page);
      const { byType } = await bytes.get();
      const htmlCss = (byType.document ?? 0) + (byType.stylesheet ?? 0);
      const js = byType.script ?? 0;
      const all = Object.values(byType).reduce((a, b) => a + b, 0);
      weights.push({ url: path, htmlCssBytes: htmlCss, jsBytes: js, otherBytes: all - htmlCss - js });
      await context.close();
    }
    return weights;
  });
}

/** Serves the site in `outDir` on 127.0.0.1 and runs `use` with Chromium, closing both afterwards. */
async function inChromium<T>(
  outDir: string,
  measuring: string,
  use: (site: Awaited<ReturnType<typeof serveSite>>, browser: Browser) => Promise<T>,
): Promise<T> {
  const chromium = findChromium();
  if (!chromium) throw new Error(`No Chromium for the ${measuring} measurements: install one or set CHROMIUM_PATH`);
  const site = await serveSite(outDir);
  const browser = await launchChromium(chromium);
  try {
    return await use(site, browser);
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * A build in parts, as a CI matrix would run it but one after another on this machine: each
 * shard, then the merge. Its time is their sum, its peak the highest of any one of them.
 */
export async function runBuildInParts(options: {
  cwd: string;
  contentDir: string;
  outDir: string;
  shards: number;
  figuresFile: string;
  logFile: string;
  only?: number | undefined;
}): Promise<BuildRun & { parts: { name: string; ms: number; peakRssBytes: number }[] }> {
  const parts: { name: string; ms: number; peakRssBytes: number }[] = [];
  const shardDirs = Array.from({ length: options.shards }, (_, i) => `${options.outDir}-shard-${i + 1}`);
  let ms = 0;
  let peak: BuildRun | undefined;
  const steps = [
    ...shardDirs.map((dir, i) => ({
      name: `shard ${i + 1}/${options.shards}`,
      figuresFile: `${options.figuresFile}.shard-${i + 1}`,
      command: (file: string) => buildCommands.shard(dir, i + 1, options.shards, file),
      skip: options.only !== undefined && options.only !== i + 1,
    })),
    {
      name: 'merge',
      figuresFile: `${options.figuresFile}.merge`,
      command: (file: string) => buildCommands.merge(options.outDir, shardDirs, file),
      skip: false,
    },
  ];
  const reports: BuildReport[] = [];
  let output = '';
  for (const step of steps) {
    if (step.skip) continue;
    const run = await runBuild({
      cwd: options.cwd,
      command: step.command(step.figuresFile),
      contentDir: options.contentDir,
      outDir: options.outDir,
      logFile: `${options.logFile}.${step.name.replace(/\W+/g, '-')}`,
    });
    output += run.output;
    parts.push({ name: step.name, ms: run.ms, peakRssBytes: run.peakRssBytes });
    ms += run.ms;
    if (!peak || run.peakRssBytes > peak.peakRssBytes) peak = run;
    if (!run.ok) return { ...run, ms, output, parts };
    const report = await readBuildReport(step.figuresFile);
    if (report) reports.push(report);
  }
  // One report for the whole build, as `npm run build` writes when it builds in parts itself.
  const merge = reports.at(-1);
  if (merge) {
    const pagefindMs = reports.reduce((sum, r) => sum + r.searchIndex.ms, 0);
    await writeBuildReport(options.figuresFile, { ...merge, searchIndex: { ...merge.searchIndex, ms: pagefindMs } });
  }
  return { ok: true, ms, output, peakRssBytes: peak!.peakRssBytes, peakProcesses: peak!.peakProcesses, parts };
}
