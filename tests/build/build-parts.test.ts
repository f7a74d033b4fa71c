/**
 * A build in parts (`npm run build -- --shard K/N`, then `-- --merge DIR...`, which `npm run build`
 * does by itself for an archive larger than one part) makes the site a single build makes, file
 * for file, and its search finds the articles of every shard.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';
import { chromiumForSuite } from '../helpers/browser.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { listFiles } from '../helpers/html.ts';
import { contentCacheDir, partCacheDir } from '../../src/caches/build-cache.ts';
import { projectRoot } from '../../scripts/lib/build-command.ts';

const chromiumPath = chromiumForSuite('the search check of a merged build (tests/build/build-parts.test.ts)');

/** Every file of a built site, by path. */
async function siteFiles(outDir: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(outDir, '');
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(outDir, f))] as const)));
}

describe('a build in two shards, merged', () => {
  let whole: BuildResult;
  let auto: BuildResult;
  let contentDir: string;
  /** The folder of shard `k` of 2, which the build in parts keeps beside its output. */
  const shardDir = (k: number) => join(`${auto.outDir}-shards`, `${k}-of-2`);
  /** One search part a year, so that three small years can make shards. */
  const env = { SEARCH_PART_ARTICLES: '1' };
  /** A part of at most about three stories: the archive's five make two shards, 2016–2017 and 2018. */
  const inParts = { ...env, BUILD_PART_ARTICLES: '3' };

  beforeAll(async () => {
    contentDir = await copyFixture('archive');
    // A third year, so that a shard holds two.
    await writeArticle(
      contentDir,
      '2017/envoys-meet-in-geneva.md',
      {
        title: 'Envoys meet in Geneva',
        date: '2017-07-04T09:40:00+02:00',
        source: 'wire',
        section: 'Diplomacy',
        topics: ['talks'],
        tags: ['Diplomacy'],
      },
      'The envoys met for two hours in Geneva and agreed to hold further talks in autumn.',
    );
    whole = await buildSite({ contentDir, env });
    // `npm run build` on an archive larger than one part: `--shard K/2` twice, then `--merge`, by itself.
    auto = await buildSite({ contentDir, env: inParts });
    for (const build of [whole, auto]) if (!build.ok) throw new Error(`A build failed:\n${build.output}`);
  }, 300_000);

  it('is how npm run build builds an archive larger than one part by itself, saying how long each part took', () => {
    expect(auto.output).toMatch(
      /\d+ article files: building in 2 parts of at most about 3 articles \(BUILD_PART_ARTICLES\), then merging them/,
    );
    expect(auto.output).toMatch(/Merged 2 shards into .*: 5 articles, searched in 3 parts, their files linked/);
    for (const part of ['Part 1 of 2', 'Part 2 of 2', 'The merge'])
      expect(auto.output).toMatch(new RegExp(`${part} took \\d+\\.\\d s`));
  });

  it('gives each shard its run of years’ article pages and search bundles, and nothing else to merge', async () => {
    const years = await Promise.all(
      [1, 2].map(async (k) => (await listFiles(join(shardDir(k), 'articles'), '.html')).map((f) => f.slice(0, 4))),
    );
    expect(years.map((list) => [...new Set(list)].sort())).toEqual([['2016', '2017'], ['2018']]);
    expect(auto.output).toMatch(/Shard 1\/2 \(2016, 2017\) is in /);
    expect(auto.output).toMatch(/Shard 2\/2 \(2018\) is in /);
  });

  it('keeps only its own years’ stories in each shard’s content store, the others’ fields coming from the checked entries', async () => {
    const store = await readFile(
      join(
        partCacheDir(contentCacheDir(contentDir, projectRoot), { kind: 'shard', index: 2, count: 2 }),
        'data-store.json',
      ),
      'utf8',
    );
    expect(store).toContain('2018/summit-held');
    expect(store).not.toContain('2016/launch-condemned');
    expect(store).not.toContain('2017/envoys-meet-in-geneva');
    // Yet its page names stories of the other years (related coverage, topic neighbours): the merged site equals the single build's, below.
  });

  it('makes the same site as a single build, file for file', async () => {
    const expected = await siteFiles(whole.outDir);
    const built = await siteFiles(auto.outDir);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(built.get(file)?.equals(content), file).toBe(true);
  });

  it('keeps a shard asked for by hand with --shard when its inputs have not changed, and refuses to merge when one is missing, naming it', async () => {
    const kept = await buildSite({ contentDir, env, args: ['--shard', '2/2'], outDir: shardDir(2) });
    expect(kept.ok, kept.output).toBe(true);
    expect(kept.output).toMatch(/Shard 2\/2 \(2018\) is unchanged since it was built: kept in /);
    expect(kept.output).toContain('Merge the shards with npm run build -- --merge DIR...');
    const partial = await buildSite({ contentDir, env, args: ['--merge', shardDir(2)] });
    expect(partial.ok).toBe(false);
    expect(partial.output).toContain('--merge: shard 1/2 missing; pass the folders of all 2 shards to --merge');
  });

  describe.skipIf(!chromiumPath)('searching the merged site', () => {
    let browser: Browser;
    let site: ServedSite;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath!);
      site = await serveSite(auto.outDir);
    });

    afterAll(async () => {
      await site?.close();
      await browser?.close();
    });

    it('finds an article from every shard, newest first in one list', async () => {
      const page = await browser.newPage();
      await page.goto(site.url('search/?q=met&sort=newest'));
      const links = page.locator('.search-result a[href*="/articles/"]');
      await expect.poll(() => links.count()).toBeGreaterThanOrEqual(3);
      // The date is in each article's address: /articles/YYYY/MM/DD/<slug>/.
      const days = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(
        (href) => /\/articles\/(\d{4}\/\d{2}\/\d{2})\//.exec(href)?.[1] ?? href,
      );
      expect(new Set(days.map((d) => d.slice(0, 4)))).toEqual(new Set(['2016', '2017', '2018']));
      expect([...days].sort().reverse()).toEqual(days);
      await page.close();
    });

    it('shows the newest year’s results while the older years’ parts load, then one list of every year', async () => {
      const context = await browser.newContext();
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      // Pagefind fetches in a worker: routed for the whole context, which holds the workers' requests too.
      await context.route(/\/pagefind\/(2016|2017)\//, async (route) => {
        await released;
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(site.url('search/?q=met'));
      const status = page.locator('[data-search-status]');
      const links = page.locator('.search-result a[href*="/articles/"]');
      const years = async () =>
        (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(
          (href) => /\/articles\/(\d{4})\//.exec(href)?.[1],
        );
      await expect.poll(() => status.textContent()).toMatch(/ for “met” in 2018 so far; searching 2016–2017…$/);
      expect(new Set(await years())).toEqual(new Set(['2018']));
      release();
      await expect.poll(() => status.textContent()).toMatch(/^\d+ results for “met”$/);
      expect(new Set(await years())).toEqual(new Set(['2016', '2017', '2018']));
      await context.close();
    });
  });

  it('builds again only the shard whose story was edited in its text, and every shard when its headline changes', async () => {
    const story = join(contentDir, 'articles/2017/envoys-meet-in-geneva.md');
    const page = join(auto.outDir, 'articles/2017/07/04/envoys-meet-in-geneva/index.html');
    await writeFile(story, `${await readFile(story, 'utf8')}\nBoth sides said the talks had been useful.\n`);
    const again = await buildSite({ contentDir, env: inParts, outDir: auto.outDir });
    if (!again.ok) throw new Error(`The rebuild failed:\n${again.output}`);
    expect(again.output).toMatch(/Shard 2\/2 \(2018\) is unchanged since it was built: kept in /);
    expect(again.output).toMatch(/Shard 1\/2 \(2016, 2017\) is in /);
    expect(await readFile(page, 'utf8')).toContain('Both sides said the talks had been useful.');
    // What a single build of the edited archive makes, file for file.
    const single = await buildSite({ contentDir, env });
    if (!single.ok) throw new Error(`The single build failed:\n${single.output}`);
    const expected = await siteFiles(single.outDir);
    const built = await siteFiles(auto.outDir);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(built.get(file)?.equals(content), file).toBe(true);

    // Other shards' pages show its headline (related coverage, topic neighbours): they are built again.
    await writeFile(
      story,
      (await readFile(story, 'utf8')).replace('title: "Envoys meet in Geneva"', 'title: "Envoys meet again in Geneva"'),
    );
    const retitled = await buildSite({ contentDir, env: inParts, outDir: auto.outDir });
    if (!retitled.ok) throw new Error(`The rebuild failed:\n${retitled.output}`);
    expect(retitled.output).not.toContain('unchanged since it was built');
    expect(retitled.output.match(/Shard \d\/2 \([\d, ]+\) is in /g)).toHaveLength(2);
    expect(await readFile(page, 'utf8')).toContain('Envoys meet again in Geneva');
  }, 300_000);
});
