/**
 * The search index's cache (src/search/build-index.ts): for each output folder and each search
 * part, a digest of the part's listing (Pagefind's version and arguments, the part's page names),
 * so a rebuild keeps a part's bundle without reading its pages when its listing is unchanged and
 * none of them is newer than the bundle. Kept with the content folder's cache, not in the site,
 * whose bundle list must not depend on how it was built.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** The file, in a content folder's cache (contentCacheDir in build-cache.ts). */
export function searchListingsFile(cacheDir: string): string {
  return join(cacheDir, 'search-listings.json');
}

/** Part key → listing digest, by output folder (absolute). */
export type SearchListings = Record<string, Record<string, string>>;

/** The file's listings; empty when there is no file yet, or it cannot be read (every part's pages are read again). */
export async function readSearchListings(file: string): Promise<SearchListings> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as SearchListings;
  } catch {
    return {};
  }
}

/** Replaces `outDir`'s listings in the file, keeping the other output folders'. */
export async function writeSearchListings(
  file: string,
  all: SearchListings,
  outDir: string,
  listings: Record<string, string>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...all, [resolve(outDir)]: listings })}\n`);
}
