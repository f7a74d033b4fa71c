import { describe, expect, it } from 'vitest';
import {
  pageSortEntry,
  sortInstants,
  bundlesToWrite,
  entryLanguages,
  indexedPageCount,
  indexedPart,
  indexSummary,
  pagefindArgs,
} from '../../../src/search/build-index.ts';
import { newestBundleFirst, parseBundleManifest } from '../../../src/search/bundle-manifest.ts';

describe('the search index step', () => {
  it("indexes one part's article pages into one bundle in <outDir>/pagefind/<part>, an index per language", () => {
    const args = pagefindArgs('/srv/site', { key: '2016', years: ['2016'] });
    const option = (name: string) => args[args.indexOf(name) + 1];
    expect(option('--site')).toBe('/srv/site');
    expect(option('--glob')).toBe('articles/2016/**/*.html');
    expect(option('--output-subdir')).toBe('pagefind/2016');
    // Each page's <html lang> decides its index: Korean is not put through the English stemmer.
    expect(args).not.toContain('--force-language');
    const several = pagefindArgs('/srv/site', { key: '2014-2016', years: ['2014', '2015', '2016'] });
    expect(several[several.indexOf('--glob') + 1]).toBe('articles/{2014,2015,2016}/**/*.html');
    expect(several[several.indexOf('--output-subdir') + 1]).toBe('pagefind/2014-2016');
  });

  it("reads a bundle's languages from Pagefind's entry file: page counts, and which Pagefind stems", () => {
    const entry = JSON.stringify({
      version: '1.6.0',
      languages: { en: { hash: 'en_1', wasm: 'en', page_count: 40 }, ko: { hash: 'ko_2', wasm: null, page_count: 10 } },
    });
    expect(entryLanguages(entry)).toEqual({ en: { pages: 40, stemmed: true }, ko: { pages: 10, stemmed: false } });
    expect(entryLanguages('{}')).toEqual({});
  });

  it("reads the page count from Pagefind's summary", () => {
    expect(indexedPageCount('Total:\n  Indexed 1 language\n  Indexed 10000 pages\n  Indexed 66606 words')).toBe(10000);
    expect(indexedPageCount('  Indexed 1 page\n')).toBe(1);
    expect(indexedPageCount('Error: Pagefind was not able to build an index.')).toBeUndefined();
  });

  it('says so when the archive has nothing to index, and how many parts were kept', () => {
    expect(indexSummary({ pages: 0, ms: 5, written: 0, kept: 0 }, 'dist/pagefind')).toMatch(/search index is empty/);
    expect(indexSummary({ pages: 40, ms: 90, written: 3, kept: 0 }, 'dist/pagefind')).toBe(
      'Indexed 40 articles for search in 90 ms (3 parts): dist/pagefind/',
    );
    expect(indexSummary({ pages: 40, ms: 90, written: 1, kept: 2 }, 'dist/pagefind')).toBe(
      'Indexed 40 articles for search in 90 ms (3 parts, 2 unchanged): dist/pagefind/',
    );
  });

  it('writes again only the years whose pages changed, appeared, or lost their bundle', () => {
    const before = [
      { key: '2017', years: ['2017'], pages: 3, digest: 'a' },
      { key: '2016', years: ['2016'], pages: 5, digest: 'b' },
      { key: '2015', years: ['2015'], pages: 2, digest: 'c' },
    ];
    const now = [
      { key: '2018', digest: 'new' },
      { key: '2017', digest: 'a' },
      { key: '2016', digest: 'edited' },
      { key: '2015', digest: 'c' },
    ];
    expect(bundlesToWrite(before, now, new Set(['2017', '2016']))).toEqual(new Set(['2018', '2016', '2015']));
  });
});

describe('what Pagefind reads of a page', () => {
  const page = (related: string, title = 'Talks resume') =>
    `<html><head><title>${title}</title></head><body><nav>Home</nav><article data-pagefind-body><h1>${title}</h1><p>Text.</p></article>` +
    `<div hidden data-pagefind-ignore><span data-pagefind-filter="tag">Sanctions</span><span data-pagefind-sort="date">2016-01-20</span></div>` +
    `<aside><a href="/x/">${related}</a></aside></body></html>`;

  it('is the body and the fields marked for the index, not the links around them', () => {
    expect(indexedPart(page('One neighbour'))).toBe(indexedPart(page('Another neighbour')));
    expect(indexedPart(page('One neighbour'))).not.toBe(indexedPart(page('One neighbour', 'Talks end')));
    expect(indexedPart(page('x'))).toMatch(/^data-pagefind-body>.*<span data-pagefind-sort="date">2016-01-20<\/span>$/);
  });

  it('ends at the last field even when an ignored block (the citation) follows the links', () => {
    const withCitation = (related: string) =>
      page(related).replace('</body>', '<section data-pagefind-ignore>Cite this article</section></body>');
    expect(indexedPart(withCitation('One neighbour'))).toBe(indexedPart(withCitation('Another neighbour')));
  });

  it('is all the rest of the page when no field follows the body', () => {
    const bare = (text: string) =>
      `<html><body><nav>Home</nav><main data-pagefind-body><h1>Talks resume</h1><p>${text}</p></main></body></html>`;
    expect(indexedPart(bare('Envoys met.'))).not.toBe(indexedPart(bare('Envoys met on Monday.')));
  });

  it('is nothing for a page without a body to index, such as a listing', () => {
    expect(indexedPart('<html><body><h1>2016</h1></body></html>')).toBe('');
  });
});

describe('the bundle list', () => {
  it('is read back as written, and refuses anything else', () => {
    const manifest = {
      version: 1,
      bundles: [{ key: '2014-2016', years: ['2014', '2015', '2016'], pages: 3, digest: 'a' }],
    };
    expect(parseBundleManifest(JSON.stringify(manifest))).toEqual(manifest);
    // A list written before parts held several years: each bundle is its key's year.
    expect(
      parseBundleManifest('{"version": 1, "bundles": [{"key": "2017", "pages": 3, "digest": "a"}]}').bundles[0]?.years,
    ).toEqual(['2017']);
    expect(() => parseBundleManifest('{"bundles": []}')).toThrow(/not a search bundle list/);
  });

  it('lists the newest year first', () => {
    expect([{ key: '2015' }, { key: '2017' }, { key: '2016' }].sort(newestBundleFirst).map((b) => b.key)).toEqual([
      '2017',
      '2016',
      '2015',
    ]);
  });
});

describe('the sort instants of a bundle of several languages', () => {
  const page = (lang: string, instant: string) =>
    `<html lang="${lang}"><body><div data-pagefind-body>text</div><div hidden data-pagefind-ignore><span data-pagefind-sort="date">${instant}</span></div></body></html>`;
  const languages = { en: { pages: 2, stemmed: true }, ko: { pages: 1, stemmed: false } };

  it("reads a page's language as Pagefind keys it and its sort instant", () => {
    expect(pageSortEntry(page('ko', '2017-09-03T07:05:00.000Z'))).toEqual({
      language: 'ko',
      instant: '2017-09-03T07:05:00.000Z',
    });
    expect(pageSortEntry(page('en-GB', '2016-01-06T05:20:00.000Z'))?.language).toBe('en-gb');
    expect(pageSortEntry('<html lang="en"><body>a listing</body></html>')).toBeUndefined();
  });

  it("lists each language's instants oldest first, in seconds, as Pagefind orders its pages", () => {
    const entries = [
      { language: 'en', instant: '2017-09-03T07:20:00.000Z' },
      { language: 'ko', instant: '2017-09-03T07:05:00.000Z' },
      { language: 'en', instant: '2016-01-06T05:20:00.000Z' },
    ];
    expect(sortInstants(entries, languages)).toEqual({
      en: [Date.parse('2016-01-06T05:20:00Z') / 1000, Date.parse('2017-09-03T07:20:00Z') / 1000],
      ko: [Date.parse('2017-09-03T07:05:00Z') / 1000],
    });
  });

  it('writes nothing rather than a guess when the pages do not match the bundle’s languages', () => {
    const entries = [
      { language: 'en', instant: '2017-09-03T07:20:00.000Z' },
      { language: 'ko', instant: '2017-09-03T07:05:00.000Z' },
    ];
    expect(sortInstants(entries, languages)).toBeUndefined();
    expect(
      sortInstants([...entries, { language: 'en', instant: '2016-01-06T05:20:00.000Z' }], { en: languages.en }),
    ).toBeUndefined();
  });
});
