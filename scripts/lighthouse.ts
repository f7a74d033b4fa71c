/**
 * `npm run lighthouse [-- --dist DIR] [--runs N] [--json FILE]`: Lighthouse's mobile preset over a
 * built site's home, a story and the search page, served as a static host serves it (the site's
 * CSP, no compression), in Debian's Chromium. Builds nothing: run `npm run build` first. Each page
 * is measured three times (`--runs`) and the median shown, since the simulated throttling scales
 * the machine's own main-thread time. Prints a table of the four scores against issue 32's targets
 * and what cost points; exits 0 whatever the scores, 1 only when Lighthouse could not run.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/chromium.ts';
import {
  CATEGORIES,
  formatLost,
  formatTable,
  pageScores,
  type LighthouseResult,
  type PageScores,
} from './lib/lighthouse-scores.ts';
import { serveSite } from './lib/static-server.ts';

export const USAGE = 'Usage: npm run lighthouse -- [--dist DIR] [--runs N] [--json FILE]';

/** The pages measured, by path under the site's base: the seed story of the sample archive. */
export const PAGES = {
  home: '',
  story: 'articles/2016/01/06/n-korea-says-it-conducted-first-h-bomb-test/',
  search: 'search/?q=sanctions',
} as const;

// Chrome-launcher's own flags plus what a container needs (as scripts/lib/chromium.ts gives Playwright).
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/** What one run is asked to do. */
export interface LighthouseOptions {
  dist: string;
  runs: number;
  json: string | undefined;
}

/** Reads the command line (`process.argv.slice(2)`); throws with the usage line when it is wrong. */
export function parseLighthouseArgs(args: readonly string[]): LighthouseOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number\n${USAGE}`);
  return { dist: values.dist, runs, json: values.json };
}

async function measure(options: LighthouseOptions): Promise<PageScores[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: install one (`apt-get install chromium`) or set CHROMIUM_PATH');
  const served = await serveSite(options.dist);
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const rows: PageScores[] = [];
    for (const [page, path] of Object.entries(PAGES)) {
      const runs: LighthouseResult[] = [];
      for (let run = 0; run < options.runs; run++) {
        // No config: Lighthouse's default, its mobile preset (a Moto G Power, slow 4G, 4× CPU slowdown, simulated).
        const result = await lighthouse(served.url(path), {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError)
          throw new Error(
            `Lighthouse failed on ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
          );
        runs.push(result.lhr);
      }
      rows.push(pageScores(page, runs));
    }
    return rows;
  } finally {
    chrome.kill();
    await served.close();
  }
}

if (import.meta.main) {
  let options: LighthouseOptions;
  try {
    options = parseLighthouseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  try {
    const rows = await measure(options);
    console.log(formatTable(rows));
    const lost = formatLost(rows);
    if (lost.length > 0) console.log(['', 'What cost points where a target is not met:', ...lost].join('\n'));
    if (options.json) {
      const report = { measuredAt: new Date().toISOString(), dist: options.dist, runs: options.runs, pages: rows };
      await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    }
  } catch (error) {
    console.error((error as Error).stack ?? error);
    process.exit(1);
  }
}
