/**
 * The search index in parts: one Pagefind bundle per run of years (src/config/build-part.ts
 * searchParts), under `pagefind/<part>/`, listed newest first in `pagefind/bundles.json`. The build writes the list
 * (src/search/build-index.ts); the search page reads it and searches the bundles as one
 * (src/search/client/bundle-set.ts). No Node or DOM imports: both sides use this file.
 */

/** The list of bundles, in the bundle folder. */
export const BUNDLE_MANIFEST = 'bundles.json';

/** One language's index in a bundle (Pagefind keeps one per language, from each page's `<html lang>`). */
export interface BundleLanguage {
  pages: number;
  /** True when Pagefind stems the language (it ships WebAssembly with a stemmer for it); Korean is not. */
  stemmed: boolean;
}

/** One part's bundle. */
export interface BundleEntry {
  /** Its folder: the year of the articles it holds (`2016`), or the first and last (`2014-2016`). */
  key: string;
  /** The years it holds, oldest first, as in the articles' folders. */
  years: string[];
  pages: number;
  /** A digest of the pages it was made from and how: equal digests, the same bundle. */
  digest: string;
  /** Its language indexes by language tag (`en`, `ko`); absent in lists written before there were several. */
  languages?: Record<string, BundleLanguage>;
}

export interface BundleManifest {
  version: 1;
  /** Newest year first. */
  bundles: BundleEntry[];
}

/** The folder of a bundle, relative to the bundle folder, ending in a slash: `2016/`. */
export function bundlePath(key: string): string {
  return `${key}/`;
}

/** The manifest's bundles, or the reason the text is not a manifest. */
export function parseBundleManifest(text: string): BundleManifest {
  const value: unknown = JSON.parse(text);
  const bundles = (value as Partial<BundleManifest> | null)?.bundles;
  if ((value as Partial<BundleManifest> | null)?.version !== 1 || !Array.isArray(bundles)) {
    throw new Error('not a search bundle list (expected {"version": 1, "bundles": [...]})');
  }
  return {
    version: 1,
    bundles: bundles
      .filter((b): b is BundleEntry => typeof b?.key === 'string' && typeof b.pages === 'number')
      .map((b) => ({ ...b, years: Array.isArray(b.years) ? b.years : [b.key] })),
  };
}

/** Newest first, as the manifest lists them: years, and parts named by their first year, sort as text. */
export function newestBundleFirst(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}
