import { describe, expect, it } from 'vitest';
import { indexedPageCount, indexSummary, pagefindArgs } from '../../../src/search/build-index.ts';

describe('the search index step', () => {
  it('indexes only article pages, into one English index in <outDir>/pagefind', () => {
    const args = pagefindArgs('/srv/site');
    const option = (name: string) => args[args.indexOf(name) + 1];
    expect(option('--site')).toBe('/srv/site');
    expect(option('--glob')).toBe('articles/**/*.html');
    expect(option('--output-subdir')).toBe('pagefind');
    expect(option('--force-language')).toBe('en');
  });

  it("reads the page count from Pagefind's summary", () => {
    expect(indexedPageCount('Total:\n  Indexed 1 language\n  Indexed 10000 pages\n  Indexed 66606 words')).toBe(10000);
    expect(indexedPageCount('  Indexed 1 page\n')).toBe(1);
    expect(indexedPageCount('Error: Pagefind was not able to build an index.')).toBeUndefined();
  });

  it('says so when the archive has nothing to index', () => {
    expect(indexSummary({ pages: 0, ms: 5 }, 'dist/pagefind')).toMatch(/search index is empty/);
    expect(indexSummary({ pages: 40, ms: 90 }, 'dist/pagefind')).toBe('Indexed 40 articles for search in 90 ms: dist/pagefind/');
  });
});
