/**
 * A build in parts (`npm run build -- --shard K/N`, then `-- --merge DIR...`) makes the site a
 * single build makes, file for file, and its search finds the articles of every shard.
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

describe('a build in three shards, merged', () => {
  let whole: BuildResult;
  let shards: BuildResult[];
  let merged: BuildResult;
  let auto: BuildResult | undefined;
  let contentDir: string;

  beforeAll(async () => {
    contentDir = await copyFixture('archive');
    // A third year, so that each of three shards has one.
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
    // One search part a year, so that three small years make three shards.
    const env = { SEARCH_PART_ARTICLES: '1' };
    whole = await buildSite({ contentDir, env });
    shards = [];
    for (const k of [1, 2, 3]) shards.push(await buildSite({ contentDir, env, args: ['--shard', `${k}/3`] }));
    merged = await buildSite({ contentDir, env, args: ['--merge', ...shards.map((s) => s.outDir)] });
    for (const build of [whole, ...shards, merged]) if (!build.ok) throw new Error(`A build failed:\n${build.output}`);
  });

  it('gives each shard a year of article pages and its search bundle, and nothing else to merge', async () => {
    const years = await Promise.all(
      shards.map(async (s) => (await listFiles(join(s.outDir, 'articles'), '.html')).map((f) => f.slice(0, 4))),
    );
    expect(years.map((list) => [...new Set(list)])).toEqual([['2016'], ['2017'], ['2018']]);
    for (const shard of shards) expect(shard.output).toMatch(/Shard \d\/3 \(\d{4}\) is in/);
    expect(merged.output).toMatch(/Merged 3 shards into .*: 5 articles, searched in 3 parts/);
  });

  it('keeps only its own years’ stories in each shard’s content store, the others’ fields coming from the checked entries', async () => {
    const store = await readFile(
      join(
        partCacheDir(contentCacheDir(contentDir, projectRoot), { kind: 'shard', index: 2, count: 3 }),
        'data-store.json',
      ),
      'utf8',
    );
    expect(store).toContain('2017/envoys-meet-in-geneva');
    expect(store).not.toContain('2016/launch-condemned');
    expect(store).not.toContain('2018/summit-held');
    // Yet its page names stories of the other years (related coverage, topic neighbours): the merged site equals the single build's, below.
  });

  it('makes the same site as a single build, file for file', async () => {
    const expected = await siteFiles(whole.outDir);
    const built = await siteFiles(merged.outDir);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(built.get(file)?.equals(content), file).toBe(true);
  });

  it('refuses to merge when a shard is missing, naming it', async () => {
    const partial = await buildSite({
      contentDir,
      env: { SEARCH_PART_ARTICLES: '1' },
      args: ['--merge', shards[0]!.outDir, shards[2]!.outDir],
    });
    expect(partial.ok).toBe(false);
    expect(partial.output).toContain('--merge: shard 2/3 missing; pass the folders of all 3 shards to --merge');
  });

  it('is how npm run build builds an archive larger than one part by itself: the same site, shards kept beside it', async () => {
    auto = await buildSite({ contentDir, env: { SEARCH_PART_ARTICLES: '1', BUILD_PART_ARTICLES: '2' } });
    if (!auto.ok) throw new Error(`The build failed:\n${auto.output}`);
    expect(auto.output).toMatch(
      /\d+ article files: building in 3 parts of at most about 2 articles \(BUILD_PART_ARTICLES\), then merging them/,
    );
    expect(auto.output).toMatch(/Merged 3 shards into .*: 5 articles, searched in 3 parts, their files linked/);
    // Each part says how long it took, so a long build's log shows where its time went.
    for (const part of ['Part 1 of 3', 'Part 2 of 3', 'Part 3 of 3', 'The merge'])
      expect(auto.output).toMatch(new RegExp(`${part} took \\d+\\.\\d s`));
    const expected = await siteFiles(whole.outDir);
    const built = await siteFiles(auto.outDir);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(built.get(file)?.equals(content), file).toBe(true);
    expect(
      (await listFiles(join(`${auto.outDir}-shards`, '2-of-3', 'articles'), '.html')).every((f) =>
        f.startsWith('2017'),
      ),
    ).toBe(true);
  }, 300_000);

  it('builds again only the shard whose story was edited in its text, and every shard when its headline changes', async () => {
    if (!auto?.ok) throw new Error('needs the build in parts of the test before');
    const env = { SEARCH_PART_ARTICLES: '1', BUILD_PART_ARTICLES: '2' };
    const story = join(contentDir, 'articles/2017/envoys-meet-in-geneva.md');
    const page = join(auto.outDir, 'articles/2017/07/04/envoys-meet-in-geneva/index.html');
    await writeFile(story, `${await readFile(story, 'utf8')}\nBoth sides said the talks had been useful.\n`);
    const again = await buildSite({ contentDir, env, outDir: auto.outDir });
    if (!again.ok) throw new Error(`The rebuild failed:\n${again.output}`);
    expect(again.output).toMatch(/Shard 1\/3 \(2016\) is unchanged since it was built: kept in /);
    expect(again.output).toMatch(/Shard 3\/3 \(2018\) is unchanged since it was built: kept in /);
    expect(again.output).toMatch(/Shard 2\/3 \(2017\) is in /);
    expect(await readFile(page, 'utf8')).toContain('Both sides said the talks had been useful.');
    // What a single build of the edited archive makes, file for file.
    const single = await buildSite({ contentDir, env: { SEARCH_PART_ARTICLES: '1' } });
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
    const retitled = await buildSite({ contentDir, env, outDir: auto.outDir });
    if (!retitled.ok) throw new Error(`The rebuild failed:\n${retitled.output}`);
    expect(retitled.output).not.toContain('unchanged since it was built');
    expect(retitled.output.match(/Shard \d\/3 \(\d{4}\) is in /g)).toHaveLength(3);
    expect(await readFile(page, 'utf8')).toContain('Envoys meet again in Geneva');
  }, 300_000);

  describe.skipIf(!chromiumPath)('searching the merged site', () => {
    let browser: Browser;
    let site: ServedSite;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath!);
      site = await serveSite(merged.outDir);
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
});
