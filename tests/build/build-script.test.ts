/** `npm run build` itself: one build at a time per project, what it reports of itself, and a log of problems, not noise. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildReport } from '../../scripts/lib/build-figures.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/content.ts';
import { listFiles } from '../helpers/html.ts';

describe('npm run build', () => {
  // Each fixture build costs seconds: the two builds of the first test also carry the other options and checks.
  it('lets a second build started alongside wait for the first; both succeed and no server chunks reach the output', async () => {
    const contentDir = await copyFixture('archive');
    // An archive whose stories have no earlier versions is no mistake: no warning about an empty collection.
    await rm(join(contentDir, 'articles/2016/first-talks-open/versions'), { recursive: true });
    const [first, second] = await Promise.all([
      buildSite({
        contentDir,
        args: ['--figures', join(contentDir, 'figures.json'), '--host', 'cloudflare-pages-free'],
        ownProcesses: true,
      }),
      buildSite({ contentDir, ownProcesses: true }),
    ]);
    expect(first.ok, first.output).toBe(true);
    expect(second.ok, second.output).toBe(true);
    // At least the one started second waits (both may, when another suite's build is running).
    const waited = [first, second].filter((b) => b.output.includes('Another build is running in this project'));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    for (const build of [first, second]) {
      expect(await readdir(build.outDir)).not.toContain('.prerender');
      const story = await build.read('articles/2016/01/20/first-talks-open/index.html');
      expect(story).toContain('<h1');
      expect(story).not.toContain('/versions/');
      expect(build.output).not.toMatch(/\[WARN\]/);
    }

    // --figures writes what the build measured of itself; --host checks the output against the host.
    expect(first.output).toMatch(
      /\/ fits Cloudflare Pages' free plan: \d+ files of 20,000; the largest file \d+\.\d MiB of 25 MiB/,
    );
    const report = await readBuildReport(join(contentDir, 'figures.json'));
    // Article pages, not the period listings at /articles/YYYY/, /articles/YYYY/MM/ and /articles/YYYY/MM/DD/.
    const articlePages = (await listFiles(first.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    expect(report?.searchIndex.pages).toBe(articlePages.length);
    expect(report?.searchIndex.ms).toBeGreaterThan(0);
  });
});
