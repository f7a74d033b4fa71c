/**
 * The front page and the header in a real browser: the lead story, the latest, "On this day"
 * anchored to the day of the build, and a phone's header. A fixture archive is built with a
 * newest story that has a photo and a story filed on today's date some years ago.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDayAt } from '../../src/archive/on-this-day.ts';
import { dayMonthName } from '../../src/model/dates.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';
import { chromiumForSuite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';

const chromiumPath = chromiumForSuite('the end-to-end home page tests (tests/e2e/home.test.ts)');

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
// The build's reading of today, as the home page takes it (the build runs in this process's zone).
const today = calendarDayAt(new Date());
const pad = (n: number) => String(n).padStart(2, '0');
const LEAD = 'Envoys agree on a new round of talks';
const ON_THIS_DAY = 'A story filed on this day in 2017';

async function homeFixture(): Promise<string> {
  const dir = await copyFixture('archive');
  await writeArticle(
    dir,
    '2020/new-round-of-talks.md',
    {
      title: LEAD,
      date: '2020-01-05T10:00:00+09:00',
      source: 'wire',
      section: 'Diplomacy',
      summary: 'The two sides set a date for the next meeting.',
      image: { src: '/logo.svg', alt: 'The two delegations at the table', credit: 'Fixture photo' },
    },
    'The envoys agreed to meet again next month.',
  );
  await writeArticle(
    dir,
    '2017/on-this-day.md',
    {
      title: ON_THIS_DAY,
      date: `2017-${pad(today.month)}-${pad(today.day)}`,
      source: 'wire',
      section: 'Diplomacy',
    },
    'Filed on the day the test runs, some years before.',
  );
  return dir;
}

describe.skipIf(!chromiumPath)('the home page in a browser', () => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    const build = await buildSite({ contentDir: await homeFixture() });
    if (!build.ok) throw new Error(`Fixture build failed:\n${build.output}`);
    site = await serveSite(build.outDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openAt(size: { width: number; height: number }, path = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    await page.goto(site.url(path));
    return page;
  }

  /** The visible text of the elements `selector` finds. */
  const shownTexts = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetWidth > 1 && (el as HTMLElement).offsetHeight > 1)
          .map((el) => el.textContent?.trim()),
      );

  it('shows the site’s name once, then leads with the newest story, larger and with its photo', async () => {
    const page = await openAt(LAPTOP);
    try {
      // The masthead shows the name; the page's heading, for screen readers, does not repeat it on screen.
      expect(await page.locator('h1').textContent()).toBe('Dateline');
      expect(await shownTexts(page, 'main h1, main h2')).not.toContain('Dateline');
      expect(await page.locator('header .site-title').textContent()).toContain('Dateline');

      const lead = page.getByRole('region', { name: 'Lead story' });
      expect(await lead.getByRole('heading', { level: 2 }).textContent()).toBe(LEAD);
      const photo = lead.locator('img');
      expect(await photo.getAttribute('alt')).toBe('The two delegations at the table');
      expect(await photo.isVisible()).toBe(true);
      // Sized from its file (public/logo.svg, 32 by 32), yet framed 3:2 like every lead photo.
      expect([await photo.getAttribute('width'), await photo.getAttribute('height')]).toEqual(['32', '32']);
      const frame = (await photo.boundingBox())!;
      expect(frame.width / frame.height).toBeCloseTo(3 / 2, 1);
      const size = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const leadSize = await size('.home-lead .card__headline');
      const latestSize = await size('#latest + .article-list .card__headline');
      expect(leadSize).toBeGreaterThan(latestSize * 1.3);
      // The latest follow, without the lead again.
      const latest = await page.locator('#latest ~ .article-list .card__headline').allTextContents();
      expect(latest.length).toBeGreaterThan(0);
      expect(latest.map((h) => h.trim())).not.toContain(LEAD);
    } finally {
      await page.close();
    }
  });

  it('shows "On this day" for the day of the build, from other years', async () => {
    const page = await openAt(LAPTOP);
    try {
      const section = page.getByRole('region', { name: 'On this day' });
      expect(await section.locator('.on-this-day__note').textContent()).toBe(
        `Filed on ${dayMonthName(today.month, today.day, 'en')} in other years.`,
      );
      expect(await section.locator('.card__headline').allTextContents()).toContain(ON_THIS_DAY);
      const days = await section
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(5, 10)));
      expect(new Set(days)).toEqual(new Set([`${pad(today.month)}-${pad(today.day)}`]));
    } finally {
      await page.close();
    }
  });

  it('fits a phone’s header in two rows, with a link to search in place of a box', async () => {
    const page = await openAt(PHONE);
    try {
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(110);
      expect(await page.locator('header form').isVisible()).toBe(false);
      const link = page.locator('header').getByRole('link', { name: 'Search' });
      const title = (await page.locator('header .site-title').boundingBox())!;
      const box = (await link.boundingBox())!;
      // Beside the name, a target a finger can hit, and it leads to the page with the search box.
      expect(Math.abs(box.y + box.height / 2 - (title.y + title.height / 2))).toBeLessThan(12);
      expect(box.height).toBeGreaterThanOrEqual(44);
      await link.click();
      await page.waitForURL((url) => url.pathname === '/search/');
      expect(await page.locator('input[name="q"]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
