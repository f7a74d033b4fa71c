/**
 * The search index over a built site, in parts: Pagefind indexes each part's article pages (a
 * run of years, src/config/build-part.ts searchParts) in `outDir` into its own bundle,
 * `<outDir>/pagefind/<part>/`, one part at a time, so the indexer's memory is that of one part,
 * not of the archive; a part whose pages are, in what Pagefind reads of them, those of the last
 * build keeps its bundle. `npm run build` (scripts/build.ts) runs this after
 * `astro build` has exited, so Astro's memory is freed first. Pagefind's CLI, not its Node API:
 * the same index, a third faster.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fdir } from 'fdir';
import { copyFile, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plural } from '../i18n/plural.ts';
import {
  BUNDLE_MANIFEST,
  newestBundleFirst,
  parseBundleManifest,
  type BundleEntry,
  type BundleLanguage,
  type BundleManifest,
} from './bundle-manifest.ts';
import { BUNDLE_DIR, SORT_INSTANTS_FILE, SORT_KEY, type SortInstants } from './keys.ts';
import type { SearchPart } from '../config/build-part.ts';
import { readSearchListings, writeSearchListings } from '../caches/search-listings.ts';

/** What a bundle holds besides Pagefind's own files: part of its digest, so that a bundle made before it changed is made again. */
const INDEX_FORMAT = `with ${SORT_INSTANTS_FILE} where several languages`;

/** The article pages of some years, relative to the site: only they go into their part's bundle. */
export function articlePages(years: readonly string[]): string {
  return years.length === 1 ? `articles/${years[0]}/**/*.html` : `articles/{${years.join(',')}}/**/*.html`;
}

/** The arguments for Pagefind's CLI over one part of a built site. */
export function pagefindArgs(outDir: string, part: Pick<SearchPart, 'key' | 'years'>): string[] {
  return [
    '--site',
    outDir,
    '--glob',
    articlePages(part.years),
    '--output-subdir',
    `${BUNDLE_DIR}/${part.key}`,
    // No --force-language: Pagefind keeps an index per language (each page's <html lang>), each
    // stemmed in its own language where Pagefind has a stemmer; the search page merges them all.
  ];
}

/** Files of each bundle the search page never loads: Pagefind's own UIs. */
const UNUSED_FILES = /^pagefind-(component-|modular-)?ui\.(js|css)$/;

/** The WebAssembly for languages Pagefind cannot stem, needed only by a bundle holding such a language. */
const UNSTEMMED_WASM = 'wasm.unknown.pagefind';

const SORT_VALUE = new RegExp(`data-pagefind-sort="${SORT_KEY}"[^>]*>([^<]+)<`);

/** A page's language as Pagefind keys its index (`<html lang>`, lower case) and its sort instant, or undefined for a page with neither. */
export function pageSortEntry(html: string): { language: string; instant: string } | undefined {
  const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.toLowerCase();
  const instant = SORT_VALUE.exec(html)?.[1];
  return language && instant ? { language, instant } : undefined;
}

/**
 * Each language's sort instants in Pagefind's order (the ISO strings' order, which is time order),
 * or undefined when they do not match the bundle's page counts, so that a guess is never written.
 */
export function sortInstants(
  entries: readonly { language: string; instant: string }[],
  languages: Readonly<Record<string, BundleLanguage>>,
): SortInstants | undefined {
  const byLanguage: Record<string, string[]> = {};
  for (const { language, instant } of entries) (byLanguage[language] ??= []).push(instant);
  const matches = Object.entries(languages).every(([key, index]) => byLanguage[key]?.length === index.pages);
  if (!matches || Object.keys(byLanguage).length !== Object.keys(languages).length) return undefined;
  return Object.fromEntries(
    Object.entries(byLanguage).map(([key, instants]) => [
      key,
      instants.sort().map((instant) => Math.round(Date.parse(instant) / 1000)),
    ]),
  );
}

/** The languages of a bundle, from its `pagefind-entry.json`: each one's page count and whether Pagefind stems it. */
export function entryLanguages(entryJson: string): Record<string, BundleLanguage> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number; wasm?: string | null }> };
  return Object.fromEntries(
    Object.entries(entry.languages ?? {}).map(([language, index]) => [
      language,
      { pages: index.page_count ?? 0, stemmed: Boolean(index.wasm) },
    ]),
  );
}

/** Files the site loads from the bundle folder itself, whichever year's they are: the same in every bundle. */
const SHARED_FILES = ['pagefind.js', 'pagefind-highlight.js'];

/** The page count from Pagefind's summary ("Indexed 40 pages"), or undefined when it has none. */
export function indexedPageCount(output: string): number | undefined {
  const match = /Indexed (\d+) pages?/.exec(output);
  return match ? Number(match[1]) : undefined;
}

export interface SearchIndexResult {
  pages: number;
  ms: number;
  /** Year bundles written this time, and kept from the last build because their pages had not changed. */
  written: number;
  kept: number;
}

/** The line `npm run build` prints when the index is written (the benchmark reads the time from it). */
export function indexSummary({ pages, ms, written, kept }: SearchIndexResult, bundleDir: string): string {
  if (pages === 0) return 'The search index is empty: the archive has no articles yet.';
  const parts = kept ? `${plural(written + kept, 'part')}, ${kept} unchanged` : plural(written, 'part');
  return `Indexed ${plural(pages, 'article')} for search in ${ms} ms (${parts}): ${bundleDir}/`;
}

/** Which bundles to write again: those whose digest differs from the last build's, or whose folder is gone. */
export function bundlesToWrite(
  previous: readonly BundleEntry[],
  current: readonly { key: string; digest: string }[],
  present: ReadonlySet<string>,
): Set<string> {
  const before = new Map(previous.map((b) => [b.key, b.digest]));
  return new Set(current.filter((c) => before.get(c.key) !== c.digest || !present.has(c.key)).map((c) => c.key));
}

// The package does not export its package.json: read it from beside its entry file.
const pagefindVersion = async (): Promise<string> =>
  (
    JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * The part of a page Pagefind reads: from the `data-pagefind-body` element to the end of the
 * last element that gives Pagefind a filter, meta or sort key (they follow the body). What lies
 * around it, such as the links to related stories, changes whenever a neighbour does and is not
 * indexed, so it must not make a year's bundle be written again. A page with no body is not indexed.
 */
export function indexedPart(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return '';
  // The last filter, meta or sort key: an ignored block after them (the citation) is outside the body anyway.
  let last = start;
  for (const match of html.matchAll(/data-pagefind-(?:filter|meta|sort)\b/g)) last = Math.max(last, match.index);
  // Nothing marked after the body: all of it, to the end of the page.
  if (last === start) return html.slice(start);
  const close = html.indexOf('>', html.indexOf('</', last));
  return html.slice(start, close < 0 ? html.length : close + 1);
}

/** The article pages of `year` in `outDir`, relative to it, or none when the year has no folder. */
async function yearPages(outDir: string, year: string): Promise<string[]> {
  // fdir: Node's recursive readdir took 1.1 s over a 10,000-article archive's pages, fdir 0.14 s.
  const files = await new fdir()
    .withRelativePaths()
    .filter((path) => path.endsWith('.html'))
    .crawl(join(outDir, 'articles', year))
    .withPromise();
  return files.map((file) => `articles/${year}/${file.split('\\').join('/')}`);
}

/** A digest of how Pagefind indexes a part and of the names of its article pages: what the part is, without reading the pages. */
function listingDigest(version: string, part: SearchPart, files: readonly string[]): string {
  return createHash('sha256')
    .update(`${version}\n${INDEX_FORMAT}\n${pagefindArgs('', part).join(' ')}\n${files.join('\n')}`)
    .digest('base64url')
    .slice(0, 22);
}

/** What a part's pages give its bundle: a sort entry (pageSortEntry) for each page Pagefind indexes. */
type SortEntries = { language: string; instant: string }[];

/** A digest of what Pagefind reads of a part's article pages, and of how it indexes them, and the pages' sort entries, read on the way. */
function partDigest(
  outDir: string,
  version: string,
  part: SearchPart,
  files: readonly string[],
): { digest: string; entries: SortEntries } {
  const hash = createHash('sha256').update(`${version}\n${INDEX_FORMAT}\n${pagefindArgs('', part).join(' ')}\n`);
  const entries: SortEntries = [];
  for (const file of files) {
    // Pages with nothing to index (a year's or month's listing) do not count: whether they exist changes no bundle.
    // Read synchronously: a promise per page took twice as long over 10,000 pages (2.7 s against 1.4 s).
    const html = readFileSync(join(outDir, file), 'utf8');
    const part = indexedPart(html);
    if (!part) continue;
    hash.update(`${file}\n`).update(part);
    const entry = pageSortEntry(html);
    if (entry) entries.push(entry);
  }
  return { digest: hash.digest('base64url').slice(0, 22), entries };
}

/**
 * The digest of `part` as it is in `outDir`. Its last bundle's stands, without reading a page,
 * when the part has the same pages, indexed the same way, and none was written since its pages
 * were last read (a rebuild after one edit rewrites the pages of one or two parts and leaves the
 * rest in place). When they were last read is the bundle folder's time: Pagefind's writing it,
 * or a build that read the pages and kept it; its files keep theirs.
 */
async function currentDigest(
  outDir: string,
  version: string,
  part: SearchPart,
  last: { digest: string; listing?: string; checkedMs: number } | undefined,
): Promise<{ digest: string; listing: string; entries?: SortEntries }> {
  const files: string[] = [];
  for (const year of part.years) files.push(...(await yearPages(outDir, year)));
  files.sort();
  const listing = listingDigest(version, part, files);
  const untouched =
    last?.listing === listing && files.every((file) => statSync(join(outDir, file)).mtimeMs < last.checkedMs);
  return untouched ? { digest: last.digest, listing } : { ...partDigest(outDir, version, part, files), listing };
}

async function readManifest(bundleDir: string): Promise<BundleManifest | undefined> {
  try {
    return parseBundleManifest(await readFile(join(bundleDir, BUNDLE_MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs Pagefind over one part; resolves to the page count and languages, rejects with Pagefind's own output. */
async function indexPart(
  outDir: string,
  part: SearchPart,
  entries: SortEntries,
): Promise<{ pages: number; languages: Record<string, BundleLanguage> }> {
  // The package's own launcher, which picks the binary built for this platform.
  const launcher = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
  const child = spawn(process.execPath, [launcher, ...pagefindArgs(outDir, part)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  const pages = indexedPageCount(output);
  // Years with no article page (only drafts) have nothing to search; Pagefind calls that a failure.
  if (pages === 0) return { pages: 0, languages: {} };
  if (code !== 0 || pages === undefined) {
    throw new Error(
      `Pagefind could not index the article pages of ${part.years.join(', ')} in ${outDir} (exit code ${code}):\n${output.trim()}`,
    );
  }
  const bundle = join(outDir, BUNDLE_DIR, part.key);
  const languages = entryLanguages(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const unstemmed = Object.values(languages).some((l) => !l.stemmed);
  for (const name of await readdir(bundle))
    if (UNUSED_FILES.test(name) || (name === UNSTEMMED_WASM && !unstemmed)) await rm(join(bundle, name));
  const instants = Object.keys(languages).length > 1 ? sortInstants(entries, languages) : undefined;
  if (instants) await writeFile(join(bundle, SORT_INSTANTS_FILE), JSON.stringify(instants));
  return { pages, languages };
}

const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * Writes the parts of `outDir`'s search index that changed since the last build, removes those of
 * parts that are gone (and a single bundle of older builds), and lists them in the manifest.
 * `parts` are the archive's (searchParts), or a shard's.
 */
export async function buildSearchIndex(
  outDir: string,
  parts: readonly SearchPart[],
  options: { listingsFile?: string } = {},
): Promise<SearchIndexResult> {
  const started = performance.now();
  const bundleDir = join(outDir, BUNDLE_DIR);
  const previous = (await readManifest(bundleDir))?.bundles ?? [];
  // The bundles still on disk, each with when its pages were last read (currentDigest).
  const checkedAt = new Map<string, number>();
  for (const b of previous) {
    if (
      !(await stat(join(bundleDir, b.key, 'pagefind-entry.json')).then(
        () => true,
        () => false,
      ))
    )
      continue;
    checkedAt.set(b.key, (await stat(join(bundleDir, b.key))).mtimeMs);
  }
  const version = await pagefindVersion();
  const allListings = options.listingsFile ? await readSearchListings(options.listingsFile) : {};
  const listings = allListings[resolve(outDir)] ?? {};
  const digests = [];
  for (const part of parts) {
    const last = previous.find((b) => b.key === part.key && checkedAt.has(b.key));
    digests.push({
      ...part,
      ...(await currentDigest(
        outDir,
        version,
        part,
        last && { digest: last.digest, listing: listings[part.key], checkedMs: checkedAt.get(last.key)! },
      )),
    });
  }
  const changed = bundlesToWrite(previous, digests, new Set(checkedAt.keys()));
  const now = new Date();
  for (const part of digests)
    if (part.entries && !changed.has(part.key)) await utimes(join(bundleDir, part.key), now, now);

  // Everything in the bundle folder but the bundles kept: old parts, and the files of a one-bundle index.
  const keep = new Set(digests.filter((d) => !changed.has(d.key)).map((d) => d.key));
  if (await isDir(bundleDir)) {
    for (const name of await readdir(bundleDir))
      if (!keep.has(name)) await rm(join(bundleDir, name), { recursive: true, force: true });
  }
  const before = new Map(previous.map((b) => [b.key, { pages: b.pages, languages: b.languages ?? {} }]));
  const bundles: BundleEntry[] = [];
  for (const part of digests) {
    const { pages, languages } = changed.has(part.key)
      ? // A part written again had its pages read for its digest (it changed, or its folder is gone): its sort entries are at hand.
        await indexPart(outDir, part, part.entries ?? [])
      : (before.get(part.key) ?? { pages: 0, languages: {} });
    if (pages > 0) bundles.push({ key: part.key, years: part.years, pages, digest: part.digest, languages });
    else await rm(join(bundleDir, part.key), { recursive: true, force: true });
  }
  bundles.sort(newestBundleFirst);
  const ms = Math.round(performance.now() - started);
  const pages = bundles.reduce((sum, b) => sum + b.pages, 0);
  const written = bundles.filter((b) => changed.has(b.key)).length;
  if (bundles.length === 0) return { pages: 0, ms, written: 0, kept: 0 };
  for (const name of SHARED_FILES) await copyFile(join(bundleDir, bundles[0]!.key, name), join(bundleDir, name));
  if (options.listingsFile) {
    const mine = Object.fromEntries(digests.map((d) => [d.key, d.listing]));
    await writeSearchListings(options.listingsFile, allListings, outDir, mine);
  }
  const manifest: BundleManifest = { version: 1, bundles };
  await writeFile(join(bundleDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return { pages, ms, written, kept: bundles.length - written };
}
