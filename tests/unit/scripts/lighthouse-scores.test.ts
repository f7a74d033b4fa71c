import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatLost,
  formatTable,
  lostAudits,
  pageScores,
  type LighthouseResult,
} from '../../../scripts/lib/lighthouse-scores.ts';
import { parseLighthouseArgs } from '../../../scripts/lighthouse.ts';

// A trimmed Lighthouse result of the search page as issue 32 found it: layout shift and a contrast miss.
const shifting: LighthouseResult = JSON.parse(
  readFileSync(new URL('../../fixtures/lighthouse/search-layout-shift.json', import.meta.url), 'utf8'),
);

/** The fixture with its category scores replaced. */
function withScores(scores: Record<string, number | null>): LighthouseResult {
  const categories = structuredClone(shifting.categories);
  for (const [id, score] of Object.entries(scores)) categories[id]!.score = score;
  return { ...shifting, categories };
}

describe('pageScores', () => {
  it('gives each category out of 100 and flags the ones below target', () => {
    const row = pageScores('search', [shifting]);
    expect(row.url).toBe('http://127.0.0.1:4321/search/?q=sanctions');
    expect(row.scores.performance).toEqual({ score: 78, target: 95, met: false });
    expect(row.scores.accessibility).toEqual({ score: 96, target: 100, met: false });
    expect(row.scores['best-practices']).toEqual({ score: 100, target: 100, met: true });
    expect(row.scores.seo).toEqual({ score: 100, target: 100, met: true });
  });

  it('counts performance of exactly 95 as met, and 94 as not', () => {
    expect(pageScores('home', [withScores({ performance: 0.95 })]).scores.performance.met).toBe(true);
    expect(pageScores('home', [withScores({ performance: 0.944 })]).scores.performance.met).toBe(false);
  });

  it('takes the median of several runs, so one slow run does not decide', () => {
    const runs = [0.6, 0.97, 0.96].map((performance) => withScores({ performance }));
    expect(pageScores('search', runs).scores.performance.score).toBe(96);
    expect(pageScores('search', runs).performanceRuns).toEqual([60, 97, 96]);
  });

  it('shows a category Lighthouse could not score as not met', () => {
    expect(pageScores('home', [withScores({ seo: null })]).scores.seo).toEqual({
      score: null,
      target: 100,
      met: false,
    });
  });
});

describe('lostAudits', () => {
  it('names the weighted audits that did not pass, worst first, and leaves out passes, diagnostics and the unscored', () => {
    expect(lostAudits(shifting).map((audit) => [audit.category, audit.id, audit.score, audit.displayValue])).toEqual([
      ['accessibility', 'color-contrast', 0, undefined],
      ['performance', 'cumulative-layout-shift', 20, '0.44'],
      ['performance', 'first-contentful-paint', 98, '1.3 s'],
    ]);
  });
});

describe('formatTable and formatLost', () => {
  it('prints a row a page with ✓ where the target is met and ✗ where it is not', () => {
    const table = formatTable([pageScores('search', [shifting])]).split('\n');
    expect(table[0]).toMatch(
      /^Page\s+Performance \(≥95\)\s+Accessibility \(≥100\)\s+Best practices \(≥100\)\s+SEO \(≥100\)$/,
    );
    expect(table[2]).toMatch(/^search\s+78 ✗\s+96 ✗\s+100 ✓\s+100 ✓$/);
  });

  it('lists what cost points only for the categories below target', () => {
    const lines = formatLost([
      pageScores('search', [shifting]),
      pageScores('home', [withScores({ performance: 1, accessibility: 1 })]),
    ]);
    expect(lines[0]).toBe('search:');
    expect(lines.join('\n')).toContain('performance: Cumulative Layout Shift (cumulative-layout-shift) 20, 0.44');
    expect(lines.join('\n')).toContain('accessibility: Background and foreground colors');
    expect(lines).not.toContain('home:');
  });
});

describe('parseLighthouseArgs', () => {
  it('measures dist/ three times by default and takes --dist, --runs and --json', () => {
    expect(parseLighthouseArgs([])).toEqual({ dist: 'dist', runs: 3, json: undefined });
    expect(parseLighthouseArgs(['--dist', 'out', '--runs', '5', '--json', 'lh.json'])).toEqual({
      dist: 'out',
      runs: 5,
      json: 'lh.json',
    });
    expect(() => parseLighthouseArgs(['--runs', '0'])).toThrow(/--runs must be a positive whole number/);
  });
});
