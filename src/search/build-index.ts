/**
 * The search index over a built site: Pagefind indexes the article pages in `outDir` and writes
 * its bundle to `<outDir>/pagefind/`. `npm run build` (scripts/build.ts) runs it after `astro
 * build` has exited, so Astro's memory is freed before Pagefind's indexer takes its own (about
 * 3.7 GiB at 10,000 articles). Pagefind's CLI, not its Node API: the same index, a third faster.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { plural } from '../lib/plural.ts';
import { SITE } from '../site.ts';
import { BUNDLE_DIR } from './keys.ts';

/** Only article pages go into the index, whatever other pages carry. */
export const ARTICLE_PAGES = 'articles/**/*.html';

/** The arguments for Pagefind's CLI over a built site. */
export function pagefindArgs(outDir: string): string[] {
  return [
    '--site', outDir,
    '--glob', ARTICLE_PAGES,
    '--output-subdir', BUNDLE_DIR,
    // One index for the whole archive: the search page is English, and Pagefind would otherwise
    // put articles in other languages into separate indexes it never searches.
    '--force-language', SITE.locale,
  ];
}

/** The page count from Pagefind's summary ("Indexed 40 pages"), or undefined when it has none. */
export function indexedPageCount(output: string): number | undefined {
  const match = /Indexed (\d+) pages?/.exec(output);
  return match ? Number(match[1]) : undefined;
}

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

/** The line `npm run build` prints when the index is written (the benchmark reads the time from it). */
export function indexSummary({ pages, ms }: SearchIndexResult, bundleDir: string): string {
  if (pages === 0) return 'The search index is empty: the archive has no articles yet.';
  return `Indexed ${plural(pages, 'article')} for search in ${ms} ms: ${bundleDir}/`;
}

/** Runs Pagefind over `outDir`; rejects with Pagefind's own output when it fails. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  // The package's own launcher, which picks the binary built for this platform.
  const launcher = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
  const child = spawn(process.execPath, [launcher, ...pagefindArgs(outDir)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  const pages = indexedPageCount(output);
  const ms = Math.round(performance.now() - started);
  // An archive with no articles yet has nothing to search; Pagefind calls that a failure.
  if (pages === 0) return { pages, ms };
  if (code !== 0 || pages === undefined) {
    throw new Error(`Pagefind could not index the article pages in ${outDir} (exit code ${code}):\n${output.trim()}`);
  }
  return { pages, ms };
}
