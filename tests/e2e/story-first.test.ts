/**
 * A story page leads with the story: on a phone (390×844) the first paragraph of every sample
 * story starts within the first screen, and no story shows an empty photo frame.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from '../helpers/browser.ts';
import { useSampleInBrowser } from '../helpers/sample-in-browser.ts';

const chromiumPath = chromiumForSuite('the story-first tests (tests/e2e/story-first.test.ts)');
const PHONE = { width: 390, height: 844 };

/** Every current story page of a built site (`articles/YYYY/MM/DD/<slug>/`), versions left out. */
async function storyPages(outDir: string): Promise<string[]> {
  const entries = await readdir(join(outDir, 'articles'), { recursive: true });
  return entries
    .map((entry) => entry.split('\\').join('/'))
    .filter((entry) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(entry))
    .map((entry) => `articles/${entry.slice(0, -'index.html'.length)}`)
    .sort();
}

describe.skipIf(!chromiumPath)('story pages on a phone', () => {
  const sample = useSampleInBrowser(chromiumPath!);
  let pages: string[];

  beforeAll(async () => {
    pages = await storyPages(sample.outDir);
  });

  it('starts the first paragraph of every sample story within the first screen, photos loaded, and frames no missing photo', async () => {
    expect(pages.length).toBeGreaterThan(40);
    const context = await sample.browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
    const late: string[] = [];
    const frames: string[] = [];
    const lineEnds: number[] = [];
    const broken: string[] = [];
    const unsized: string[] = [];
    let photos = 0;
    try {
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(sample.served.url(path));
        // A photo above the text pushes it down once loaded: measure after every figure's image has loaded (or failed).
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLImageElement>('figure img')].every((img) => img.complete),
        );
        const found = await page.evaluate(() => {
          const first = document.querySelector('.article__body p');
          const empty = [...document.querySelectorAll('figure')].filter((f) => !f.querySelector('img')).length;
          // Where its first line ends: that line, not only its top edge, is on the first screen.
          const line = first ? parseFloat(getComputedStyle(first).lineHeight) || 24 : 0;
          const images = [...document.querySelectorAll<HTMLImageElement>('figure img')];
          return {
            lineEnd: first ? first.getBoundingClientRect().top + window.scrollY + line : undefined,
            empty,
            shown: images.filter((img) => img.naturalWidth > 0).length,
            broken: images.filter((img) => img.naturalWidth === 0).length,
            // Without both, the text jumps down when the photo arrives.
            unsized: images.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length,
          };
        });
        photos += found.shown;
        if (found.broken > 0) broken.push(`${path}: ${found.broken}`);
        if (found.unsized > 0) unsized.push(`${path}: ${found.unsized}`);
        if (found.lineEnd === undefined || found.lineEnd > PHONE.height)
          late.push(`${path}: ${found.lineEnd ?? 'no first paragraph'}`);
        else lineEnds.push(found.lineEnd);
        if (found.empty > 0) frames.push(`${path}: ${found.empty}`);
      }
    } finally {
      await context.close();
    }
    console.info(
      `story-first: ${pages.length} stories, the first line of the first paragraph ends at most ${Math.round(Math.max(...lineEnds, 0))} px down`,
    );
    expect(late).toEqual([]);
    expect(frames).toEqual([]);
    // The sample's photo (a chart of the North's nuclear tests) loads under the CSP; none is broken.
    expect(broken).toEqual([]);
    expect(unsized).toEqual([]);
    expect(photos).toBeGreaterThan(0);
  });

  it('opens the citation block without script, under the site’s CSP', async () => {
    const context = await sample.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(sample.served.url('articles/2021/03/18/blinken-presses-china-on-north-korea/'));
      // Served with public/_headers' policy (scripts/lib/static-server.ts), which allows no inline script.
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      const references = page.locator('.article-citation dl');
      expect(await references.isVisible()).toBe(false);
      await page.locator('.article-citation summary').click();
      expect(await references.isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
