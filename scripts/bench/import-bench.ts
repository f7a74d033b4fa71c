/**
 * `npm run bench -- --import N`: a generated N-post WordPress export imported into an empty
 * archive by `npm run import`, timed with the peak memory of its process, and the outcome of
 * every item counted from the importer's `--report`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { binDir, projectRoot } from '../lib/build-command.ts';
import { runBuild } from './measure.ts';
import { formatBytes, formatTable } from './report.ts';
import { writeWxrCorpus } from './wxr-corpus.ts';

/** What one bulk import cost. */
export interface ImportFigures {
  posts: number;
  exportBytes: number;
  ms: number;
  peakRssBytes: number;
  /** Items by outcome, as the importer's report gives them. */
  outcomes: Record<string, number>;
}

/** The targets for a 50,000-post export: at least 200 items a second, a peak under 500 MB. */
export const IMPORT_TARGETS = { itemsPerSecond: 200, peakRssBytes: 500 * 1000 ** 2 } as const;

/** Items per second over the whole run, each item of the export counted. */
export function itemsPerSecond(figures: ImportFigures): number {
  const items = Object.values(figures.outcomes).reduce((a, b) => a + b, 0);
  return figures.ms > 0 ? (items * 1000) / figures.ms : 0;
}

/** Counts the `outcome` of each line of an importer report (JSON Lines). */
export function countOutcomes(report: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of report.split('\n')) {
    if (!line.trim()) continue;
    const { outcome } = JSON.parse(line) as { outcome: string };
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

/**
 * The import as `npm run import` runs it: the Node flags of package.json's `import` script (a
 * small young generation keeps a long import's memory down), then the CLI and `args`.
 */
export async function importCommand(args: readonly string[]): Promise<[string, ...string[]]> {
  const { scripts } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [program, ...rest] = scripts.import!.split(/\s+/);
  if (program !== 'node') throw new Error(`package.json's import script should start with node, not ${program}`);
  return [
    join(binDir, 'node'),
    ...rest.map((part) => (part.endsWith('.ts') ? join(projectRoot, part) : part)),
    ...args,
  ];
}

/** Generates the export in `work`, imports it into an empty archive there, and measures the import. */
export async function benchImport(work: string, posts: number, seed: number): Promise<ImportFigures> {
  const contentDir = join(work, 'import-archive');
  await mkdir(join(contentDir, 'sources'), { recursive: true });
  await writeFile(join(contentDir, 'sources', 'wire.yaml'), 'name: Bench Wire\nurl: https://wire.example\n');
  const file = join(work, 'export.xml');
  const exportBytes = await writeWxrCorpus(file, posts, seed);
  const report = join(work, 'import-report.jsonl');
  const command = await importCommand([
    '--out',
    join(contentDir, 'articles'),
    '--source',
    'wire',
    '--report',
    report,
    file,
  ]);
  const run = await runBuild({
    cwd: projectRoot,
    command,
    contentDir,
    outDir: contentDir,
    logFile: join(work, 'import.log'),
  });
  const outcomes = countOutcomes(await readFile(report, 'utf8').catch(() => ''));
  // Exit 1 means some items failed, which the outcomes show; anything else is the importer breaking.
  if (!run.ok && !outcomes.failed) throw new Error(`The import failed:\n${run.output.slice(-4000)}`);
  return { posts, exportBytes, ms: run.ms, peakRssBytes: run.peakRssBytes, outcomes };
}

/** The import figures as a table beside their targets. */
export function renderImportReport(figures: ImportFigures): string {
  const rate = itemsPerSecond(figures);
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  const outcomes = Object.entries(figures.outcomes)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  return formatTable([
    ['metric', 'value', 'target', 'met'],
    ['WordPress export', `${figures.posts} posts, ${formatBytes(figures.exportBytes)}`, '', ''],
    ['items accounted for', outcomes, '', ''],
    ['import time', `${(figures.ms / 1000).toFixed(1)} s`, '', ''],
    [
      'items per second',
      rate.toFixed(0),
      `≥ ${IMPORT_TARGETS.itemsPerSecond}`,
      met(rate >= IMPORT_TARGETS.itemsPerSecond),
    ],
    [
      'peak memory',
      formatBytes(figures.peakRssBytes),
      `< ${formatBytes(IMPORT_TARGETS.peakRssBytes)}`,
      met(figures.peakRssBytes < IMPORT_TARGETS.peakRssBytes),
    ],
  ]);
}
