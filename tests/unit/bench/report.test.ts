import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindKind, siteFileKind, siteSize } from '../../../scripts/bench/measure.ts';
import {
  formatBytes,
  formatRatio,
  formatSeconds,
  formatTable,
  hugoPlusPagefind,
  hugoRows,
  markdownTable,
  ratio,
  renderReport,
  reportRows,
  targetsFor,
  type BenchResult,
} from '../../../scripts/bench/report.ts';

const GIB = 1024 ** 3;

function result(articles: number, ms: { cold: number; warm: number; pagefind: number; baseline: number }): BenchResult {
  const size = { bytes: 1000, pages: articles + 10, articlePages: articles, pagefindBytes: 100 };
  return {
    articles,
    seed: 1,
    machine: { cpus: 2, memoryBytes: 8 * GIB, node: 'v24.0.0', platform: 'linux' },
    date: '2026-01-01',
    corpusMs: 1,
    corpusBytes: 1,
    ours: {
      cold: { ms: ms.cold, peakRssBytes: 1 * GIB, pagefindMs: ms.pagefind },
      warm: { ms: ms.warm, peakRssBytes: 0.5 * GIB },
      size,
    },
    baseline: { cold: { ms: ms.baseline, peakRssBytes: GIB }, warm: { ms: 10, peakRssBytes: GIB }, size },
    search: [
      { query: 'first', ms: 120, bytes: 190_000, gzipBytes: 90_000, requests: 6, status: '3 results' },
      { query: 'second', ms: 400, bytes: 1_000, gzipBytes: 900, requests: 1, status: '1 result' },
    ],
    articlePages: [{ url: 'articles/x/', htmlCssBytes: 30_000, jsBytes: 2_000, otherBytes: 0 }],
  };
}

describe('ratios and formats', () => {
  it('divides, and gives undefined for a missing or zero divisor', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });

  it('formats seconds, bytes and ratios', () => {
    expect(formatSeconds(12_345)).toBe('12.3 s');
    expect(formatSeconds(undefined)).toBe('–');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(300 * 1024 ** 2)).toBe('300.0 MiB');
    expect(formatRatio(1.234)).toBe('1.23×');
  });
});

describe('tables', () => {
  it('aligns plain-text columns', () => {
    expect(
      formatTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\nccc  d');
  });

  it('writes a Markdown table with a separator row and escaped pipes', () => {
    expect(
      markdownTable([
        ['x', 'y'],
        ['1|2', '3'],
      ]),
    ).toBe('| x | y |\n| --- | --- |\n| 1\\|2 | 3 |');
  });
});

describe('reportRows', () => {
  it('compares the cold build with the baseline plus Pagefind, and the warm build with the cold one', () => {
    const rows = reportRows(result(1000, { cold: 120_000, warm: 15_000, pagefind: 20_000, baseline: 100_000 }));
    const row = (metric: string) => rows.find((r) => r.metric.startsWith(metric))!;
    expect(row('cold build, with').ratio).toBe('1.00×');
    expect(row('cold build, with').met).toBe('yes');
    expect(row('cold build, without').ratio).toBe('1.00×');
    expect(row('warm rebuild').ratio).toBe('0.13× of cold');
    expect(row('warm rebuild').met).toBe('yes');
    expect(row('peak memory').met).toBe('yes');
    expect(row('search “first”').met).toBe('yes');
    expect(row('search “second”').met).toBe('NO');
    expect(row('article page').met).toBe('yes');
  });

  it('flags a missed target and adds the scaling ratio when given a run at another size', () => {
    const small = result(1000, { cold: 20_000, warm: 19_000, pagefind: 2_000, baseline: 10_000 });
    const large = result(10_000, { cold: 250_000, warm: 50_000, pagefind: 20_000, baseline: 100_000 });
    const rows = reportRows(large, small);
    const row = (metric: string) => rows.find((r) => r.metric.startsWith(metric))!;
    expect(row('cold build, with').met).toBe('NO');
    expect(row('cold build 10000 / 1000').value).toBe('12.50× (250.0 s / 20.0 s)');
    expect(row('cold build 10000 / 1000').met).toBe('NO');
    expect(reportRows(small, large).some((r) => r.metric.startsWith('cold build 10000 / 1000'))).toBe(true);
  });

  it('takes the scaling ratio from the reference build of the same run over another run', () => {
    const other = result(1000, { cold: 20_000, warm: 1, pagefind: 1, baseline: 1 });
    const large = {
      ...result(100_000, { cold: 2_000_000, warm: 1, pagefind: 1, baseline: 1 }),
      reference: { articles: 10_000, cold: { ms: 190_000, peakRssBytes: GIB } },
    };
    const row = reportRows(large, other).find((r) => r.metric.startsWith('cold build 100000'))!;
    expect(row.metric).toBe('cold build 100000 / 10000 articles (both in this run)');
    expect(row.value).toBe('10.53× (2000.0 s / 190.0 s)');
    expect(row.target).toBe('≤ 11× (10× the articles)');
    expect(row.met).toBe('yes');
  });

  it('shows the merge’s time putting the shards in apart from Pagefind’s, only for a build in parts', () => {
    const whole = result(100_000, { cold: 2_000_000, warm: 300_000, pagefind: 300_000, baseline: 1 });
    expect(reportRows(whole).some((r) => r.metric.startsWith('the merge'))).toBe(false);
    const parts = {
      ...whole,
      ours: {
        ...whole.ours,
        cold: { ...whole.ours.cold, assembleMs: 12_300 },
        warm: { ...whole.ours.warm, assembleMs: 9_800 },
      },
    };
    const rows = reportRows(parts);
    expect(rows.find((r) => r.metric.startsWith('the merge'))!.value).toBe('12.3 s / 9.8 s');
    expect(rows.find((r) => r.metric === 'Pagefind indexing')!.value).toBe('300.0 s');
  });

  it('shows each part of a build in parts, in the order they ran', () => {
    const whole = result(100_000, { cold: 2_000_000, warm: 300_000, pagefind: 300_000, baseline: 1 });
    expect(reportRows(whole).some((r) => r.metric === 'cold build, part by part')).toBe(false);
    const parts = [
      { name: 'Part 1 of 2', ms: 195_000 },
      { name: 'Part 2 of 2', ms: 201_500 },
      { name: 'The merge', ms: 240_000 },
    ];
    const inParts = { ...whole, ours: { ...whole.ours, cold: { ...whole.ours.cold, parts } } };
    expect(reportRows(inParts).find((r) => r.metric === 'cold build, part by part')!.value).toBe(
      'part 1 of 2 195.0 s, part 2 of 2 201.5 s, the merge 240.0 s',
    );
  });

  it('leaves baseline comparisons out when there is no baseline', () => {
    const { baseline: _, ...alone } = result(1000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const rows = reportRows(alone);
    expect(rows.find((r) => r.metric.startsWith('cold build, with'))!.met).toBe('');
    expect(renderReport(alone).markdown).toContain('| metric | Dateline |');
  });
});

describe('against Hugo + Pagefind', () => {
  const run = (hugo: number, pagefind: number, hugoPeak: number, pagefindPeak: number) => ({
    hugo: { ms: hugo, peakRssBytes: hugoPeak * GIB },
    pagefind: { ms: pagefind, peakRssBytes: pagefindPeak * GIB },
  });
  const withHugo = (ours: { cold: number; warm: number }, names?: 'few') => {
    const base = result(10_000, { ...ours, pagefind: 20_000, baseline: 1 });
    return {
      ...base,
      names,
      hugo: {
        hugoVersion: 'hugo v0.111.3+extended linux/amd64',
        pagefindVersion: '1.6.0',
        cold: run(36_800, 28_200, 1.7, 4.1),
        warm: run(35_000, 27_000, 1.6, 4.0),
        size: { bytes: 300 * 1024 ** 2, pages: 40_000, pagefindBytes: 60 * 1024 ** 2, indexedPages: 10_000 },
      },
    };
  };
  const row = (rows: ReturnType<typeof hugoRows>, metric: string) => rows.find((r) => r.metric.startsWith(metric))!;

  it('adds up Hugo’s and Pagefind’s times and takes the higher of their peaks', () => {
    expect(hugoPlusPagefind(run(36_800, 28_200, 1.7, 4.1))).toEqual({ ms: 65_000, peakRssBytes: 4.1 * GIB });
  });

  it('gives our cold, warm and peak figures as ratios to theirs, each against its target', () => {
    const rows = hugoRows(withHugo({ cold: 144_800, warm: 18_500 }));
    expect(row(rows, 'cold build').baseline).toBe('Hugo 36.8 s + Pagefind 28.2 s = 65.0 s');
    expect(row(rows, 'cold build').ratio).toBe('2.23×');
    expect(row(rows, 'cold build').met).toBe('NO');
    expect(row(rows, 'warm rebuild').ratio).toBe('0.30×');
    expect(row(rows, 'warm rebuild').met).toBe('NO');
    // Ours peaks at 1 GiB (the fixture's cold build) against Pagefind's 4.1.
    expect(row(rows, 'peak memory').ratio).toBe('0.24×');
    expect(row(rows, 'peak memory').met).toBe('yes');
    expect(row(rows, 'Hugo site').value).toContain('10000 pages searchable');
  });

  it('meets the cold target at 1.0× on the default archive, and allows 2.5× on one with few names', () => {
    const level = hugoRows(withHugo({ cold: 65_000, warm: 9_000 }));
    expect(row(level, 'cold build').met).toBe('yes');
    expect(row(level, 'warm rebuild').met).toBe('yes');
    const slower = { cold: 150_000, warm: 9_000 };
    expect(row(hugoRows(withHugo(slower)), 'cold build').met).toBe('NO');
    expect(row(hugoRows(withHugo(slower, 'few')), 'cold build').met).toBe('yes');
    expect(row(hugoRows(withHugo(slower, 'few')), 'cold build').target).toBe('≤ 2.5× Hugo + Pagefind');
  });

  it('says why when Hugo was asked for and not run, and adds nothing when it was not asked for', () => {
    const base = result(500, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    expect(hugoRows(base)).toEqual([]);
    const skipped = hugoRows({ ...base, hugoSkipped: 'no `hugo` on the PATH' });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.baseline).toBe('no `hugo` on the PATH');
    expect(renderReport({ ...base, hugoSkipped: 'no `hugo` on the PATH' }).text).toContain('no `hugo` on the PATH');
  });

  it('names an archive with few names in the report’s title', () => {
    expect(renderReport(withHugo({ cold: 1, warm: 1 }, 'few')).text).toMatch(
      /^Dateline benchmark: 10000 articles with few names,/,
    );
  });
});

describe('an archive with Korean stories mixed in', () => {
  it('shows the Korean share in the title and a row, and marks the Korean query', () => {
    const base = result(10_000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const korean: BenchResult = {
      ...base,
      korean: { percent: 10, stories: 1000 },
      search: [
        ...base.search,
        { query: '효헹은', ms: 150, bytes: 9_000, gzipBytes: 8_000, requests: 3, status: '900 results' },
      ],
    };
    const report = renderReport(korean);
    expect(report.text).toMatch(/^Dateline benchmark: 10000 articles, 10% Korean,/);
    expect(reportRows(korean).find((r) => r.metric === 'Korean stories')?.value).toBe('1000 of 10000 (10%)');
    expect(reportRows(korean).map((r) => r.metric)).toContain('search “효헹은” (Korean, with a particle)');
    // An all-English archive says nothing about Korean.
    expect(renderReport(base).text).not.toMatch(/Korean/);
  });
});

describe('a search whose newest parts answer first', () => {
  it('is judged by its first results, with the time to every year’s beside them', () => {
    const base = result(100_000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const early = {
      query: 'election',
      ms: 320,
      completeMs: 2_900,
      bytes: 3_000_000,
      gzipBytes: 2_400_000,
      gzipBytesToFirstResults: 210_000,
      requests: 60,
      status: '83,515 results',
    };
    const row = reportRows({ ...base, search: [early] }).find((r) => r.metric.startsWith('search “election”'))!;
    expect(row.value).toMatch(/^320 ms \(every year's 2900 ms\), 205\.\d KiB gzip to the first results/);
    expect(row.met).toBe('yes');
  });
});

describe('first search bytes', () => {
  it('judges the first query by what it loaded before its results showed, and shows the rest beside it', () => {
    const base = result(1000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const first = {
      query: 'first',
      ms: 120,
      bytes: 400_000,
      gzipBytes: 300_000,
      gzipBytesToFirstResults: 140_000,
      requests: 9,
      status: '3 results',
    };
    const rows = reportRows({ ...base, search: [first] });
    const row = rows.find((r) => r.metric.startsWith('search “first”'))!;
    expect(row.met).toBe('yes');
    expect(row.value).toBe(
      '120 ms, 136.7 KiB gzip to the first results; with filter counts 293.0 KiB gzip (390.6 KiB plain)',
    );
    const late = reportRows({ ...base, search: [{ ...first, gzipBytesToFirstResults: 210_000 }] });
    expect(late.find((r) => r.metric.startsWith('search “first”'))!.met).toBe('NO');
  });
});

describe('targetsFor', () => {
  it('holds an archive of up to 10,000 articles to 2.5 GiB, 150 MiB and 3 files and 30 KB a story, and a larger one to 8 GiB and slower first results', () => {
    expect(targetsFor(10_000)).toEqual({
      peakGib: 2.5,
      distMib: 150,
      perStory: { files: 3, kb: 30 },
      searchMs: 300,
      firstSearchKb: 200,
    });
    expect(targetsFor(100_000)).toEqual({ peakGib: 8, searchMs: 500, firstSearchKb: 400 });
  });
});

describe('pagefindKind', () => {
  it('names the part of the Pagefind bundle a URL loads', () => {
    const kind = (path: string) => pagefindKind(`http://127.0.0.1:1${path}`);
    expect(kind('/pagefind/pagefind.js')).toBe('script');
    expect(kind('/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(kind('/pagefind/pagefind.en_3e88.pf_meta')).toBe('meta');
    expect(kind('/pagefind/filter/en_1.pf_filter')).toBe('filter');
    expect(kind('/pagefind/index/en_1.pf_index')).toBe('index');
    expect(kind('/pagefind/fragment/en_1.pf_fragment')).toBe('fragment');
    // A yearly part of the index.
    expect(kind('/pagefind/2016/pagefind.en_3e88.pf_meta')).toBe('meta');
    expect(kind('/pagefind/2016/index/en_1.pf_index')).toBe('index');
    expect(kind('/pagefind/bundles.json')).toBe('other');
    expect(kind('/search/')).toBe('page');
  });
});

describe('siteFileKind', () => {
  it('tells story pages from their versions, period pages, listings and the search index', () => {
    expect(siteFileKind('articles/2016/01/20/talks-open/index.html')).toBe('story pages');
    expect(siteFileKind('articles/2016/01/20/talks-open/versions/1/index.html')).toBe('story versions');
    expect(siteFileKind('articles/2016/01/20/index.html')).toBe('period pages');
    expect(siteFileKind('archive/2016/01/index.html')).toBe('period pages');
    expect(siteFileKind('people/kim-jong-un/2/index.html')).toBe('listings and other pages');
    expect(siteFileKind('pagefind/2016/pagefind.js')).toBe('search index');
    expect(siteFileKind('rss.xml')).toBe('feeds, sitemaps, assets');
  });
});

describe('the dist/ breakdown', () => {
  it('gives the files and bytes a story, against at most 3 files and 30 KB a story', () => {
    const base = result(10_000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const perStory = (files: number, bytes: number) =>
      reportRows({ ...base, ours: { ...base.ours, size: { ...base.ours.size, files, bytes } } }).find(
        (r) => r.metric === 'dist/ per story',
      )!;
    expect(perStory(24_500, 250_000_000)).toMatchObject({
      value: '2.45 files, 24.4 KiB (24500 files)',
      target: '≤ 3 files, ≤ 30 KB',
      met: 'yes',
    });
    expect(perStory(45_000, 250_000_000).met).toBe('NO');
    expect(perStory(24_500, 310_000_000).met).toBe('NO');
    expect(reportRows(base).some((r) => r.metric === 'dist/ per story')).toBe(false);
  });

  it('lists the kinds of file largest first', () => {
    const base = result(1000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const withKinds = {
      ...base,
      ours: { ...base.ours, size: { ...base.ours.size, byKind: { 'search index': 2048, 'story pages': 4096 } } },
    };
    expect(reportRows(withKinds).find((r) => r.metric === 'dist/ by kind')!.value).toBe(
      'story pages 4.00 KiB, search index 2.00 KiB',
    );
  });

  it('names the heaviest page of the site, whatever its kind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-size-'));
    const files = {
      'articles/2016/01/20/talks/index.html': 3000,
      'topics/sanctions/index.html': 9000,
      'pagefind/2016/pf_meta': 20000,
      'index.html': 100,
    };
    for (const [path, bytes] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), 'x'.repeat(bytes));
    }
    const size = await siteSize(dir);
    expect(size.heaviestPage).toEqual({ path: 'topics/sanctions/index.html', bytes: 9000 });
    expect([size.files, size.bytes]).toEqual([4, 32_100]);
    const base = result(1000, { cold: 1, warm: 1, pagefind: 1, baseline: 1 });
    const withHeaviest = {
      ...base,
      ours: { ...base.ours, size: { ...base.ours.size, heaviestPage: size.heaviestPage } },
    };
    expect(reportRows(withHeaviest).find((r) => r.metric === 'heaviest page')!.value).toBe(
      '8.79 KiB, /topics/sanctions/',
    );
  });
});
