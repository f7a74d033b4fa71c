/**
 * The benchmark's report: figures, ratios to the plain-Astro baseline, to Hugo + Pagefind and to
 * the issues' targets, as a printed table, a Markdown table and JSON. Pure functions only.
 */
import { describeArticlePageBudget, withinArticlePageBudget } from '../lib/page-budgets.ts';
import type { WrittenFiles } from './written-files.ts';

/** One build, as `measure.ts` timed it. */
export interface BuildFigures {
  ms: number;
  peakRssBytes: number;
  /** Pagefind's share of the build, from our integration's log (not for the baseline). */
  pagefindMs?: number | undefined;
  /** A build in parts: the merge's time putting the shards' pages and bundles into the site. */
  assembleMs?: number | undefined;
  /** A build in parts on its own (`npm run build` of an archive too large for one process): each part's wall time. */
  parts?: { name: string; ms: number }[] | undefined;
  /** The largest processes at the moment of peak memory, largest first. */
  peakProcesses?: { name: string; rss: number }[] | undefined;
}

export interface SizeFigures {
  bytes: number;
  /** Every file in `dist/`; absent from runs before it was counted. */
  files?: number | undefined;
  pages: number;
  articlePages: number;
  pagefindBytes: number;
  /** Bytes by kind of file (scripts/bench/measure.ts `siteFileKind`). */
  byKind?: Record<string, number> | undefined;
  /** The largest HTML page and its size. */
  heaviestPage?: { path: string; bytes: number } | undefined;
}

export interface SiteFigures {
  cold: BuildFigures;
  warm: BuildFigures;
  size: SizeFigures;
}

/** One search as a reader runs it on the search page. */
export interface SearchFigures {
  query: string;
  /** From pressing Enter to the first result on screen. */
  ms: number;
  /** When the newest parts' results showed first: from Enter to the whole index's results. */
  completeMs?: number;
  /** Bytes over the wire for this query (the first also loads Pagefind itself), from our plain server. */
  bytes: number;
  /** The same, had the host gzipped what is not compressed already, as static hosts do. */
  gzipBytes: number;
  /**
   * Of `gzipBytes`, what was requested before the first result was on screen: the search page
   * loads the filter indexes (for the counts beside each filter) only after that.
   */
  gzipBytesToFirstResults?: number;
  requests: number;
  status: string;
  /** Gzip bytes by kind of file: what the first query's bytes are made of. */
  byKind?: Record<string, number>;
}

export interface PageFigures {
  url: string;
  htmlCssBytes: number;
  jsBytes: number;
  otherBytes: number;
}

/** One run of the Hugo site (scripts/bench/hugo/) and of Pagefind over its output, one after the other. */
export interface HugoRun {
  hugo: BuildFigures;
  pagefind: BuildFigures;
}

/** Hugo + Pagefind over the same archive (`--hugo`): a cold run, and a second full run after the same edit, since neither builds incrementally. */
export interface HugoFigures {
  /** `hugo version`'s line. */
  hugoVersion: string;
  pagefindVersion: string;
  cold: HugoRun;
  warm: HugoRun;
  size: { bytes: number; pages: number; pagefindBytes: number; indexedPages: number };
}

/** Everything one benchmark run found: what `--json` writes. */
export interface BenchResult {
  articles: number;
  seed: number;
  /** `few`: the archive's small fixed cast (`--few-names`); absent for the default, which grows with the archive. */
  names?: 'few' | undefined;
  /** Korean stories mixed in (`--korean P`): the percent asked for and how many there were; absent for an all-English archive. */
  korean?: { percent: number; stories: number } | undefined;
  machine: { cpus: number; memoryBytes: number; node: string; platform: string };
  date: string;
  corpusMs: number;
  corpusBytes: number;
  ours: SiteFigures;
  baseline?: SiteFigures | undefined;
  search: SearchFigures[];
  articlePages: PageFigures[];
  /** A cold build of another archive size (`--reference N`) in the same run: the scaling ratio without another run's noise. */
  reference?: { articles: number; cold: BuildFigures } | undefined;
  hugo?: HugoFigures | undefined;
  /** Why `--hugo` was asked for and not run (no `hugo` on the PATH). */
  hugoSkipped?: string | undefined;
  /** The daily run, when asked for with `--add N`; `ours.warm` then follows it. */
  added?: AddedFigures | undefined;
}

/** The daily run (`--add N`): stories added to the newest year after the cold build, and the build that followed. */
export interface AddedFigures {
  stories: number;
  year: number;
  build: BuildFigures;
  /** What that build wrote into `dist/` (scripts/bench/written-files.ts). */
  files: WrittenFiles;
}

/** A row of the report: a figure, how it compares, and whether it meets its target. */
export interface ReportRow {
  metric: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: '' | 'yes' | 'NO';
}

const GIB = 1024 ** 3;

/** `a / b`, or `undefined` when either is missing or `b` is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  return a / b;
}

/** Seconds with one decimal: `12.3 s`. */
export function formatSeconds(ms: number | undefined): string {
  return ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes in the largest binary unit that keeps the figure at or above 1: `1.5 MiB`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** A search's transfer: gzip bytes to its first results, then all of it, and all of it as sent plain. */
export function searchBytes(search: SearchFigures): string {
  const all = `${formatBytes(search.gzipBytes)} gzip (${formatBytes(search.bytes)} plain)`;
  const first = search.gzipBytesToFirstResults;
  return first === undefined || first === search.gzipBytes
    ? all
    : `${formatBytes(first)} gzip to the first results; with filter counts ${all}`;
}

/** A ratio with two decimals and an ×: `1.18×`. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}

const verdict = (ok: boolean | undefined): ReportRow['met'] => (ok === undefined ? '' : ok ? 'yes' : 'NO');
const atMost = (value: number | undefined, limit: number) => (value === undefined ? undefined : value <= limit);

/**
 * The targets that depend on the archive's size: up to 10,000 articles, a build's peak memory
 * of 2.5 GiB, a site of 150 MiB, at most 3 files and 30 KB a story (what keeps a site within the
 * hosts' file and byte limits, issue 33), first results in 300 ms after 200 KB; above, 8 GiB and
 * 500 ms after 400 KB, and no size target.
 */
export function targetsFor(articles: number): {
  peakGib: number;
  distMib?: number;
  perStory?: { files: number; kb: number };
  searchMs: number;
  firstSearchKb: number;
} {
  return articles <= 10_000
    ? { peakGib: 2.5, distMib: 150, perStory: { files: 3, kb: 30 }, searchMs: 300, firstSearchKb: 200 }
    : { peakGib: 8, searchMs: 500, firstSearchKb: 400 };
}

/** Issue 33's targets against Hugo + Pagefind: the cold build at most 1.0× theirs (2.5× on an archive with few names), a warm one 0.15×, the peak 0.5×. */
export function hugoTargets(names: BenchResult['names']): { cold: number; warm: number; peak: number } {
  return { cold: names === 'few' ? 2.5 : 1.0, warm: 0.15, peak: 0.5 };
}

/** Hugo then Pagefind, one after the other: their times add up, and the peak is the higher of the two. */
export function hugoPlusPagefind(run: HugoRun): { ms: number; peakRssBytes: number } {
  return {
    ms: run.hugo.ms + run.pagefind.ms,
    peakRssBytes: Math.max(run.hugo.peakRssBytes, run.pagefind.peakRssBytes),
  };
}

/** Our cold build, warm rebuild and peak memory as ratios to Hugo + Pagefind's, with the site Hugo made. */
export function hugoRows(result: BenchResult): ReportRow[] {
  if (!result.hugo) {
    return result.hugoSkipped
      ? [{ metric: 'Hugo + Pagefind', value: 'not run', baseline: result.hugoSkipped, ratio: '', target: '', met: '' }]
      : [];
  }
  const { ours, hugo } = result;
  const limits = hugoTargets(result.names);
  const cold = hugoPlusPagefind(hugo.cold);
  const warm = hugoPlusPagefind(hugo.warm);
  const run = (r: HugoRun) =>
    `Hugo ${formatSeconds(r.hugo.ms)} + Pagefind ${formatSeconds(r.pagefind.ms)} = ${formatSeconds(r.hugo.ms + r.pagefind.ms)}`;
  const coldRatio = ratio(ours.cold.ms, cold.ms);
  const warmRatio = ratio(ours.warm.ms, warm.ms);
  const ourPeak = Math.max(ours.cold.peakRssBytes, ours.warm.peakRssBytes);
  const theirPeak = Math.max(cold.peakRssBytes, warm.peakRssBytes);
  const peakRatio = ratio(ourPeak, theirPeak);
  const peakOf = (key: keyof HugoRun) => Math.max(hugo.cold[key].peakRssBytes, hugo.warm[key].peakRssBytes);
  return [
    {
      metric: 'cold build against Hugo + Pagefind',
      value: formatSeconds(ours.cold.ms),
      baseline: run(hugo.cold),
      ratio: formatRatio(coldRatio),
      target: `≤ ${limits.cold.toFixed(1)}× Hugo + Pagefind`,
      met: verdict(atMost(coldRatio, limits.cold)),
    },
    {
      metric: 'warm rebuild against Hugo + Pagefind (theirs a full run)',
      value: formatSeconds(ours.warm.ms),
      baseline: run(hugo.warm),
      ratio: formatRatio(warmRatio),
      target: `≤ ${limits.warm}× Hugo + Pagefind`,
      met: verdict(atMost(warmRatio, limits.warm)),
    },
    {
      metric: 'peak memory against Hugo + Pagefind',
      value: formatBytes(ourPeak),
      baseline: `Hugo ${formatBytes(peakOf('hugo'))}, Pagefind ${formatBytes(peakOf('pagefind'))}`,
      ratio: formatRatio(peakRatio),
      target: `≤ ${limits.peak}× the higher`,
      met: verdict(ourPeak > 0 && theirPeak > 0 ? atMost(peakRatio, limits.peak) : undefined),
    },
    {
      metric: 'Hugo site',
      value: `${hugo.size.pages} pages, ${formatBytes(hugo.size.bytes)}; ${hugo.size.indexedPages} pages searchable, pagefind/ ${formatBytes(hugo.size.pagefindBytes)}`,
      baseline: `${hugo.hugoVersion}; Pagefind ${hugo.pagefindVersion}`,
      ratio: '',
      target: '',
      met: '',
    },
  ];
}

/** Issue 33's daily run, judged at 100,000 stories: 100 stories added and built in at most 120 s, one edited story in 60 s. */
export const DAILY_RUN_TARGETS = { articles: 100_000, addMs: 120_000, editMs: 60_000 } as const;

/** How many parts a build in parts was planned in, from its parts' names ("Part 2 of 5"); `undefined` for a single build. */
export function plannedParts(build: BuildFigures): number | undefined {
  const counts = (build.parts ?? []).map((p) => /\bof (\d+)$/i.exec(p.name)?.[1]).filter((n) => n !== undefined);
  return counts.length ? Number(counts[0]) : undefined;
}

/** The daily run's rows: the build after the added stories, what it wrote, and the one-edit rebuild that followed, against the targets at 100,000. */
export function dailyRunRows(result: BenchResult): ReportRow[] {
  const { added } = result;
  if (!added) return [];
  const judged = result.articles >= DAILY_RUN_TARGETS.articles;
  const atArchive = judged ? '' : ` (at ${DAILY_RUN_TARGETS.articles.toLocaleString('en')} stories)`;
  const { files } = added;
  const holders = (added.build.peakProcesses ?? []).slice(0, 2).map((p) => `${p.name} ${formatBytes(p.rss)}`);
  const [before, after] = [plannedParts(result.ours.cold), plannedParts(added.build)];
  // A different number of parts means new shard folders and caches: the day paid for a cold build in parts.
  const replanned =
    before !== undefined && after !== undefined && before !== after
      ? `; planned in ${after} parts where the cold build had ${before}, so every part was built cold`
      : '';
  const rows: (Partial<ReportRow> & Pick<ReportRow, 'metric' | 'value'>)[] = [
    {
      metric: `daily run: ${added.stories} stories added to ${added.year}, built`,
      value: formatSeconds(added.build.ms),
      baseline:
        (added.build.parts?.length
          ? added.build.parts.map((p) => `${p.name.toLowerCase()} ${formatSeconds(p.ms)}`).join(', ')
          : `Pagefind ${formatSeconds(added.build.pagefindMs)}`) + replanned,
      ratio: formatRatio(ratio(added.build.ms, result.ours.cold.ms)) + ' of cold',
      target: `≤ ${DAILY_RUN_TARGETS.addMs / 1000} s${atArchive}`,
      met: judged ? verdict(atMost(added.build.ms, DAILY_RUN_TARGETS.addMs)) : '',
    },
    {
      metric: 'daily run: files written',
      value: `${files.written} of ${files.total} (${files.added} new), ${formatBytes(files.bytes)}; ${files.removed} removed`,
      baseline: 'new or changed in size or time, as rsync compares them',
    },
    {
      metric: 'daily run: peak memory, all processes',
      value: `${formatBytes(added.build.peakRssBytes)}${holders.length ? ` (${holders.join(', ')})` : ''}`,
    },
    {
      metric: 'daily run: one story edited after it',
      value: formatSeconds(result.ours.warm.ms),
      target: `≤ ${DAILY_RUN_TARGETS.editMs / 1000} s${atArchive}`,
      met: judged ? verdict(atMost(result.ours.warm.ms, DAILY_RUN_TARGETS.editMs)) : '',
    },
  ];
  return rows.map((r) => ({ baseline: '', ratio: '', target: '', met: '', ...r }));
}

/** The rows of the report; `previous` is a run at another size, for the scaling ratio. */
export function reportRows(result: BenchResult, previous?: BenchResult): ReportRow[] {
  const { ours, baseline } = result;
  const pagefind = ours.cold.pagefindMs;
  const rows: ReportRow[] = [];
  const limits = targetsFor(result.articles);
  const row = (r: Partial<ReportRow> & Pick<ReportRow, 'metric' | 'value'>) =>
    rows.push({ baseline: '', ratio: '', target: '', met: '', ...r });

  const coldRatio = ratio(ours.cold.ms, baseline && pagefind !== undefined ? baseline.cold.ms + pagefind : undefined);
  row({
    metric: 'cold build, with search index',
    value: formatSeconds(ours.cold.ms),
    baseline: baseline ? `${formatSeconds(baseline.cold.ms)} + Pagefind ${formatSeconds(pagefind)}` : '',
    ratio: formatRatio(coldRatio),
    target: '≤ 1.0× baseline + Pagefind',
    met: verdict(atMost(coldRatio, 1.0)),
  });
  const withoutSearch = pagefind === undefined ? undefined : ours.cold.ms - pagefind;
  const featuresRatio = ratio(withoutSearch, baseline?.cold.ms);
  row({
    metric: 'cold build, without Pagefind',
    value: formatSeconds(withoutSearch),
    baseline: baseline ? formatSeconds(baseline.cold.ms) : '',
    ratio: formatRatio(featuresRatio),
    target: '≤ 1.0×',
    met: verdict(atMost(featuresRatio, 1.0)),
  });
  row({ metric: 'Pagefind indexing', value: formatSeconds(pagefind) });
  if (ours.cold.parts?.length)
    row({
      metric: 'cold build, part by part',
      value: ours.cold.parts.map((p) => `${p.name.toLowerCase()} ${formatSeconds(p.ms)}`).join(', '),
    });
  if (ours.cold.assembleMs !== undefined) {
    row({
      metric: 'the merge putting the shards in, cold / warm',
      value: `${formatSeconds(ours.cold.assembleMs)} / ${formatSeconds(ours.warm.assembleMs)}`,
    });
  }
  const warmRatio = ratio(ours.warm.ms, ours.cold.ms);
  row({
    metric: 'warm rebuild, one article edited',
    value: formatSeconds(ours.warm.ms),
    baseline: baseline ? formatSeconds(baseline.warm.ms) : '',
    ratio: `${formatRatio(warmRatio)} of cold`,
    target: '≤ 0.15× our cold build',
    met: verdict(atMost(warmRatio, 0.15)),
  });
  const peakBuild = ours.cold.peakRssBytes >= ours.warm.peakRssBytes ? ours.cold : ours.warm;
  const peak = peakBuild.peakRssBytes;
  const holders = (peakBuild.peakProcesses ?? []).slice(0, 2).map((p) => `${p.name} ${formatBytes(p.rss)}`);
  row({
    metric: 'peak memory, all processes',
    value: `${formatBytes(peak)}${holders.length ? ` (${holders.join(', ')})` : ''}`,
    baseline: baseline ? formatBytes(Math.max(baseline.cold.peakRssBytes, baseline.warm.peakRssBytes)) : '',
    ratio: baseline ? formatRatio(ratio(peak, Math.max(baseline.cold.peakRssBytes, baseline.warm.peakRssBytes))) : '',
    target: `≤ ${limits.peakGib} GiB`,
    met: verdict(peak > 0 ? peak <= limits.peakGib * GIB : undefined),
  });
  // The other size: the reference build of this run, else the run given with --compare.
  const other: (Pick<BenchResult, 'articles' | 'baseline'> & { ours: { cold: BuildFigures } }) | undefined =
    result.reference
      ? { articles: result.reference.articles, ours: { cold: result.reference.cold }, baseline: undefined }
      : previous;
  if (other && other.articles !== result.articles) {
    const [small, large] = other.articles < result.articles ? [other, result] : [result, other];
    const scale = ratio(large.ours.cold.ms, small.ours.cold.ms);
    const size = large.articles / small.articles;
    row({
      metric: `cold build ${large.articles} / ${small.articles} articles${result.reference ? ' (both in this run)' : ''}`,
      value: `${formatRatio(scale)} (${formatSeconds(large.ours.cold.ms)} / ${formatSeconds(small.ours.cold.ms)})`,
      baseline:
        large.baseline && small.baseline ? formatRatio(ratio(large.baseline.cold.ms, small.baseline.cold.ms)) : '',
      target: `≤ ${(size * 1.1).toFixed(0)}× (${size}× the articles)`,
      met: verdict(atMost(scale, size * 1.1)),
    });
  }
  rows.push(...dailyRunRows(result));
  rows.push(...hugoRows(result));
  if (result.korean)
    row({
      metric: 'Korean stories',
      value: `${result.korean.stories} of ${result.articles} (${result.korean.percent}%)`,
      baseline: '`language: ko`, Korean text and section names',
    });
  row({ metric: 'pages', value: String(ours.size.pages), baseline: baseline ? String(baseline.size.pages) : '' });
  row({
    metric: 'dist/ size',
    value: formatBytes(ours.size.bytes),
    baseline: baseline ? formatBytes(baseline.size.bytes) : '',
    ratio: baseline ? formatRatio(ratio(ours.size.bytes, baseline.size.bytes)) : '',
    ...(limits.distMib !== undefined && {
      target: `≤ ${limits.distMib} MiB`,
      met: verdict(ours.size.bytes <= limits.distMib * 1024 ** 2),
    }),
  });
  const { files } = ours.size;
  // The site is measured after the last build, which holds the daily run's stories too.
  const stories = result.articles + (result.added?.stories ?? 0);
  if (files !== undefined && stories > 0) {
    const filesPerStory = files / stories;
    const bytesPerStory = ours.size.bytes / stories;
    const { perStory } = limits;
    row({
      metric: 'dist/ per story',
      value: `${filesPerStory.toFixed(2)} files, ${formatBytes(bytesPerStory)} (${files} files)`,
      ...(perStory && {
        target: `≤ ${perStory.files} files, ≤ ${perStory.kb} KB`,
        met: verdict(filesPerStory <= perStory.files && bytesPerStory <= perStory.kb * 1000),
      }),
    });
  }
  row({ metric: 'pagefind/ size', value: formatBytes(ours.size.pagefindBytes) });
  const byKind = ours.size.byKind;
  if (byKind) {
    const largestFirst = Object.entries(byKind).sort((a, b) => b[1] - a[1]);
    row({
      metric: 'dist/ by kind',
      value: largestFirst.map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`).join(', '),
    });
  }
  const heaviest = ours.size.heaviestPage;
  if (heaviest)
    row({
      metric: 'heaviest page',
      value: `${formatBytes(heaviest.bytes)}, /${heaviest.path.replace(/index\.html$/, '')}`,
    });
  result.search.forEach((search, i) => {
    const first = i === 0;
    const link = search.query.endsWith('(opened from a link)');
    row({
      metric: link
        ? `search “${search.query.replace(' (opened from a link)', '')}”, opened from a link`
        : `search “${search.query}”${first ? ' (first: loads Pagefind)' : /[\uac00-\ud7a3]/.test(search.query) ? ' (Korean, with a particle)' : ''}`,
      value: `${search.ms < 0 ? 'no results' : `${Math.round(search.ms)} ms`}${search.completeMs === undefined ? '' : ` (every year's ${Math.round(search.completeMs)} ms)`}, ${searchBytes(search)}`,
      baseline: search.status,
      target: link ? '' : first ? `< ${limits.searchMs} ms, ≤ ${limits.firstSearchKb} KB` : `< ${limits.searchMs} ms`,
      met: link
        ? ''
        : verdict(
            search.ms >= 0 &&
              search.ms < limits.searchMs &&
              (!first || (search.gzipBytesToFirstResults ?? search.gzipBytes) <= limits.firstSearchKb * 1000),
          ),
    });
  });
  const kinds = result.search[0]?.byKind;
  if (kinds) {
    const order = ['script', 'wasm', 'meta', 'filter', 'index', 'fragment', 'other', 'page'];
    const parts = order.filter((k) => kinds[k]).map((k) => `${k} ${formatBytes(kinds[k])}`);
    row({ metric: 'first query bytes by kind (gzip)', value: parts.join(', ') });
  }
  if (result.articlePages.length) {
    const htmlCss = Math.max(...result.articlePages.map((p) => p.htmlCssBytes));
    const js = Math.max(...result.articlePages.map((p) => p.jsBytes));
    row({
      metric: `article page (largest of ${result.articlePages.length})`,
      value: `HTML+CSS ${formatBytes(htmlCss)}, JS ${formatBytes(js)}`,
      target: describeArticlePageBudget(),
      met: verdict(withinArticlePageBudget({ htmlAndCssBytes: htmlCss, jsBytes: js })),
    });
  }
  return rows;
}

const HEADERS = ['metric', 'Dateline', 'plain Astro / Hugo / notes', 'ratio', 'target', 'met'] as const;
const cells = (r: ReportRow) => [r.metric, r.value, r.baseline, r.ratio, r.target, r.met];

/** A plain-text table with aligned columns, for the terminal. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A Markdown table; pipes in cells are escaped. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (row: readonly string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

/** The report as text for the terminal and as Markdown. */
export function renderReport(result: BenchResult, previous?: BenchResult): { text: string; markdown: string } {
  const rows = [[...HEADERS], ...reportRows(result, previous).map(cells)];
  const title = `Dateline benchmark: ${result.articles} articles${result.names === 'few' ? ' with few names' : ''}${result.korean ? `, ${result.korean.percent}% Korean` : ''}${result.added ? `, then ${result.added.stories} added` : ''}, ${result.machine.cpus} CPUs, Node ${result.machine.node}, ${result.date}`;
  return {
    text: `${title}\n\n${formatTable(rows)}`,
    markdown: `### ${title}\n\n${markdownTable(rows)}\n`,
  };
}
