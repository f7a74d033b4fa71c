/**
 * Lighthouse's result for a page, read into what `npm run lighthouse` prints: the four category
 * scores out of 100, whether each meets issue 32's target, and the audits that cost points. Pure,
 * so the reading is tested on a small fixture without running Chromium.
 */

/** The categories measured, in the order the table shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The lowest score (out of 100) each category must reach. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const HEADINGS: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** The part of Lighthouse's result (its `lhr`) this module reads; a full result fits it. */
export interface LighthouseResult {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  categories: Partial<
    Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>
  >;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

/** One category's score out of 100 (`null` when Lighthouse could not score it) and whether it meets its target. */
export interface CategoryScore {
  score: number | null;
  target: number;
  met: boolean;
}

/** An audit that cost its category points: what to look at to raise a score. */
export interface LostAudit {
  category: Category;
  id: string;
  title: string;
  /** Out of 100. */
  score: number;
  displayValue?: string;
}

/** One page's row of the table. */
export interface PageScores {
  page: string;
  url: string;
  scores: Record<Category, CategoryScore>;
  /** Each run's performance score, in the order run: how far apart the runs were. */
  performanceRuns: (number | null)[];
  lost: LostAudit[];
}

/** The middle value (the lower of the two middle ones for an even count); `null` for none. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * A page's scores from one or more Lighthouse runs of it: each category's median score out of 100
 * (runs vary with the machine's load, performance most), and the lost audits of the median run.
 */
export function pageScores(page: string, runs: readonly LighthouseResult[]): PageScores {
  if (runs.length === 0) throw new Error(`No Lighthouse result for ${page}`);
  const scores = {} as Record<Category, CategoryScore>;
  for (const category of CATEGORIES) {
    const found = runs
      .map((run) => run.categories[category]?.score)
      .filter((score): score is number => typeof score === 'number')
      .map((score) => Math.round(score * 100));
    const score = median(found);
    scores[category] = { score, target: TARGETS[category], met: score !== null && score >= TARGETS[category] };
  }
  // The run whose performance is the median one, so its audits explain the score shown.
  const byPerformance = [...runs].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  const shown = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const performanceRuns = runs.map((run) => {
    const score = run.categories.performance?.score;
    return typeof score === 'number' ? Math.round(score * 100) : null;
  });
  return { page, url: shown.finalDisplayedUrl, scores, performanceRuns, lost: lostAudits(shown) };
}

/** The audits with weight in a category that did not pass, lowest score first. */
export function lostAudits(result: LighthouseResult): LostAudit[] {
  const lost: LostAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of result.categories[category]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      lost.push({
        category,
        id: audit.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return lost.sort((a, b) => a.score - b.score);
}

/** The table as text: one row a page, each score with ✓ when it meets its target and ✗ when not. */
export function formatTable(rows: readonly PageScores[]): string {
  const header = ['Page', ...CATEGORIES.map((c) => `${HEADINGS[c]} (≥${TARGETS[c]})`)];
  const body = rows.map((row) => [
    row.page,
    ...CATEGORIES.map((c) => {
      const { score, met } = row.scores[c];
      return `${score ?? '–'} ${met ? '✓' : '✗'}`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].map((l) => l.trimEnd()).join('\n');
}

/** Lines naming what cost each page its points, for the categories below target. */
export function formatLost(rows: readonly PageScores[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const missed = row.lost.filter((audit) => !row.scores[audit.category].met);
    if (missed.length === 0) continue;
    lines.push(`${row.page}:`);
    for (const audit of missed)
      lines.push(
        `  ${audit.category}: ${audit.title} (${audit.id}) ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`,
      );
  }
  return lines;
}
