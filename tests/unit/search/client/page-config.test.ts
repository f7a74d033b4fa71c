import { describe, expect, it } from 'vitest';
import { readPageConfig } from '../../../../src/search/client/page-config.ts';

describe('readPageConfig', () => {
  it('reads every setting the page carries', () => {
    const config = readPageConfig({
      bundle: '/news/pagefind/pagefind.js',
      base: '/news/',
      highlightParam: 'hl',
      dev: 'true',
      suggestions: '/news/search/suggestions.json',
      siteTitle: 'Dateline',
      firstYear: '2014',
      lastYear: '2025',
      firstArticles: '2000',
      valueNames: JSON.stringify({
        values: { section: { Security: '안보' } },
        sources: { AP: 'The Associated Press' },
      }),
      dateSamples: '[["2016-01-20T19:27:00+09:00",["Asia/Seoul"]]]',
    });
    expect(config).toEqual({
      bundle: '/news/pagefind/pagefind.js',
      base: '/news/',
      highlightParam: 'hl',
      dev: true,
      suggestions: '/news/search/suggestions.json',
      siteTitle: 'Dateline',
      years: { first: 2014, last: 2025 },
      firstArticles: 2000,
      valueNames: { values: { section: { Security: '안보' } }, sources: { AP: 'The Associated Press' } },
      dateSamples: [['2016-01-20T19:27:00+09:00', ['Asia/Seoul']]],
    });
  });

  it("falls back to the root path, Pagefind's highlight parameter, this year and no newest parts", () => {
    expect(readPageConfig({}, 2026)).toEqual({
      bundle: '',
      base: '/',
      highlightParam: 'highlight',
      dev: false,
      suggestions: '',
      siteTitle: '',
      years: { first: 2026, last: 2026 },
      firstArticles: Number.POSITIVE_INFINITY,
      valueNames: { values: {}, sources: {} },
      dateSamples: [],
    });
    expect(readPageConfig({ firstYear: '2019' }, 2026).years).toEqual({ first: 2019, last: 2019 });
  });
});
