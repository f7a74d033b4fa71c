/**
 * What a reader sees of times and listing pages in Chromium, on the built sample archive: a
 * story's time named for its dateline's place on its page, its versions page and the lists; and
 * listing pages that use a desktop's width (no side left more than 40% blank, rules no wider than
 * the text) without scrolling sideways on a phone, in light and dark. Screenshots for issue 32's
 * review go to test-results/screenshots/ at 390 and 1280 px: a topic, a person, a year and the
 * corrections from the listing loop; the home page, a story and its versions page; search with the
 * filter sheet open on a phone and with results on a desktop.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForSuite } from '../helpers/browser.ts';
import { useSampleInBrowser } from '../helpers/sample-in-browser.ts';
import { saveScreenshot, screenshotDir } from '../helpers/screenshots.ts';

const chromiumPath = chromiumForSuite('the listing and time tests (tests/e2e/listings.test.ts)');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const LISTINGS = {
  topic: 'topics/china-and-north-korea/',
  person: 'people/antony-blinken/',
  year: 'archive/2018/',
  month: 'archive/2017/09/',
  corrections: 'corrections/',
  topics: 'topics/',
  sources: 'sources/',
  source: 'sources/reuters/',
  section: 'sections/diplomacy/',
};

describe.skipIf(!chromiumPath)('times and listing pages in a browser', () => {
  const sample = useSampleInBrowser(chromiumPath!);

  async function withPage<T>(options: Parameters<Browser['newPage']>[0], use: (page: Page) => Promise<T>): Promise<T> {
    const page = await sample.browser.newPage(options);
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  }

  const times = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));

  it("names a story's time for its dateline: KST from Seoul whoever filed it, EST at the U.N., the same on every page", async () => {
    await withPage({ viewport: DESKTOP }, async (page) => {
      // Reuters (a London source) from SEOUL, with earlier versions.
      const story = 'articles/2020/10/10/north-korea-unveils-new-icbm-at-parade/';
      await page.goto(sample.served.url(story));
      const shown = await times(page, '.article__meta time');
      expect(shown[0]).toBe('10 October 2020, 09:30 KST');
      expect(shown.every((t) => / KST$/.test(t))).toBe(true);
      await page.goto(sample.served.url(`${story}versions/`));
      const filed = await times(page, '.version__meta time');
      expect(filed.length).toBeGreaterThan(1);
      expect(filed.every((t) => / KST$/.test(t))).toBe(true);
      await page.goto(sample.served.url(`${story}versions/1/`));
      const banner = (await page.locator('.earlier-version p').first().textContent()) ?? '';
      expect(banner).toMatch(/filed 10 October 2020, \d\d:\d\d KST\. It has since been updated\.$/);
      expect(banner).not.toContain('))');

      // AP (a New York source) from SEOUL reads KST too; on its person's page as on its own.
      await page.goto(sample.served.url('articles/2021/03/18/blinken-presses-china-on-north-korea/'));
      expect((await times(page, '.article__meta time'))[0]).toBe('18 March 2021, 18:40 KST');
      await page.goto(sample.served.url('people/antony-blinken/'));
      const card = page.locator('.card', { hasText: 'Blinken presses China' });
      expect(await card.locator('time').textContent()).toBe('18 March 2021, 18:40 KST');

      // Reuters from the UNITED NATIONS in December reads EST, as AP's U.N. stories do; from WASHINGTON in April, EDT.
      await page.goto(sample.served.url('articles/2017/12/22/un-slashes-north-korea-fuel-imports/'));
      expect((await times(page, '.article__meta time'))[0]).toBe('22 December 2017, 16:40 EST');
      await page.goto(sample.served.url('articles/2016/11/30/un-caps-north-korea-coal-exports/'));
      expect((await times(page, '.article__meta time'))[0]).toBe('30 November 2016, 16:45 EST');
      await page.goto(sample.served.url('articles/2021/04/30/biden-team-completes-north-korea-policy-review/'));
      expect((await times(page, '.article__meta time'))[0]).toBe('30 April 2021, 18:30 EDT');

      // A Korean page names the zone in Korean.
      await page.goto(sample.served.url('ko/archive/2016/'));
      const korean = await times(page, '.card time');
      expect(korean.length).toBeGreaterThan(0);
      expect(korean.every((t) => t.endsWith('(한국 표준시)'))).toBe(true);
    });
  });

  it('gives the topics index its spans to the day or the month, never the minute', async () => {
    await withPage({ viewport: DESKTOP }, async (page) => {
      await page.goto(sample.served.url('topics/'));
      const counts = await times(page, '.entry-list .count');
      expect(counts.length).toBeGreaterThan(3);
      for (const count of counts)
        expect(count).toMatch(/^\d+ articles?, (\d+ – )?(\d+ )?[A-Z][a-z]+ \d{4}( – [A-Z][a-z]+ \d{4})?$/);
      expect(counts.join(' ')).not.toMatch(/\d\d:\d\d/);
    });
  });

  /** How far the page's text keeps from each side of the window, the widest rule's width and the text column's, and any sideways scroll. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      // Where text is drawn, not where its boxes reach: a list item's box spans its column.
      let left = Infinity;
      let right = 0;
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          if (!box.width) continue;
          left = Math.min(left, box.left);
          right = Math.max(right, box.right);
        }
      }
      const ruled = [...document.querySelectorAll('main .article-list > li, main .entry-list > li, main .date-group')];
      const texts = [...document.querySelectorAll('main .card, main .entry-list > li > *')];
      return {
        leftBlank: left / window.innerWidth,
        rightBlank: (window.innerWidth - right) / window.innerWidth,
        widestRule: Math.max(0, ...ruled.map((el) => el.getBoundingClientRect().width)),
        widestText: Math.max(0, ...texts.map((el) => el.getBoundingClientRect().width)),
        sideways: document.documentElement.scrollWidth - window.innerWidth,
      };
    });

  for (const scheme of ['light', 'dark'] as const) {
    it(`lays listing pages out across a desktop and within a phone, in ${scheme} mode`, async () => {
      const shots = await screenshotDir();
      const wide: string[] = [];
      const sideways: string[] = [];
      for (const viewport of [DESKTOP, PHONE]) {
        await withPage({ viewport, colorScheme: scheme }, async (page) => {
          for (const [name, path] of Object.entries(LISTINGS)) {
            expect((await page.goto(sample.served.url(path)))?.status(), path).toBe(200);
            const found = await measure(page);
            if (viewport === DESKTOP) {
              if (found.leftBlank > 0.4 || found.rightBlank > 0.4)
                wide.push(
                  `${name}: ${Math.round(found.leftBlank * 100)}% blank left, ${Math.round(found.rightBlank * 100)}% right`,
                );
              // A rule ends where the text ends: no wider than the widest text it separates.
              if (found.widestText > 0 && found.widestRule > found.widestText + 1)
                wide.push(`${name}: a rule ${found.widestRule} px wide over text ${found.widestText} px wide`);
            }
            if (found.sideways > 0) sideways.push(`${name} at ${viewport.width} px: ${found.sideways} px`);
            if (scheme === 'light' && ['topic', 'person', 'year', 'corrections'].includes(name)) {
              await saveScreenshot(page, { path: join(shots, `${name}-${viewport.width}.png`), fullPage: true });
            }
          }
        });
      }
      expect(wide).toEqual([]);
      expect(sideways).toEqual([]);
    });
  }

  it('shows the home page, a story, its versions and search at both widths, for the screenshots a person reviews', async () => {
    const shots = await screenshotDir();
    const PAGES = {
      home: '',
      // The sample's seed story (Yonhap, 6 January 2016), and a story with earlier versions.
      story: 'articles/2016/01/06/n-korea-says-it-conducted-first-h-bomb-test/',
      versions: 'articles/2020/10/10/north-korea-unveils-new-icbm-at-parade/versions/',
    };
    for (const viewport of [DESKTOP, PHONE]) {
      await withPage({ viewport }, async (page) => {
        for (const [name, path] of Object.entries(PAGES)) {
          expect((await page.goto(sample.served.url(path)))?.status(), path).toBe(200);
          expect(await page.locator('main h1').count(), path).toBe(1);
          await saveScreenshot(page, { path: join(shots, `${name}-${viewport.width}.png`), fullPage: true });
        }

        await page.goto(sample.served.url('search/?q=sanctions'));
        await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
        // The filter groups arrive after the results; wait for them so the picture shows them.
        await expect.poll(() => page.locator('[data-search-filters] input[type=checkbox]').count()).toBeGreaterThan(0);
        if (viewport === PHONE) {
          await page.getByRole('button', { name: 'Filters', exact: true }).click();
          const sheet = page.getByRole('dialog', { name: 'Narrow the results' });
          await expect.poll(() => sheet.isVisible()).toBe(true);
          await saveScreenshot(page, { path: join(shots, 'search-filters-390.png') });
        } else {
          await saveScreenshot(page, { path: join(shots, `search-${viewport.width}.png`), fullPage: true });
        }
      });
    }
  });

  it('puts the topic’s background, the person’s facts and the year’s months beside the list on a desktop, above it on a phone', async () => {
    for (const [path, rail] of [
      [LISTINGS.topic, '.topic-background'],
      [LISTINGS.person, '.facts'],
      [LISTINGS.year, '.month-list'],
    ] as const) {
      const placed = async (viewport: { width: number; height: number }) =>
        withPage({ viewport }, async (page) => {
          await page.goto(sample.served.url(path));
          const railBox = (await page.locator(rail).boundingBox())!;
          const listBox = (await page.locator('.listing__main').boundingBox())!;
          return { beside: railBox.x >= listBox.x + listBox.width, above: railBox.y + railBox.height <= listBox.y };
        });
      expect(await placed(DESKTOP), `${path} at 1280 px`).toEqual({ beside: true, above: false });
      expect(await placed(PHONE), `${path} at 390 px`).toEqual({ beside: false, above: true });
    }
  });

  it('gives every list divided by date the same heading style', async () => {
    const styles = await withPage({ viewport: DESKTOP }, async (page) => {
      const found: Record<string, string> = {};
      for (const name of ['topic', 'person', 'year', 'month', 'corrections'] as const) {
        await page.goto(sample.served.url(LISTINGS[name]));
        found[name] = await page
          .locator('.date-group')
          .first()
          .evaluate((el) => {
            const style = getComputedStyle(el);
            const link = el.querySelector('a');
            const text = link ? getComputedStyle(link) : style;
            return [style.fontFamily, style.fontSize, style.fontWeight, text.color, style.borderBottomWidth].join(
              ' | ',
            );
          });
      }
      return found;
    });
    expect(new Set(Object.values(styles)).size, JSON.stringify(styles, null, 2)).toBe(1);
  });
});
