import { describe, expect, it } from 'vitest';
import { checkHost, describeFit, outputFigures, type OutputFile } from '../../../scripts/lib/host-check.ts';
import { HOST_LIMITS, HOST_NAMES, isHostName } from '../../../scripts/lib/host-limits.ts';

const MiB = 1024 * 1024;

/** `n` story pages of `bytes` each, one folder a story, as a built archive lays them out. */
function stories(n: number, bytes = 1000): OutputFile[] {
  return Array.from({ length: n }, (_, i) => ({ path: `articles/2016/01/20/story-${i}/index.html`, bytes }));
}

describe('the hosts table', () => {
  it('names every host --host knows, each with advice for every limit it sets', () => {
    expect(HOST_NAMES).toEqual([
      'github-pages',
      'cloudflare-pages',
      'cloudflare-pages-free',
      'gitlab-pages',
      'netlify',
    ]);
    expect(isHostName('netlify')).toBe(true);
    expect(isHostName('toString')).toBe(false);
    for (const name of HOST_NAMES) {
      const limits = HOST_LIMITS[name];
      for (const limit of ['files', 'filesPerFolder', 'totalBytes', 'fileBytes'] as const) {
        if (limit in limits) expect(limits.advice, `${name}: ${limit}`).toHaveProperty(limit);
      }
    }
  });
});

describe('counting an output', () => {
  it('counts files, folders, bytes, the largest file and each folder’s entries', () => {
    const figures = outputFigures([
      { path: 'index.html', bytes: 10 },
      { path: 'a/b/one.html', bytes: 30 },
      { path: 'a/b/two.html', bytes: 20 },
      { path: 'a/c.html', bytes: 5 },
    ]);
    expect(figures).toMatchObject({
      files: 4,
      folders: 2,
      totalBytes: 65,
      largest: { path: 'a/b/one.html', bytes: 30 },
    });
    expect(Object.fromEntries(figures.entriesPerFolder)).toEqual({ '': 2, a: 2, 'a/b': 2 });
  });
});

describe('checking an output against a host', () => {
  it('passes an output within every limit of every host', () => {
    const small = [...stories(100), { path: 'pagefind/pagefind.js', bytes: 2 * MiB }];
    for (const name of HOST_NAMES) expect(checkHost(name, small, 'dist/'), name).toEqual([]);
  });

  it('fails Cloudflare Pages’ free plan over 20,000 files, naming the figure, the limit and the paid plan', () => {
    expect(checkHost('cloudflare-pages-free', stories(20_000), 'dist/')).toEqual([]);
    const problems = checkHost('cloudflare-pages-free', stories(55_302), 'dist/');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.limit).toBe('files');
    expect(problems[0]!.message).toBe(
      "dist/ holds 55,302 files; Cloudflare Pages' free plan takes 20,000 a site: use the paid plan (100,000, with PAGES_WRANGLER_MAJOR_VERSION=4 set in the project) or a host without a file limit such as Netlify, or a bucket behind a CDN",
    );
    expect(checkHost('cloudflare-pages', stories(55_302), 'dist/')).toEqual([]);
    expect(checkHost('cloudflare-pages', stories(100_001), 'dist/')[0]!.message).toMatch(
      /^dist\/ holds 100,001 files; Cloudflare Pages' paid plan takes 100,000 a site: use a host without a file limit such as Netlify/,
    );
  });

  it('counts folders towards GitLab Pages’ 200,000 entries', () => {
    // 100,000 stories in a folder each: 100,000 files, 100,000 + 4 folders.
    const [problem, ...others] = checkHost('gitlab-pages', stories(100_000, 1), 'dist/');
    expect(others).toEqual([]);
    expect(problem!.message).toBe(
      'dist/ holds 200,004 entries (100,000 files and 100,004 folders); GitLab Pages takes 200,000 a site, folders included: use a host without a file limit such as Netlify, or a bucket behind a CDN',
    );
    expect(checkHost('cloudflare-pages', stories(100_000, 1), 'dist/')).toEqual([]);
  });

  it('fails GitHub Pages and GitLab Pages over 1 GB, in GB and bytes', () => {
    const big = stories(10, 109_000_000);
    const [github] = checkHost('github-pages', big, 'site/');
    expect(github).toEqual({
      limit: 'totalBytes',
      message:
        'site/ holds 1.09 GB (1,090,000,000 bytes); GitHub Pages takes 1 GB a site: use Cloudflare Pages (no limit on bytes; 100,000 files on the paid plan), Netlify, or a bucket behind a CDN',
    });
    expect(checkHost('gitlab-pages', big, 'site/').map((p) => p.limit)).toEqual(['totalBytes']);
    expect(checkHost('github-pages', stories(10, 100_000_000), 'site/')).toEqual([]);
    expect(checkHost('netlify', big, 'site/')).toEqual([]);
  });

  it('fails Cloudflare Pages over 25 MiB a file, naming the largest and how many more', () => {
    const output = [
      ...stories(3),
      { path: 'pagefind/a.pf_index', bytes: 26 * MiB },
      { path: 'pagefind/b.pf_index', bytes: 30 * MiB },
      { path: 'exactly.bin', bytes: 25 * MiB },
    ];
    const problems = checkHost('cloudflare-pages', output, 'dist/');
    expect(problems).toEqual([
      {
        limit: 'fileBytes',
        message:
          "dist/pagefind/b.pf_index is 30.0 MiB (and 1 other file over the limit); Cloudflare Pages' paid plan takes 25 MiB a file: serve that file from R2 or another bucket, or use a host without a per-file limit such as Netlify",
      },
    ]);
    expect(checkHost('cloudflare-pages-free', [{ path: 'exactly.bin', bytes: 25 * MiB }], 'dist/')).toEqual([]);
  });

  it('fails Netlify over 54,000 entries in one folder', () => {
    const flat = Array.from({ length: 54_001 }, (_, i) => ({ path: `tags/t${i}.html`, bytes: 1 }));
    expect(checkHost('netlify', flat, 'dist/')).toEqual([
      {
        limit: 'filesPerFolder',
        message:
          'dist/tags/ holds 54,001 entries in one folder; Netlify takes 54,000 a folder: use a bucket behind a CDN, which has no such limit',
      },
    ]);
    expect(checkHost('netlify', flat.slice(1), 'dist/')).toEqual([]);
    // 60,000 story folders spread over days stay within it.
    expect(
      checkHost(
        'netlify',
        stories(60_000).map((f, i) => ({ ...f, path: f.path.replace('/20/', `/${i % 28}/`) })),
        'dist/',
      ),
    ).toEqual([]);
  });

  it('lists every limit exceeded at once', () => {
    const output = [...stories(20_001, 50_000), { path: 'huge.bin', bytes: 40 * MiB }];
    expect(checkHost('cloudflare-pages-free', output, 'dist/').map((p) => p.limit)).toEqual(['files', 'fileBytes']);
  });
});

describe('describing a fit', () => {
  it('gives the figures against each limit of the host', () => {
    const output = [...stories(2), { path: 'pagefind/x.pf_index', bytes: 3 * MiB }];
    expect(describeFit('cloudflare-pages-free', output, 'dist/')).toBe(
      "dist/ fits Cloudflare Pages' free plan: 3 files of 20,000; the largest file 3.0 MiB of 25 MiB",
    );
    expect(describeFit('gitlab-pages', output, 'dist/')).toBe(
      'dist/ fits GitLab Pages: 10 entries of 200,000; 0.00 GB (3,147,728 bytes) of 1 GB',
    );
    expect(describeFit('netlify', output, 'dist/')).toBe('dist/ fits Netlify: at most 2 entries a folder of 54,000');
  });
});
