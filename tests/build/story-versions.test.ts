/**
 * A wire story and its LEAD, imported one after the other into an empty archive and built: one
 * story page, its versions page with both times and the LEAD's new paragraphs marked as added,
 * one feed item and one search result.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';
import { chromiumForSuite } from '../helpers/browser.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, parseHtml, texts } from '../helpers/html.ts';
import { archiveWithWireSources, importerFixtures, runImport } from '../unit/importer/fixtures.ts';

const chromiumPath = chromiumForSuite(
  'the search check of an imported story with versions (tests/build/story-versions.test.ts)',
);
const STORY = 'articles/2016/01/20/us-envoy-presses-china-to-use-its-sway-over-n-korea/';

describe('a first take and its LEAD imported into an empty archive', { timeout: 300_000 }, () => {
  let site: BuildResult;
  let imports: { code: number; stdout: string; stderr: string }[];
  const page = async (file: string) => parseHtml(await site.read(file));

  beforeAll(async () => {
    const dir = await archiveWithWireSources();
    await rm(join(dir, 'articles'), { recursive: true });
    const out = ['--out', join(dir, 'articles')];
    imports = [
      await runImport([...out, join(importerFixtures, 'versions/envoy-first-take.txt')]),
      await runImport([...out, join(importerFixtures, 'yonhap/lead-envoy-presses-china.txt')]),
    ];
    site = await buildSite({ contentDir: dir });
    if (!site.ok) throw new Error(`Build failed:\n${site.output}`);
  }, 300_000);

  it('files the LEAD as the current version, with nothing refused', () => {
    expect(imports.map((run) => run.code)).toEqual([0, 0]);
    expect(imports[1]!.stderr).toMatch(/1 filed as a version of a stored story/);
  });

  it('builds one story page, which says it was updated and has 2 versions', async () => {
    const stories = (await listFiles(site.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    expect(stories).toEqual([`${STORY}index.html`]);
    const story = await page(`${STORY}index.html`);
    expect(story.querySelector('.article__meta .article__label')?.textContent).toBe('LEAD');
    const updated = story.querySelector('.article__updated');
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2016-01-20T19:27:00+09:00');
    expect(updated?.querySelector('a')?.textContent).toBe('2 versions');
    expect(updated?.querySelector('a')?.getAttribute('href')).toBe(`/${STORY}versions/`);
  });

  it('lists both versions with their times, and marks the paragraphs the LEAD added', async () => {
    const versions = await page(`${STORY}versions/index.html`);
    expect([...versions.querySelectorAll('.version__meta time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2016-01-20T19:27:00+09:00',
      '2016-01-20T15:02:00+09:00',
    ]);
    const added = texts(versions, '.diff-block--added ins').join(' ');
    expect(added).toContain('Seoul and Washington have been pressing Beijing');
    expect(added).toContain('At an afternoon briefing, the ministry said');
    expect(versions.querySelector('.version-diff del')).toBeNull();
  });

  it('lists the story once in the feed and once in the search index', async () => {
    const feed = await new Parser().parseString(await site.read('rss.xml'));
    expect(feed.items.map((i) => i.link)).toEqual([`http://localhost:4321/${STORY}`]);
    expect(site.output).toContain('Indexed 1 article for search');
  });

  describe.skipIf(!chromiumPath)('searching the site', () => {
    let browser: Browser;
    let served: ServedSite;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath!);
      served = await serveSite(site.outDir);
    });

    afterAll(async () => {
      await served?.close();
      await browser?.close();
    });

    it('finds a word only the LEAD has in one result: the story, not its versions', async () => {
      const tab = await browser.newPage();
      await tab.goto(served.url('search/?q=fuel'));
      await expect.poll(() => tab.locator('[data-search-status]').textContent()).toMatch(/^1 result for “fuel”/);
      expect(await tab.locator('.search-result a').first().getAttribute('href')).toMatch(new RegExp(`^/${STORY}\\?`));
      await tab.close();
    });
  });
});
