/** `npm run build` itself: one build at a time per project, and what it reports of itself. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildReport } from '../../scripts/lib/build-figures.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/content.ts';
import { listFiles } from '../helpers/html.ts';

describe('npm run build', () => {
  it('lets a second build started alongside wait for the first; both succeed and no server chunks reach the output', async () => {
    const contentDir = await copyFixture('archive');
    const [first, second] = await Promise.all([buildSite({ contentDir }), buildSite({ contentDir })]);
    expect(first.ok, first.output).toBe(true);
    expect(second.ok, second.output).toBe(true);
    const waited = [first, second].filter((b) => b.output.includes('Another build is running in this project'));
    expect(waited).toHaveLength(1);
    for (const build of [first, second]) {
      expect(await readdir(build.outDir)).not.toContain('.prerender');
      expect(await build.read('articles/2016/01/20/first-talks-open/index.html')).toContain('<h1');
    }
  });

  // One build for two options, as each fixture build costs some 40 s: --figures, and --host with a host the small archive fits.
  it('writes what it measured of itself with --figures: the pages indexed for search and the time taken; --host checks the output against the host', async () => {
    const contentDir = await copyFixture('archive');
    const site = await buildSite({
      contentDir,
      args: ['--figures', join(contentDir, 'figures.json'), '--host', 'cloudflare-pages-free'],
    });
    expect(site.ok, site.output).toBe(true);
    expect(site.output).toMatch(
      /\/ fits Cloudflare Pages' free plan: \d+ files of 20,000; the largest file \d+\.\d MiB of 25 MiB/,
    );
    const report = await readBuildReport(join(contentDir, 'figures.json'));
    // Article pages, not the period listings at /articles/YYYY/, /articles/YYYY/MM/ and /articles/YYYY/MM/DD/.
    const articlePages = (await listFiles(site.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    expect(report?.searchIndex.pages).toBe(articlePages.length);
    expect(report?.searchIndex.ms).toBeGreaterThan(0);
  });
});
