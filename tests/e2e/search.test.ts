/**
 * Search in a real browser: a fixture archive is built (with its Pagefind index) and served on
 * 127.0.0.1 with a strict Content-Security-Policy, then Chromium searches it the way a reader would.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SITE_SEARCH_ID } from '../../src/search/keys.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { chromiumForSuite, filterLabelsByGroup } from '../helpers/browser.ts';
import { buildSite, sampleBuild, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';

const chromiumPath = chromiumForSuite('the end-to-end search tests (tests/e2e/search.test.ts)');

/** Blinken stories, newest first by the instant they were filed. */
const BLINKEN_NEWEST_FIRST = [
  'Blinken sworn in as secretary of state',
  // 09:00 in Washington is 13:00 UTC: later than 10:00 the same day in Seoul (01:00 UTC),
  // though its date string sorts first.
  'Blinken briefs allies after the summit',
  'Blinken arrives for summit talks',
  'Blinken visits Tokyo to coordinate',
  'Blinken urges China to lean on the North',
];

/** The fixture archive plus sources with short names, stories to search for, and a dozen roundups. */
async function searchFixture(): Promise<string> {
  const dir = await copyFixture('archive');
  await writeFile(
    join(dir, 'sources', 'yonhap.yaml'),
    'name: Yonhap News Agency\nshortName: Yonhap\nurl: https://en.yna.co.kr\ncountry: KR\n',
  );
  await writeFile(
    join(dir, 'sources', 'ap.yaml'),
    'name: The Associated Press\nshortName: AP\nurl: https://apnews.com\ncountry: US\n',
  );
  const story = (source: string, date: string, dateline: string, section: string) => ({
    source,
    date,
    dateline,
    section,
  });
  await writeArticle(
    dir,
    '2016/blinken-urges-china.md',
    {
      title: 'Blinken urges China to lean on the North',
      ...story('yonhap', '2016-01-20T19:27:00+09:00', 'SEOUL', 'Diplomacy'),
      label: 'LEAD',
      topics: ['talks'],
      tags: ['sanctions'],
    },
    'The U.S. deputy secretary of state, Tony Blinken, asked Beijing to use its influence.',
  );
  await writeArticle(
    dir,
    '2017/blinken-tokyo.md',
    {
      title: 'Blinken visits Tokyo to coordinate',
      ...story('ap', '2017-03-16T09:00:00+09:00', 'TOKYO', 'Diplomacy'),
      tags: ['alliances'],
    },
    'Officials said Blinken met his Japanese counterpart.',
  );
  await writeArticle(
    dir,
    '2018/blinken-summit-arrival.md',
    {
      title: 'Blinken arrives for summit talks',
      ...story('ap', '2018-06-12T10:00:00+09:00', 'SINGAPORE', 'Summits'),
      topics: ['talks'],
    },
    'Blinken, now out of government, watched the summit as a commentator.',
  );
  await writeArticle(
    dir,
    '2018/blinken-briefs-allies.md',
    {
      title: 'Blinken briefs allies after the summit',
      ...story('yonhap', '2018-06-12T09:00:00-04:00', 'WASHINGTON', 'Summits'),
      topics: ['talks'],
    },
    'Blinken spoke to reporters about the summit.',
  );
  await writeArticle(
    dir,
    '2021/blinken-sworn-in.md',
    {
      title: 'Blinken sworn in as secretary of state',
      ...story('ap', '2021-01-26T18:00:00-05:00', 'WASHINGTON', 'Politics'),
      label: 'UPDATE',
    },
    // Long enough that its excerpt is cut.
    `The Senate confirmed Blinken on Tuesday. ${'The vote followed weeks of hearings on the incoming administration and its plans for the region. '.repeat(4)}`,
  );
  // "Kim Jong Un" as a phrase in one body, its three words apart in another's headline, which
  // plain relevance ranks higher.
  await writeArticle(
    dir,
    '2020/factory-visit.md',
    {
      title: 'Leader inspects a tractor factory',
      ...story('yonhap', '2020-03-02T10:00:00+09:00', 'PYONGYANG', 'Economy'),
    },
    'State media said Kim Jong Un inspected the plant and praised its workers.',
  );
  await writeArticle(
    dir,
    '2020/un-envoy.md',
    {
      title: 'Kim meets Jong at the UN assembly',
      ...story('ap', '2020-03-03T10:00:00-05:00', 'MANHATTAN', 'Diplomacy'),
    },
    'The two diplomats spoke briefly.',
  );
  // One word in a headline, a summary and a body: the ranking must follow that order.
  await writeArticle(
    dir,
    '2019/body-mention.md',
    { title: 'Aid shipments paused at the border', ...story('ap', '2019-02-01', 'BEIJING', 'Aid') },
    'Officials said the North must denuclearize before shipments resume, and gave no date for the next convoy.',
  );
  await writeArticle(
    dir,
    '2019/summary-mention.md',
    {
      title: 'Envoys meet again in Beijing',
      ...story('yonhap', '2019-02-02', 'BEIJING', 'Diplomacy'),
      summary: 'Envoys asked the North to denuclearize before any aid.',
    },
    'The meeting lasted two hours.',
  );
  await writeArticle(
    dir,
    '2019/headline-mention.md',
    { title: 'Envoys press the North to denuclearize', ...story('ap', '2019-02-03', 'SEOUL', 'Diplomacy') },
    'The statement came after a week of meetings.',
  );
  // Hangul, to search for and highlight: the page text is NFC, as typed and as Markdown keeps it.
  await writeArticle(
    dir,
    '2018/panmunjom-declaration.md',
    {
      title: 'Leaders sign the Panmunjom Declaration',
      ...story('yonhap', '2018-04-27T18:00:00+09:00', 'PANMUNJOM', 'Summits'),
    },
    'The two leaders signed the Panmunjom Declaration (판문점 선언) at the end of a day of talks in the border village.',
  );
  for (let i = 1; i <= 12; i++) {
    const day = String(i).padStart(2, '0');
    await writeArticle(
      dir,
      `2019/morning-roundup-${day}.md`,
      // 08:00 in Seoul is 23:00 UTC the day before: the first roundup is filed on 30 April, UTC.
      // Each has a tag of its own besides a shared one, so the tag filter group is long.
      {
        title: `Morning roundup ${day}`,
        ...story('wire', `2019-05-${day}T08:00:00+09:00`, 'SEOUL', 'Briefs'),
        tags: ['routine', `item ${day}`],
      },
      'The morning roundup covered routine matters.',
    );
  }
  return dir;
}

interface Watched {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console messages about the Content-Security-Policy, and uncaught errors. */
  problems: string[];
  /** Alerts, confirms and prompts: none should ever open. */
  dialogs: string[];
}

describe.skipIf(!chromiumPath)('search in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let watched: Watched[] = [];
  /** The fixture, built while Chromium starts. */
  let build: Promise<BuildResult>;

  /** A new page that records requests, CSP violations, errors and dialogs. */
  async function open(url: string): Promise<Watched> {
    const page = await context.newPage();
    const w: Watched = { page, requests: [], problems: [], dialogs: [] };
    page.on('request', (r) => w.requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) w.problems.push(m.text());
    });
    page.on('pageerror', (e) => w.problems.push(e.message));
    page.on('dialog', (d) => {
      w.dialogs.push(d.message());
      void d.dismiss();
    });
    watched.push(w);
    await page.goto(url);
    return w;
  }

  const status = (page: Page) => page.locator('[data-search-status]');
  const headlines = (page: Page) => page.locator('.search-result__headline a').allTextContents();
  const pagefindRequests = (w: Watched) => w.requests.filter((url) => url.includes('/pagefind/'));
  /** Requests for the index itself: all Pagefind requests but its script and the list of parts, which the page preloads. */
  const indexRequests = (w: Watched) =>
    pagefindRequests(w).filter((url) => !/\/pagefind\/(pagefind\.js|bundles\.json)$/.test(new URL(url).pathname));
  /** A request for a filter index of one of the search index's year bundles (`/pagefind/2016/filter/…`). */
  const isFilterIndex = (url: string) => /\/pagefind\/[^/]+\/filter\//.test(new URL(url).pathname);
  const filterPanel = (page: Page) => page.locator('[data-search-filters]');
  const filterGroups = (page: Page) => page.locator('[data-filter-groups]');

  /**
   * In the order they happened, for every page of this test's context: `filter` for each request
   * for a Pagefind filter index, and `result` when the first result enters the list.
   */
  async function watchFilterLoading(): Promise<string[]> {
    const events: string[] = [];
    context.on('request', (r) => {
      if (isFilterIndex(r.url())) events.push('filter');
    });
    await context.exposeBinding('firstResultShown', () => void events.push('result'));
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.search-result')) return;
        observer.disconnect();
        (window as unknown as { firstResultShown: () => void }).firstResultShown();
      }).observe(document, { childList: true, subtree: true });
    });
    return events;
  }

  /**
   * Holds every request for a Pagefind filter index until the returned function is called; with
   * `firstOnly`, only the first request for each index (a second Pagefind asking again goes through).
   */
  async function holdFilterIndexes({ firstOnly = false } = {}): Promise<() => void> {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const seen = new Set<string>();
    await context.route('**/pagefind/*/filter/**', async (route) => {
      const first = !seen.has(route.request().url());
      seen.add(route.request().url());
      if (first || !firstOnly) await held;
      await route.continue();
    });
    return release;
  }

  beforeAll(async () => {
    build = buildSite({ contentDir: await searchFixture() });
    build.catch(() => undefined);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    watched = [];
  });

  afterEach(async () => {
    // No test may leave a CSP violation, a script error or an alert behind.
    for (const w of watched) {
      expect(w.problems, w.page.url()).toEqual([]);
      expect(w.dialogs, w.page.url()).toEqual([]);
    }
    await context.close();
  });

  describe('at the site root', () => {
    let site: ServedSite;

    beforeAll(async () => {
      const built = await build;
      if (!built.ok) throw new Error(`Fixture build failed:\n${built.output}`);
      site = await serveSite(built.outDir);
    });

    afterAll(async () => {
      await site?.close();
    });

    it('loads no index until used, then finds articles as you type and keeps the query in the address', async () => {
      const w = await open(site.url('search/'));
      const { page } = w;
      await expect.poll(() => page.locator('#search-q').isVisible()).toBe(true);
      // Pagefind's script and the list of parts come with the page, so a search starts at once; no index file.
      expect(indexRequests(w)).toEqual([]);
      expect(pagefindRequests(w).length).toBeLessThanOrEqual(2);

      await page.locator('#search-q').pressSequentially('blinken');
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      expect(new URL(page.url()).search).toBe('?q=blinken');
      expect((await headlines(page)).sort()).toEqual([...BLINKEN_NEWEST_FIRST].sort());

      const first = page.locator('.search-result').filter({ hasText: 'Blinken urges China' });
      // As its card on a listing and its page show it: the time named for Seoul, "Updated" for the wire's LEAD, the source's name.
      expect(await first.locator('.search-result__meta').textContent()).toBe(
        '20 January 2016, 19:27 KST · Updated · Yonhap News Agency · SEOUL',
      );
      expect(await first.locator('.label').count()).toBe(0);
      // The excerpt leaves out the headline, which is shown above it, and marks the word in the text.
      expect(await first.locator('.search-result__excerpt').textContent()).not.toContain('lean on the North');
      expect(await first.locator('.search-result__excerpt mark').allTextContents()).toEqual(['Blinken,']);
    });

    it("offers the archive's topics, names and years to start from until there is a search", async () => {
      const w = await open(site.url('search/'));
      const { page } = w;
      const start = page.getByRole('region', { name: 'Start from' });
      await expect.poll(() => start.isVisible()).toBe(true);
      expect(await start.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
        'Topics',
        'Names in the news',
        'Years',
      ]);
      const topics = await start.getByRole('region', { name: 'Topics' }).getByRole('link').allTextContents();
      expect(topics.some((text) => /^Peace talks \(\d+\)$/.test(text))).toBe(true);
      const names = await start.getByRole('region', { name: 'Names in the news' }).getByRole('link').allTextContents();
      expect(names).toContain('Kim Jong Un');
      // No sort menu with nothing to sort, and no index loaded for the links.
      expect(await page.locator('#search-sort').isVisible()).toBe(false);
      expect(indexRequests(w)).toEqual([]);

      // A year is its filter, and finds as many articles as its link says.
      const year = start.getByRole('region', { name: 'Years' }).getByRole('link', { name: /^2019 / });
      const count = Number(/\((\d+)\)/.exec((await year.textContent())!)![1]);
      await year.click();
      await expect.poll(() => status(page).textContent()).toBe(`${count} articles match the filters`);
      expect(new URL(page.url()).search).toBe('?year=2019');
      expect(await start.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Remove filter Year: 2019' }).click();
      await expect.poll(() => start.isVisible()).toBe(true);
      expect(await status(page).textContent()).toBe('');

      await start.getByRole('link', { name: 'Kim Jong Un' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Kim Jong Un');
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await start.isVisible()).toBe(false);
    });

    it('opens a ?q= link with the query filled in, headline matches before summary before body', async () => {
      const { page } = await open(site.url('search/?q=denuclearize'));
      await expect.poll(() => status(page).textContent()).toBe('3 results for “denuclearize”');
      expect(await page.locator('#search-q').inputValue()).toBe('denuclearize');
      expect(await headlines(page)).toEqual([
        'Envoys press the North to denuclearize',
        'Envoys meet again in Beijing',
        'Aid shipments paused at the border',
      ]);
    });

    it('takes a search from the header form on any page, and has one search box on the search page', async () => {
      const { page } = await open(site.url('archive/'));
      await page.locator(`header #${SITE_SEARCH_ID}`).fill('denuclearize');
      await page.locator(`header #${SITE_SEARCH_ID}`).press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'denuclearize');
      await expect.poll(() => status(page).textContent()).toBe('3 results for “denuclearize”');
      // The search page's box is the only one: the header leaves its own out there.
      expect(await page.locator('input[name="q"]').count()).toBe(1);
      expect(await page.locator('header input, header form').count()).toBe(0);
      expect(await page.locator('#search-q').inputValue()).toBe('denuclearize');

      await page.locator('#search-q').fill('');
      await page.locator('#search-q').pressSequentially('blinken');
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      // Enter keeps the typed search: what is typed next, paused over or entered, gets an entry of its own.
      await page.locator('#search-q').press('Enter');
      await page.locator('#search-q').fill('roundup');
      await page.locator('#search-q').press('Enter');
      await expect.poll(() => status(page).textContent()).toBe('12 results for “roundup”');
      // Back brings the box back to the earlier search.
      await page.goBack();
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      expect(await page.locator('#search-q').inputValue()).toBe('blinken');
    });

    it('shows the first results before it loads any filter index, then the filters with their counts', async () => {
      const events = await watchFilterLoading();
      // Held back until the page has been looked at without them.
      const release = await holdFilterIndexes();
      try {
        const { page } = await open(site.url('search/?q=blinken'));
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        expect(await page.locator('.search-result').count()).toBe(5);
        await expect.poll(() => page.locator('[data-filter-groups]').textContent()).toBe('Loading filters…');
        expect(await filterPanel(page).isVisible()).toBe(true);
        expect(await filterPanel(page).getAttribute('aria-busy')).toBe('true');
        expect(await page.getByRole('checkbox').count()).toBe(0);
        expect(events[0]).toBe('result');
        // Asked for once the results are on screen (one request per part of the index), and held back.
        await expect.poll(() => events.includes('filter')).toBe(true);

        release();
        await expect
          .poll(() => filterLabelsByGroup(page))
          .toEqual({
            Source: ['AP (3)', 'Yonhap (2)'],
            Year: ['2021 (1)', '2018 (2)', '2017 (1)', '2016 (1)'],
            Section: ['Diplomacy (2)', 'Politics (1)', 'Summits (2)'],
            Topic: ['Peace talks (3)'],
            Tag: ['alliances (1)', 'sanctions (1)'],
            // The cards' word for the wire's LEAD and UPDATE, never the labels themselves.
            'Story status': ['Updated (2)'],
          });
        expect(await filterPanel(page).getAttribute('aria-busy')).toBeNull();
        expect(await page.getByText('Loading filters…').count()).toBe(0);
        // The status still says what it said: the counts are not announced as news.
        expect(await status(page).textContent()).toBe('5 results for “blinken”');

        // The indexes are loaded once a page; later searches count with them straight away.
        const loaded = events.filter((e) => e === 'filter').length;
        await page.locator('#search-q').fill('denuclearize');
        await page.locator('#search-q').press('Enter');
        await expect.poll(() => status(page).textContent()).toBe('3 results for “denuclearize”');
        await expect.poll(async () => (await filterLabelsByGroup(page)).Source).toEqual(['AP (2)', 'Yonhap (1)']);
        expect(events.filter((e) => e === 'filter')).toHaveLength(loaded);
      } finally {
        release();
      }
    });

    it('does not show the filters of a search the reader has moved on from', async () => {
      const release = await holdFilterIndexes();
      const requested: string[] = [];
      const finished: string[] = [];
      context.on('request', (r) => {
        if (isFilterIndex(r.url())) requested.push(r.url());
      });
      context.on('requestfinished', (r) => {
        if (isFilterIndex(r.url())) finished.push(r.url());
      });
      try {
        const { page } = await open(site.url('search/?q=blinken'));
        await expect.poll(() => page.locator('[data-filter-groups]').textContent()).toBe('Loading filters…');
        await expect.poll(() => requested.length).toBeGreaterThan(0);
        await page.locator('#search-q').fill('xylophone');
        await page.locator('#search-q').press('Enter');
        await expect.poll(() => status(page).textContent()).toMatch(/^No articles match “xylophone”/);
        expect(await filterGroups(page).isVisible()).toBe(false);
        // Whatever the panel shows from now on while the page answers “xylophone” is recorded.
        await page.evaluate(() => {
          const shown = window as unknown as { boxesForXylophone: number };
          shown.boxesForXylophone = 0;
          const groups = document.querySelector('[data-filter-groups]')!;
          new MutationObserver(() => {
            const status = document.querySelector('[data-search-status]')?.textContent ?? '';
            if (status.includes('xylophone'))
              shown.boxesForXylophone += groups.querySelectorAll('input[type="checkbox"]').length;
          }).observe(groups, { childList: true, subtree: true, attributes: true });
        });

        // The indexes the first search asked for arrive now; its counts must not.
        release();
        await expect.poll(() => finished.length).toBe(requested.length);
        expect(await filterGroups(page).isVisible()).toBe(false);
        expect(await page.getByRole('checkbox').count()).toBe(0);
        expect(await status(page).textContent()).toMatch(/^No articles match “xylophone”/);

        await page.goBack();
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        // The counts come from their own Pagefind after the results are shown: by then it has done
        // all it was asked for the first search, and none of it was shown for “xylophone”.
        await expect.poll(async () => (await filterLabelsByGroup(page)).Source).toEqual(['AP (3)', 'Yonhap (2)']);
        expect(await page.evaluate(() => (window as unknown as { boxesForXylophone: number }).boxesForXylophone)).toBe(
          0,
        );
        expect(requested).toHaveLength(finished.length);
      } finally {
        release();
      }
    });

    it('shows a narrowed search while the filter indexes for the counts are still loading', async () => {
      // The counts' indexes are held; a search that needs one of them to filter must not wait for them.
      const release = await holdFilterIndexes({ firstOnly: true });
      const requested: string[] = [];
      context.on('request', (r) => {
        if (isFilterIndex(r.url())) requested.push(r.url());
      });
      try {
        const { page } = await open(site.url('search/?q=blinken'));
        await expect.poll(() => page.locator('[data-filter-groups]').textContent()).toBe('Loading filters…');
        await expect.poll(() => requested.length).toBeGreaterThan(0);
        await page.locator('#search-from-year').selectOption('2018');
        await expect.poll(() => status(page).textContent(), { timeout: 3000 }).toBe('3 results for “blinken”');
        expect(await page.locator('[data-filter-groups]').textContent()).toBe('Loading filters…');

        release();
        await expect.poll(() => filterLabelsByGroup(page)).toMatchObject({ Year: ['2021 (1)', '2018 (2)'] });
        expect(await filterPanel(page).getAttribute('aria-busy')).toBeNull();
      } finally {
        release();
      }
    });

    it('filters a deep link on its first search with only the index that filter needs', async () => {
      const events = await watchFilterLoading();
      const { page } = await open(site.url('search/?q=blinken&tag=sanctions'));
      await expect.poll(() => status(page).textContent()).toBe('1 result for “blinken”');
      expect(await headlines(page)).toEqual(['Blinken urges China to lean on the North']);
      // Pagefind fetches the tag index for the filtered search itself, one per year bundle at most; the rest wait for the results.
      const bundles = ((await (await fetch(site.url('pagefind/bundles.json'))).json()) as { bundles: unknown[] })
        .bundles.length;
      const before = events.slice(0, events.indexOf('result'));
      expect(before.length).toBeGreaterThan(0);
      expect(before.length).toBeLessThanOrEqual(bundles);
      await expect.poll(() => events.filter((e) => e === 'filter').length).toBeGreaterThan(bundles);

      // The checked tag is counted without its own filter, so the other tag stays on offer.
      await expect
        .poll(() => filterLabelsByGroup(page))
        .toEqual({
          Source: ['Yonhap (1)'],
          Year: ['2016 (1)'],
          Section: ['Diplomacy (1)'],
          Topic: ['Peace talks (1)'],
          Tag: ['alliances (1)', 'sanctions (1)'],
          'Story status': ['Updated (1)'],
        });
      expect(await page.getByRole('checkbox', { name: 'sanctions (1)' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'alliances (1)' }).isChecked()).toBe(false);
      expect(await page.getByRole('button', { name: 'Clear all filters' }).isVisible()).toBe(true);
    });

    it('narrows results with a filter, keeps it in the address, and Back undoes it', async () => {
      const { page } = await open(site.url('search/?q=blinken'));
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      await expect
        .poll(() => page.locator('[data-filter-groups] legend').allTextContents())
        .toEqual(['Source', 'Year', 'Section', 'Topic', 'Tag', 'Story status']);

      await page.getByRole('checkbox', { name: 'Yonhap (2)' }).check();
      await expect.poll(() => status(page).textContent()).toBe('2 results for “blinken”');
      expect(new URL(page.url()).searchParams.getAll('source')).toEqual(['Yonhap']);
      expect(await page.locator('.search-result__source').allTextContents()).toEqual([
        'Yonhap News Agency',
        'Yonhap News Agency',
      ]);
      // The other source stays on offer, with its own count, to widen the search again.
      expect(await page.getByRole('checkbox', { name: 'AP (3)' }).isChecked()).toBe(false);

      await page.reload();
      await expect.poll(() => status(page).textContent()).toBe('2 results for “blinken”');
      expect(await page.getByRole('checkbox', { name: 'Yonhap (2)' }).isChecked()).toBe(true);

      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?q=blinken');
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      expect(await page.getByRole('checkbox', { name: /^Yonhap/ }).isChecked()).toBe(false);
    });

    it('filters by year, topic, section, tag and label from the address', async () => {
      const { page } = await open(site.url('search/?q=blinken&year=2018&topic=Peace+talks'));
      await expect.poll(() => status(page).textContent()).toBe('2 results for “blinken”');
      expect((await headlines(page)).sort()).toEqual([
        'Blinken arrives for summit talks',
        'Blinken briefs allies after the summit',
      ]);

      await page.goto(site.url('search/?q=blinken&section=Diplomacy&tag=sanctions&label=Updated'));
      await expect.poll(() => status(page).textContent()).toBe('1 result for “blinken”');
      expect(await headlines(page)).toEqual(['Blinken urges China to lean on the North']);
    });

    it('sorts newest first and oldest first by the instant of publication', async () => {
      const { page } = await open(site.url('search/?q=blinken&sort=newest'));
      await expect.poll(() => headlines(page)).toEqual(BLINKEN_NEWEST_FIRST);
      expect(await page.locator('#search-sort').inputValue()).toBe('newest');

      await page.locator('#search-sort').selectOption('oldest');
      await expect.poll(() => headlines(page)).toEqual([...BLINKEN_NEWEST_FIRST].reverse());
      expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest');
    });

    it('shows ten results, then more on request', async () => {
      const { page } = await open(site.url('search/?q=roundup'));
      await expect.poll(() => status(page).textContent()).toBe('12 results for “roundup”');
      expect(await page.locator('.search-result').count()).toBe(10);
      expect(await page.locator('[data-search-shown]').textContent()).toBe('Showing 10 of 12');

      await page.getByRole('button', { name: 'Load more results' }).click();
      await expect.poll(() => page.locator('.search-result').count()).toBe(12);
      expect(await page.getByRole('button', { name: 'Load more results' }).isVisible()).toBe(false);
      // Focus moves to the first new result, so keyboard readers continue where the list grew.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        await page.locator('.search-result').nth(10).locator('h3 a').textContent(),
      );
    });

    it('adds each result once when "Load more" is clicked twice quickly', async () => {
      const { page } = await open(site.url('search/?q=roundup'));
      await expect.poll(() => status(page).textContent()).toBe('12 results for “roundup”');
      await page.getByRole('button', { name: 'Load more results' }).dblclick();
      await expect.poll(() => page.locator('[data-search-shown]').textContent()).toBe('Showing 12 of 12');
      const links = await page
        .locator('.search-result__headline a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(12);
      expect(new Set(links).size).toBe(12);
    });

    it('says when nothing matches, with a hint', async () => {
      const { page } = await open(site.url('search/?q=xylophone'));
      await expect
        .poll(() => status(page).textContent())
        .toMatch(/^No articles match “xylophone”\. Check the spelling/);
      expect(await page.locator('.search-result').count()).toBe(0);
    });

    it('indexes article text only: not navigation, footers, asides or other pages', async () => {
      const { page } = await open(site.url('search/?q=newspaper'));
      // Words from a source description, the article aside, the footer and the skip link, each searched in turn.
      for (const word of ['newspaper', 'filed', 'related', 'credits', 'skip']) {
        await page.locator('#search-q').fill(word);
        await page.locator('#search-q').press('Enter');
        await expect
          .poll(() => status(page).textContent(), { message: word })
          .toMatch(new RegExp(`^No articles match “${word}”`));
      }
    });

    it('shows hostile article text as text', async () => {
      const { page } = await open(site.url('search/?q=markup'));
      // Set with typographic quotes, as the article page sets them, and shown as text.
      await expect.poll(() => headlines(page)).toEqual(['Hostile <script>alert(‘title’)</script> copy']);
      const excerpt = page.locator('.search-result__excerpt');
      expect(await excerpt.textContent()).toContain('Summary with <img src=x onerror=alert(‘summary’)> markup');
      // Pagefind ends the summary's text with a full stop, inside the mark.
      expect(await excerpt.evaluate((el) => [...el.querySelectorAll('*')].map((child) => child.outerHTML))).toEqual([
        '<mark>markup.</mark>',
      ]);
      expect(await page.locator('.search-results script, .search-results img').count()).toBe(0);
    });

    it('highlights the searched words on the article, and loads nothing for it otherwise', async () => {
      const plain = await open(site.url('articles/2016/01/20/blinken-urges-china/'));
      expect(await plain.page.locator('mark').count()).toBe(0);
      expect(pagefindRequests(plain)).toEqual([]);

      const { page } = await open(site.url('search/?q=blinken&sort=oldest'));
      await expect.poll(() => headlines(page)).toEqual([...BLINKEN_NEWEST_FIRST].reverse());
      await page.getByRole('link', { name: 'Blinken urges China to lean on the North' }).click();
      await page.waitForURL((url) => url.pathname === '/articles/2016/01/20/blinken-urges-china/');
      expect(new URL(page.url()).searchParams.get('highlight')).toBe('blinken');
      await expect
        .poll(() => page.locator('article mark.pagefind-highlight').allTextContents())
        .toEqual(['Blinken', 'Blinken']);
      // Back returns to the same search.
      await page.goBack();
      await expect.poll(() => headlines(page)).toEqual([...BLINKEN_NEWEST_FIRST].reverse());
    });

    it('highlights a Korean word on the article it was found in', async () => {
      const { page } = await open(site.url('search/?q=판문점'));
      await expect.poll(() => status(page).textContent()).toBe('1 result for “판문점”');
      const link = page.getByRole('link', { name: 'Leaders sign the Panmunjom Declaration' });
      // Composed Hangul in the link, as the reader typed it, not Pagefind's decomposed form.
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.searchParams.getAll('highlight')).toEqual(['판문점'.normalize('NFC')]);
      await link.click();
      await page.waitForURL((url) => url.pathname === '/articles/2018/04/27/panmunjom-declaration/');
      await expect.poll(() => page.locator('article mark.pagefind-highlight').allTextContents()).toEqual(['판문점']);
    });

    it('highlights a Korean word from a link that carries it decomposed', async () => {
      // As Pagefind writes its links, and as links shared before the search page composed them do.
      const decomposed = encodeURIComponent('판문점'.normalize('NFD'));
      const { page } = await open(site.url(`articles/2018/04/27/panmunjom-declaration/?highlight=${decomposed}`));
      await expect.poll(() => page.locator('article mark.pagefind-highlight').allTextContents()).toEqual(['판문점']);
    });

    it('says that search needs JavaScript when it is off', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await noScript.newPage();
        await page.goto(site.url('search/?q=blinken'));
        const notice = page.locator('.search__notice');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.innerText()).toMatch(
          /^Search needs JavaScript, which is turned off in this browser\. You can still browse the archive by date, /,
        );
        expect(await page.locator('#search-q').isVisible()).toBe(false);
      } finally {
        await noScript.close();
      }
    });

    it('says so when the search index cannot be loaded', async () => {
      await context.route('**/pagefind/pagefind.js', (route) => route.abort());
      const { page } = await open(site.url('search/?q=blinken'));
      await expect
        .poll(() => status(page).textContent())
        .toBe('Search is unavailable: the search index could not be loaded. Please try again later.');
    });

    describe('for readers on a phone and on a laptop', () => {
      const PHONE = { width: 390, height: 844 };
      const LAPTOP = { width: 1280, height: 900 };

      /** A page at `size`, on a new context so the viewport is the reader's from the first paint. */
      async function openAt(size: { width: number; height: number }, path: string): Promise<Page> {
        await context.close();
        context = await browser.newContext({ viewport: size });
        return (await open(site.url(path))).page;
      }

      /** Tab presses from the search box until the first result's link has focus (up to 50). */
      async function tabsToFirstResult(page: Page): Promise<number> {
        await page.locator('#search-q').focus();
        for (let presses = 1; presses <= 50; presses++) {
          await page.keyboard.press('Tab');
          const onFirst = await page.evaluate(
            () => document.activeElement === document.querySelector('.search-result a'),
          );
          if (onFirst) return presses;
        }
        return Infinity;
      }

      it("shows the first result on a phone's first screen, and the filters in a sheet over the results", async () => {
        const page = await openAt(PHONE, 'search/?q=blinken');
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        const first = await page.locator('.search-result').first().boundingBox();
        expect(first!.y + 40).toBeLessThan(PHONE.height);
        const toggle = page.getByRole('button', { name: 'Filters', exact: true });
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await filterPanel(page).isVisible()).toBe(false);

        await toggle.click();
        const sheet = page.getByRole('dialog', { name: 'Narrow the results' });
        await expect.poll(() => sheet.isVisible()).toBe(true);
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        // Over the results, not pushing them down; the page behind it takes no focus or taps.
        expect((await page.locator('.search-result').first().boundingBox())!.y).toBe(first!.y);
        // What a finger meets at the first result is the sheet or its dimmed backdrop; the sheet spans the screen.
        const covering = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-search-filters]') !== null,
          [first!.x + first!.width / 2, first!.y + 20],
        );
        expect(covering).toBe(true);
        expect((await sheet.boundingBox())!.width).toBe(PHONE.width);
        expect(await page.locator('#search-q').evaluate((box) => box.closest('[inert]') !== null)).toBe(true);
        const show = sheet.getByRole('button', { name: 'Show 5 results' });
        const showBox = (await show.boundingBox())!;
        expect(showBox.y + showBox.height).toBeLessThanOrEqual(PHONE.height);

        // Each box is a row a finger can hit, and ticking one updates the results behind and the count.
        const ap = sheet.getByRole('checkbox', { name: 'AP (3)' });
        await expect.poll(() => ap.isVisible()).toBe(true);
        const row = (await ap.locator('xpath=..').boundingBox())!;
        expect(row.height).toBeGreaterThanOrEqual(44);
        const targets = [
          sheet.getByRole('button', { name: 'Close filters' }),
          ...(await sheet.locator('select').all()),
        ];
        for (const target of targets) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await ap.check();
        await expect.poll(() => status(page).textContent()).toBe('3 results for “blinken”');
        await expect.poll(() => sheet.getByRole('button', { name: 'Show 3 results' }).isVisible()).toBe(true);
        // The button stays where the thumb is, however long the sheet.
        expect((await sheet.getByRole('button', { name: 'Show 3 results' }).boundingBox())!.y).toBe(showBox.y);

        await sheet.getByRole('button', { name: 'Show 3 results' }).click();
        await expect.poll(() => sheet.count()).toBe(0);
        expect(await filterPanel(page).isVisible()).toBe(false);
        expect(await page.locator('.search-result').count()).toBe(3);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results');
        expect(await page.getByRole('button', { name: 'Filters (1 active)' }).getAttribute('aria-expanded')).toBe(
          'false',
        );

        // The filter shows as a chip over the results, which removes it.
        const chip = page.getByRole('button', { name: 'Remove filter Source: AP' });
        expect(await chip.textContent()).toBe('AP×');
        expect((await chip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await chip.click();
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        expect(new URL(page.url()).search).toBe('?q=blinken');
        expect(await page.locator('[data-search-chips] button').count()).toBe(0);
        expect(await toggle.isVisible()).toBe(true);

        // Escape closes the sheet too, and focus returns to the button that opened it.
        await toggle.click();
        await expect.poll(() => sheet.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => sheet.count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filters-toggle'))).toBe(true);
        expect(await page.locator('[inert]').count()).toBe(0);
      });

      it('shows a date range as a chip in the site’s way of writing dates, which clears it', async () => {
        const page = await openAt(PHONE, 'search/?q=blinken&from=2018-06');
        await expect.poll(() => status(page).textContent()).toBe('3 results for “blinken”');
        const chip = page.getByRole('button', { name: 'Remove filter Date: From June 2018' });
        await chip.click();
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        expect(new URL(page.url()).search).toBe('?q=blinken');
        expect(await page.locator('#search-from-year').inputValue()).toBe('');
        expect(await page.locator('#search-from-month').isDisabled()).toBe(true);
      });

      it('shows the filters beside the results on a laptop, with no button, and the sort menu over the results', async () => {
        const page = await openAt(LAPTOP, 'search/?q=blinken');
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        await expect.poll(() => page.getByRole('checkbox', { name: 'AP (3)' }).isVisible()).toBe(true);
        expect(await page.locator('[data-filters-toggle]').isVisible()).toBe(false);
        const results = (await page.locator('.search-results').boundingBox())!;
        const panel = (await filterPanel(page).boundingBox())!;
        expect(panel.x).toBeGreaterThanOrEqual(results.x + results.width);
        expect(panel.y).toBeLessThan(results.y + 100);

        // One search box; the sort menu on the status line, at the results' right edge, just above them.
        expect(await page.locator('input[type="search"]').count()).toBe(1);
        const sort = (await page.locator('#search-sort').boundingBox())!;
        const line = (await status(page).boundingBox())!;
        expect(Math.abs(sort.y + sort.height / 2 - (line.y + line.height / 2))).toBeLessThan(8);
        expect(results.y - (sort.y + sort.height)).toBeLessThan(40);
        expect(Math.abs(sort.x + sort.width - (results.x + results.width))).toBeLessThan(4);

        // A filter ticked beside the results shows as a chip over them too.
        await page.getByRole('checkbox', { name: 'AP (3)' }).check();
        await expect.poll(() => status(page).textContent()).toBe('3 results for “blinken”');
        const chip = page.getByRole('button', { name: 'Remove filter Source: AP' });
        expect(await chip.isVisible()).toBe(true);
        await chip.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
        expect(await page.getByRole('checkbox', { name: 'AP (3)' }).isChecked()).toBe(false);
      });

      for (const [name, size, most] of [
        ['phone', PHONE, 4],
        ['laptop', LAPTOP, 3],
      ] as const) {
        it(`reaches the first result from the search box in ${most} Tab presses on a ${name}, and skips to it`, async () => {
          const page = await openAt(size, 'search/?q=roundup');
          await expect.poll(() => page.locator('[data-filter-groups] input').count()).toBeGreaterThan(10);
          expect(await tabsToFirstResult(page)).toBeLessThanOrEqual(most);

          await page.locator('#search-q').focus();
          await page.keyboard.press('Shift+Tab');
          expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
          expect(await page.getByRole('link', { name: 'Skip to results' }).isVisible()).toBe(true);
          await page.keyboard.press('Enter');
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement === document.querySelector('.search-result a'))).toBe(
            true,
          );
        });
      }

      for (const [name, size] of [
        ['phone', PHONE],
        ['laptop', LAPTOP],
      ] as const) {
        it(`keeps the page still on a ${name} while the results and their filters arrive`, async () => {
          await context.close();
          context = await browser.newContext({ viewport: size });
          // The browser's own measure of layout shift (CLS), summed from the first paint.
          await context.addInitScript(() => {
            const page = window as unknown as { layoutShift: number };
            page.layoutShift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[])
                if (!entry.hadRecentInput) page.layoutShift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          for (const path of ['search/?q=roundup', 'search/']) {
            const { page } = await open(site.url(path));
            if (path.includes('q='))
              await expect.poll(() => filterGroups(page).locator('input').count()).toBeGreaterThan(10);
            else await page.locator('[data-search]:not([data-waiting])').waitFor();
            expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(
              0.01,
            );
          }
        });
      }

      it('returns to the same result at the same place after "Load more", an article and Back', async () => {
        const page = await openAt(PHONE, 'search/?q=roundup');
        await expect.poll(() => status(page).textContent()).toBe('12 results for “roundup”');
        await page.getByRole('button', { name: 'Load more results' }).click();
        await expect.poll(() => page.locator('.search-result').count()).toBe(12);
        const link = page.locator('.search-result').nth(11).locator('h3 a');
        const title = await link.textContent();
        await link.scrollIntoViewIfNeeded();
        const scrolled = await page.evaluate(() => window.scrollY);
        expect(scrolled).toBeGreaterThan(300);
        await link.click();
        await page.waitForURL((url) => url.pathname.startsWith('/articles/'));

        await page.goBack();
        await expect.poll(() => page.locator('.search-result').count()).toBe(12);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 5);
        expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(5);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
      });

      it('offers the top tags and "Show all", and finds a tag by typing', async () => {
        const page = await openAt(LAPTOP, 'search/?q=roundup');
        const tags = page.locator('fieldset[data-filter-key="tag"]');
        await expect.poll(() => tags.getByRole('checkbox').count()).toBe(8);
        expect(await tags.getByRole('checkbox').first().getAttribute('value')).toBe('routine');
        const all = tags.getByRole('button', { name: 'Show all 13 tags' });
        expect(await all.getAttribute('aria-expanded')).toBe('false');
        await all.click();
        await expect.poll(() => tags.getByRole('checkbox').count()).toBe(13);
        expect(await tags.getByRole('button', { name: 'Show fewer tags' }).getAttribute('aria-expanded')).toBe('true');

        await tags.getByRole('searchbox', { name: 'Find a tag' }).pressSequentially('item 07');
        await expect
          .poll(() =>
            tags.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
          )
          .toEqual(['item 07']);
        // Focus stays in the field while the group narrows.
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('item 07');
        await tags.getByRole('checkbox', { name: 'item 07 (1)' }).check();
        await expect.poll(() => headlines(page)).toEqual(['Morning roundup 07']);
      });
    });

    it('lists a date range of UTC days, newest first, from the address and from the date fields', async () => {
      const { page } = await open(site.url('search/?from=2019-05&to=2019-05'));
      // Roundup 01 was filed on 1 May in Seoul, which is still 30 April in UTC.
      await expect
        .poll(() => headlines(page))
        .toEqual(Array.from({ length: 10 }, (_, i) => `Morning roundup ${String(12 - i).padStart(2, '0')}`));
      expect(await status(page).textContent()).toBe('11 articles match the filters');
      // The menus show the month the address names, as the site writes dates: day, month, year.
      const menus = (side: 'from' | 'to') =>
        page
          .locator(`.search-range__bound:has(#search-${side}-year) select`)
          .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent));
      expect(await menus('from')).toEqual(['Day', 'May', '2019']);
      expect(await menus('to')).toEqual(['Day', 'May', '2019']);
      expect(await page.locator('input[type="date"]').count()).toBe(0);
      // Without words there is no relevance to sort by.
      expect(await page.locator('#search-sort').inputValue()).toBe('newest');
      expect(await page.locator('#search-sort option[value="relevance"]').isDisabled()).toBe(true);

      for (const side of ['from', 'to']) {
        await page.locator(`#search-${side}-month`).selectOption('04');
        await page.locator(`#search-${side}-day`).selectOption('30');
      }
      await expect.poll(() => headlines(page)).toEqual(['Morning roundup 01']);
      expect(new URL(page.url()).search).toBe('?from=2019-04-30&to=2019-04-30');

      await page.goto(site.url('search/?q=blinken&from=2017-01-01&to=2017-12-31'));
      await expect.poll(() => headlines(page)).toEqual(['Blinken visits Tokyo to coordinate']);
      await page.goto(site.url('search/?q=blinken&from=2018'));
      await expect.poll(() => status(page).textContent()).toBe('3 results for “blinken”');
      expect(await page.locator('#search-sort option[value="relevance"]').isDisabled()).toBe(false);
    });

    it('offers relevance, newest and oldest with words, and keeps the choice in the address', async () => {
      const { page } = await open(site.url('search/?q=blinken&from=2018&to=2018'));
      await expect.poll(() => status(page).textContent()).toBe('2 results for “blinken”');
      expect(await page.locator('#search-sort').inputValue()).toBe('relevance');
      await page.locator('#search-sort').selectOption('oldest');
      await expect
        .poll(() => headlines(page))
        .toEqual(['Blinken arrives for summit talks', 'Blinken briefs allies after the summit']);
      expect(new URL(page.url()).search).toBe('?q=blinken&from=2018&to=2018&sort=oldest');
      await page.locator('#search-sort').selectOption('newest');
      await expect
        .poll(() => headlines(page))
        .toEqual(['Blinken briefs allies after the summit', 'Blinken arrives for summit talks']);
    });

    it('names the search in the tab title, dates each result, and shows an excerpt without the headline', async () => {
      const { page } = await open(site.url('search/?q=blinken&sort=newest'));
      await expect.poll(() => page.title()).toBe('“blinken” – Search – Dateline');
      await expect.poll(() => headlines(page)).toEqual(BLINKEN_NEWEST_FIRST);
      const sworn = page.locator('.search-result').first();
      expect(await sworn.locator('time').getAttribute('datetime')).toBe('2021-01-26T18:00:00-05:00');
      const excerpt = (await sworn.locator('.search-result__excerpt').textContent())!;
      expect(excerpt).not.toContain('sworn in as secretary');
      expect(excerpt).toMatch(/^The Senate confirmed Blinken on Tuesday\. .* …$/);
      expect(await sworn.locator('.search-result__excerpt mark').allTextContents()).toEqual(['Blinken']);
    });

    it("names the zone of a result's time as the article page does, for its dateline's place or its source", async () => {
      const { page } = await open(site.url('search/?q=council'));
      const launch = page.locator('.search-result').filter({ hasText: 'Launch condemned by council' });
      await expect.poll(() => launch.count()).toBe(1);
      // The Test Paper files in America/New_York; a date without a time has no zone to name.
      expect(await launch.locator('time').textContent()).toBe('7 February 2016');
      const { page: talks } = await open(site.url('search/?q=envoys'));
      const first = talks.locator('.search-result').filter({ hasText: 'First talks open in the capital' });
      await expect.poll(() => first.count()).toBe(1);
      expect(await first.locator('time').textContent()).toBe('20 January 2016, 15:10 KST');
    });

    it('puts exact matches of a quoted phrase first', async () => {
      const { page } = await open(site.url('search/?q=kim+jong+un'));
      // Without quotes, the headline with all three words ranks first.
      await expect
        .poll(() => headlines(page))
        .toEqual(['Kim meets Jong at the UN assembly', 'Leader inspects a tractor factory']);
      await page.locator('#search-q').fill('"kim jong un"');
      await page.locator('#search-q').press('Enter');
      await expect
        .poll(() => headlines(page))
        .toEqual(['Leader inspects a tractor factory', 'Kim meets Jong at the UN assembly']);
      expect(await status(page).textContent()).toBe(
        '2 results for “"kim jong un"”. 1 with the exact phrase, listed first.',
      );
    });

    it('suggests close known words when nothing matches, and fetches them only then', async () => {
      const w = await open(site.url('search/?q=blinken'));
      const { page } = w;
      await expect.poll(() => status(page).textContent()).toBe('5 results for “blinken”');
      expect(w.requests.filter((url) => url.includes('suggestions.json'))).toEqual([]);

      await page.locator('#search-q').fill('sanctoins');
      await page.locator('#search-q').press('Enter');
      await expect.poll(() => status(page).textContent()).toMatch(/^No articles match “sanctoins”/);
      const suggestion = page.locator('[data-search-suggestions]');
      await expect.poll(() => suggestion.textContent()).toBe('Did you mean sanctions?');
      expect(w.requests.filter((url) => url.includes('suggestions.json'))).toHaveLength(1);
      // A tag is suggested as its filter: its word need not be in any article's text.
      await suggestion.getByRole('link', { name: 'sanctions' }).click();
      await expect.poll(() => status(page).textContent()).toBe('2 articles match the filters');
      expect(new URL(page.url()).search).toBe('?tag=sanctions');
      expect(await headlines(page)).toContain('Blinken urges China to lean on the North');
    });

    it('says which languages the archive holds for words in another script', async () => {
      const { page } = await open(site.url(`search/?q=${encodeURIComponent('북한')}`));
      await expect.poll(() => status(page).textContent()).toMatch(/^No articles match “북한”/);
      await expect
        .poll(() => page.locator('[data-search-suggestions]').textContent())
        .toBe("The archive's articles are in English: try the words in English.");
    });

    it('has no accessibility violations axe can find', async () => {
      const require = createRequire(import.meta.url);
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      const { page } = await open(site.url('search/?q=blinken&source=AP'));
      await expect.poll(() => status(page).textContent()).toBe('3 results for “blinken”');
      await expect.poll(() => page.getByRole('checkbox', { name: 'AP (3)' }).isChecked()).toBe(true);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe;
        return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
    });
  });

  // The sample archive's build under a base path, which the publishing suite checks link by link.
  describe('under BASE_PATH=/some/base/', () => {
    let site: ServedSite;
    /** The instant each result was filed, as listed. */
    const resultTimes = (page: Page) =>
      page
        .locator('.search-result__meta time')
        .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));

    beforeAll(async () => {
      const built = await sampleBuild('/some/base/');
      if (!built.ok) throw new Error(`Sample build failed:\n${built.output}`);
      site = await serveSite(built.outDir, '/some/base/');
    });

    afterAll(async () => {
      await site?.close();
    });

    it('searches from the header form, links results under the base, filters there and highlights', async () => {
      const w = await open(site.url('archive/'));
      const { page } = w;
      await page.locator('header input[type="search"]').fill('blinken');
      await page.locator('header input[type="search"]').press('Enter');
      await page.waitForURL((url) => url.pathname === '/some/base/search/');
      await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results for “blinken”$/);
      const all = Number.parseInt((await status(page).textContent()) ?? '', 10);
      const hrefs = await page
        .locator('.search-result__headline a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(1);
      expect(hrefs.every((href) => href?.startsWith('/some/base/articles/'))).toBe(true);
      expect(pagefindRequests(w).every((url) => new URL(url).pathname.startsWith('/some/base/pagefind/'))).toBe(true);

      // A source that filed some of the stories, not all: the count beside it is what the list then holds.
      const source = page
        .locator('[data-filter-groups] label')
        .filter({ hasText: /^(AP|Reuters|Yonhap) \(\d+\)$/ })
        .first();
      const count = Number(/\((\d+)\)$/.exec((await source.textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(all);
      await page.getByRole('checkbox', { name: ((await source.textContent()) ?? '').trim(), exact: true }).check();
      await expect
        .poll(() => status(page).textContent())
        .toBe(`${count} result${count === 1 ? '' : 's'} for “blinken”`);
      expect(new URL(page.url()).pathname).toBe('/some/base/search/');

      const first = page.locator('.search-result__headline a').first();
      const target = (await first.getAttribute('href')) ?? '';
      await first.click();
      await page.waitForURL((url) => url.pathname === target.split('?')[0]);
      await expect.poll(() => page.locator('article mark.pagefind-highlight').count()).toBeGreaterThan(0);
      expect(new Set(await page.locator('article mark.pagefind-highlight').allTextContents())).toEqual(
        new Set(['Blinken']),
      );
    });

    it('opens a ?q= link and sorts under the base', async () => {
      const { page } = await open(site.url('search/?q=blinken&sort=newest'));
      await expect.poll(async () => (await resultTimes(page)).length).toBeGreaterThan(1);
      const times = await resultTimes(page);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      await page.locator('#search-q').fill('denuclearization');
      await page.locator('#search-q').press('Enter');
      await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results? for “denuclearization”$/);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
        '/some/base/search/?q=denuclearization&sort=newest',
      );
    });
  });
});
