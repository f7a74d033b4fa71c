/**
 * Korean search in a browser: a fixture of eleven short Korean stories (our own sentences, after
 * Yonhap's reporting of the events) beside the English fixture archive, built with its index in
 * parts and languages, served, and searched in Chromium. A table of queries (with and without
 * particles, nouns inside compounds) lists the stories each must find; the recall of the search
 * page and of Pagefind alone on the same index is printed for docs/search.md.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/static-server.ts';
import { chromiumForSuite, filterLabelsByGroup } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';

const chromiumPath = chromiumForSuite('the Korean search tests (tests/e2e/korean-search.test.ts)');

/** The Korean stories: slug, date, headline, body. */
const STORIES: readonly [string, string, string, string][] = [
  [
    'ko-4th-test',
    '2016-01-06T15:30:00+09:00',
    '북한, 4차 핵실험 발표',
    '북한은 6일 풍계리에서 4차 핵실험을 했다고 발표했다. 정부는 강하게 규탄했다.',
  ],
  [
    'ko-rocket',
    '2016-02-07T12:00:00+09:00',
    '북한, 장거리 로켓 발사',
    '북한이 동창리에서 장거리 로켓을 쏘아 올렸다. 한미는 긴급 협의에 들어갔다.',
  ],
  [
    'ko-kaesong',
    '2016-02-10T17:00:00+09:00',
    '정부, 개성공단 가동 전면 중단',
    '정부는 북한의 도발에 대응해 개성공단 가동을 전면 중단한다고 밝혔다.',
  ],
  [
    'ko-2270',
    '2016-03-03T08:00:00+09:00',
    '안보리, 대북제재 결의 2270호 채택',
    '유엔 안전보장이사회는 대북제재 결의 2270호를 만장일치로 채택했다.',
  ],
  [
    'ko-thaad',
    '2016-07-08T11:00:00+09:00',
    '한미, 사드 배치 결정',
    '한국과 미국은 주한미군에 사드를 배치하기로 했다고 발표했다.',
  ],
  [
    'ko-5th-test',
    '2016-09-09T13:00:00+09:00',
    '북한, 5차 핵실험',
    '북한이 5차 핵실험을 했다. 기상청은 인공지진을 감지했다고 밝혔다.',
  ],
  [
    'ko-2321',
    '2016-12-01T07:00:00+09:00',
    '안보리, 북한 석탄 수출에 상한',
    '안보리는 북한의 석탄 수출에 상한을 두는 대북제재를 새로 결의했다.',
  ],
  [
    'ko-icbm',
    '2017-11-29T09:00:00+09:00',
    '북한, 대륙간탄도미사일 발사',
    '북한은 새벽 대륙간탄도미사일을 동해 쪽으로 쐈다고 합참이 밝혔다.',
  ],
  [
    'ko-kim-jong-il',
    '2017-12-17T10:00:00+09:00',
    '평양서 김정일 6주기 추모대회',
    '북한은 평양에서 김정일 국방위원장 사망 6주기 추모대회를 열었다.',
  ],
  [
    'ko-panmunjom',
    '2018-04-27T18:00:00+09:00',
    '남북정상회담…판문점 선언 발표',
    '문재인 대통령과 김정은 국무위원장이 판문점에서 만나 선언에 서명했다.',
  ],
  [
    'ko-singapore',
    '2018-06-12T16:00:00+09:00',
    '싱가포르서 첫 북미정상회담',
    '트럼프 대통령과 김정은 위원장이 싱가포르에서 회담하고 공동성명을 냈다.',
  ],
];

const north = ['ko-4th-test', 'ko-rocket', 'ko-kaesong', 'ko-2321', 'ko-icbm', 'ko-kim-jong-il', 'ko-5th-test'];
/** Each query, and the Korean stories it must find (English stories are never expected). */
const TABLE: readonly [string, readonly string[]][] = [
  ['북한', north],
  ['북한은', north],
  ['북한의', north],
  ['핵실험', ['ko-4th-test', 'ko-5th-test']],
  ['핵실험을', ['ko-4th-test', 'ko-5th-test']],
  ['제재', ['ko-2270', 'ko-2321']],
  ['대북제재를', ['ko-2270', 'ko-2321']],
  ['결의', ['ko-2270', 'ko-2321']],
  ['공단', ['ko-kaesong']],
  ['개성공단은', ['ko-kaesong']],
  ['이사회', ['ko-2270']],
  ['미사일을', ['ko-icbm']],
  ['정상회담', ['ko-panmunjom', 'ko-singapore']],
  ['회담', ['ko-panmunjom', 'ko-singapore']],
  ['김정은', ['ko-panmunjom', 'ko-singapore']],
  ['사드를', ['ko-thaad']],
  ['위원장', ['ko-kim-jong-il', 'ko-panmunjom', 'ko-singapore']],
];

async function koreanFixture(): Promise<string> {
  const dir = await copyFixture('archive');
  // The wire's name and the Korean stories' section (외교) in both languages, as a bilingual newsroom's files give them.
  await appendFile(join(dir, 'sources', 'wire.yaml'), 'translations:\n  ko:\n    name: 테스트 통신사\n');
  await writeFile(join(dir, 'sections.yaml'), 'Diplomacy:\n  ko: 외교\n');
  for (const [slug, date, title, body] of STORIES) {
    await writeArticle(
      dir,
      `${date.slice(0, 4)}/${slug}.md`,
      { title, date, source: 'wire', dateline: '서울', section: '외교', language: 'ko' },
      body,
    );
  }
  // Two German agency stories: a second stemmed language, whose queries need German's stemmer.
  await writeArticle(
    dir,
    '2016/de-sanktionen.md',
    {
      title: 'Sicherheitsrat verschärft die Sanktionen',
      date: '2016-03-03T10:00:00+01:00',
      source: 'wire',
      section: 'Diplomacy',
      language: 'de',
    },
    'Nach dem vierten Atomtest stimmte der Rat einstimmig für härtere Sanktionen gegen Pjöngjang.',
  );
  await writeArticle(
    dir,
    '2016/de-kohle.md',
    {
      title: 'Eine neue Sanktion trifft die Kohleausfuhr',
      date: '2016-12-01T09:00:00+01:00',
      source: 'wire',
      section: 'Diplomacy',
      language: 'de',
    },
    'Die Sanktion begrenzt, wie viel Kohle das Land noch verkaufen darf.',
  );
  // A zero-width space between two nouns: Pagefind drops it, and indexes one word (see the test).
  await writeArticle(
    dir,
    '2018/ko-zero-width.md',
    { title: '연합 훈련 재개', date: '2018-11-01T09:00:00+09:00', source: 'wire', section: '외교', language: 'ko' },
    '군은 한미\u200b합동훈련을 재개했다.',
  );
  return dir;
}

const slugOf = (href: string) => href.replace(/\/$/, '').split('/').pop()!;

describe.skipIf(!chromiumPath)('Korean search in a browser', () => {
  let browser: Browser;
  let site: ServedSite;
  let outDir: string;

  beforeAll(async () => {
    const build = await buildSite({ contentDir: await koreanFixture() });
    if (!build.ok) throw new Error(`Fixture build failed:\n${build.output}`);
    outDir = build.outDir;
    site = await serveSite(build.outDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /**
   * The search page's results for `query` (every one, loading more while it offers), and its status
   * line: opened from a link with `extra` filters, or typed into the box of a search page already open.
   */
  async function pageResults(
    page: Page,
    query: string,
    { extra = '', typed = false } = {},
  ): Promise<{ slugs: string[]; status: string }> {
    if (typed) {
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
    } else await page.goto(site.url(`search/?q=${encodeURIComponent(query)}${extra}`));
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toContain(`“${query}”`);
    const more = page.locator('[data-search-more] button');
    while (await more.isVisible().catch(() => false)) await more.click();
    const hrefs = await page
      .locator('.search-result__headline a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return {
      slugs: hrefs.map((href) => slugOf(new URL(href, 'http://x').pathname)),
      status: (await status.textContent()) ?? '',
    };
  }

  /** What Pagefind alone finds for each of `terms` on the same index: every language index merged, no Korean handling. */
  async function pagefindAlone(page: Page, terms: readonly string[]): Promise<string[][]> {
    if (!page.url().startsWith(site.url(''))) await page.goto(site.url(''));
    // A string, so that Vitest leaves the page's own import() alone. One Pagefind, opened once, for every term.
    const found = (await page.evaluate(`(async (terms) => {
      const manifest = await (await fetch('/pagefind/bundles.json')).json();
      const pairs = manifest.bundles.flatMap((b) => Object.keys(b.languages).map((language) => ({ key: b.key, language })));
      const module = await import('/pagefind/pagefind.js?alone');
      const [first, ...rest] = pairs;
      const pf = module.createInstance({ basePath: '/pagefind/' + first.key + '/' });
      await pf.init();
      for (const p of rest) await pf.mergeIndex('/pagefind/' + p.key + '/' + (p.key === first.key ? './' : ''), { language: p.language });
      const urls = [];
      for (const term of terms) {
        const found = await pf.search(term);
        urls.push(await Promise.all(found.results.map(async (r) => (await r.data()).url)));
      }
      return urls;
    })(${JSON.stringify(terms)})`)) as string[][];
    return found.map((urls) => urls.map((url) => slugOf(new URL(url, 'http://x').pathname)));
  }

  it('finds what each Korean query must, particles and compounds included; recall against Pagefind alone', async () => {
    const page = await browser.newPage();
    const rows: string[] = [];
    let found = 0;
    let alone = 0;
    let wanted = 0;
    const aloneFound = await pagefindAlone(
      page,
      TABLE.map(([query]) => query),
    );
    // Every query typed into one search page's box, as a reader searches: its Pagefind opens once.
    await page.goto(site.url('search/'));
    for (const [i, [query, expected]] of TABLE.entries()) {
      const { slugs } = await pageResults(page, query, { typed: true });
      const raw = aloneFound[i]!;
      const hits = expected.filter((s) => slugs.includes(s)).length;
      const rawHits = expected.filter((s) => raw.includes(s)).length;
      rows.push(`| ${query} | ${expected.length} | ${hits} | ${rawHits} |`);
      found += hits;
      alone += rawHits;
      wanted += expected.length;
      expect({ query, slugs: [...slugs].sort() }).toEqual({ query, slugs: [...expected].sort() });
    }
    console.log(
      `| query | stories | search page | Pagefind alone |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n| all | ${wanted} | ${found} (${Math.round((100 * found) / wanted)}%) | ${alone} (${Math.round((100 * alone) / wanted)}%) |`,
    );
    expect(found).toBe(wanted);
    await page.close();
  });

  it('lists the stories a name finds as typed first, and never cuts a name at a "particle"', async () => {
    const page = await browser.newPage();
    // 김정은 is not 김정 + 은: the story of 김정일 is not among its results.
    expect((await pageResults(page, '김정은')).slugs).not.toContain('ko-kim-jong-il');
    await page.close();
  });

  it('shows a compound as written in excerpts and pages: the pieces are in a hidden field Pagefind searches', async () => {
    const page = await browser.newPage();
    await pageResults(page, '제재');
    const excerpt = await page
      .locator('.search-result')
      .filter({ hasText: '결의 2270호' })
      .locator('.search-result__excerpt')
      .textContent();
    expect(excerpt).toContain('대북제재');
    expect(excerpt).not.toMatch(/대북[\s|_\-\u200b]제재/);
    const html = await (await fetch(site.url('articles/2016/03/03/ko-2270/'))).text();
    expect(html).toMatch(/<span data-pagefind-meta="parts">제재 [^<]*<\/span>/);
    expect(html).toMatch(/<div hidden data-pagefind-ignore[^>]*>/);
    await page.close();
  });

  it('pins Pagefind: a zero-width space joins, not cuts (dropped from the word and its text)', async () => {
    const page = await browser.newPage();
    // 한미\u200b합동훈련을 is indexed as the one word 한미합동훈련을: found from its start, not from 합동.
    expect(await pagefindAlone(page, ['한미합동훈련', '합동'])).toEqual([['ko-zero-width'], []]);
    await page.close();
  });

  it('searches every language at once, with a language filter', async () => {
    const page = await browser.newPage();
    // One English and one Korean story in the same year's bundle are both found, English stemmed.
    const launch = await pageResults(page, 'condemns');
    expect(launch.slugs).toContain('launch-condemned');
    await pageResults(page, '북한');
    const groups = page
      .locator('[data-filter-groups] fieldset')
      .filter({ has: page.locator('legend', { hasText: 'Language' }) });
    await expect.poll(() => groups.locator('label').allTextContents()).toEqual(['한국어 (7)']);
    const { slugs } = await pageResults(page, '제재', { extra: '&language=en' });
    expect(slugs).toEqual([]);
    const korean = await pageResults(page, '제재', { extra: '&language=ko' });
    expect(korean.slugs.sort()).toEqual(['ko-2270', 'ko-2321']);
    await page.close();
  });

  it("lists a year's stories of every language in one date order, newest or oldest first", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const sort of ['newest', 'oldest'] as const) {
      // No words: a year's listing, every story of 2016 in English, Korean and German, in the order asked.
      await page.goto(site.url(`search/?year=2016&sort=${sort}`));
      const results = page.locator('.search-result');
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^\d+ articles? match/);
      // The first page, ten of the year's stories: enough of each language to show their order.
      await expect.poll(() => results.count()).toBe(10);
      const shown = await results.evaluateAll((items) =>
        items.map((item) => ({
          at: Date.parse(item.querySelector('time')?.getAttribute('datetime') ?? ''),
          korean: /[\uac00-\ud7a3]/.test(item.querySelector('.search-result__headline')?.textContent ?? ''),
        })),
      );
      expect(new Set(shown.map((r) => r.korean))).toEqual(new Set([true, false]));
      const times = shown.map((r) => r.at);
      const ordered = [...times].sort((a, b) => (sort === 'newest' ? b - a : a - b));
      expect(times, sort).toEqual(ordered);
    }
    // The dates to merge by came from the bundle's sort instants, not from opening each result's page.
    expect(requested.filter((path) => path.endsWith('/sort-instants.json')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('searches German stories with German stemming, beside English and Korean', async () => {
    const page = await browser.newPage();
    // Forms the stories do not write, which only German's stemmer takes to theirs ("begrenzt", "stimmte"):
    // through the English stemmer, which stems the whole search otherwise, both found nothing.
    expect((await pageResults(page, 'begrenzen')).slugs).toEqual(['de-kohle']);
    expect((await pageResults(page, 'stimmen')).slugs).toEqual(['de-sanktionen']);
    for (const query of ['Sanktionen', 'Sanktion']) {
      const { slugs } = await pageResults(page, query);
      expect(slugs.sort(), query).toEqual(['de-kohle', 'de-sanktionen']);
    }
    // English still goes through English's stemmer: "condemning" finds the story that "condemns".
    expect((await pageResults(page, 'condemning')).slugs).toContain('launch-condemned');
    await page.close();
  });

  it('speaks Korean on /ko/search/: where to start, dates as Korean writes them, filters in a sheet with chips', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(site.url('ko/search/'));
      const start = page.getByRole('region', { name: '이렇게 시작해 보세요' });
      await expect.poll(() => start.isVisible()).toBe(true);
      expect(await start.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
        '주제',
        '기사에 나온 이름',
        '연도',
      ]);
      // Year, month, day, as "2018년 6월 12일" reads, with the months named in Korean; no browser date field.
      const menus = await page
        .locator('.search-range__bound')
        .first()
        .locator('select')
        .evaluateAll((selects) => selects.map((s) => s.id));
      expect(menus).toEqual(['search-from-year', 'search-from-month', 'search-from-day']);
      expect(await page.locator('#search-from-month option[value="06"]').textContent()).toBe('6월');
      expect(await page.locator('input[type="date"]').count()).toBe(0);

      await page.goto(site.url(`ko/search/?q=${encodeURIComponent('회담')}&from=2018-06`));
      const status = page.locator('[data-search-status]');
      await expect.poll(() => status.textContent()).toBe('“회담” 검색 결과 1건');
      const chip = page.getByRole('button', { name: '필터 지우기 날짜: 2018년 6월부터' });
      expect(await chip.isVisible()).toBe(true);
      await page.getByRole('button', { name: '필터 (1개 적용)' }).click();
      const sheet = page.getByRole('dialog', { name: '결과 좁히기' });
      await expect.poll(() => sheet.getByRole('button', { name: '결과 1건 보기' }).isVisible()).toBe(true);
      await sheet.getByRole('button', { name: '필터 닫기' }).click();
      await chip.click();
      await expect.poll(() => status.textContent()).toBe('“회담” 검색 결과 2건');
    } finally {
      await page.close();
    }
  });

  it("names sections and sources in the page's language, whatever the story's language", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const groups = () => filterLabelsByGroup(page);
    try {
      // 외교 and Diplomacy are one section; each page names it, and the wire, in its own language.
      await page.goto(site.url(`ko/search/?q=${encodeURIComponent('북한')}&section=Diplomacy`));
      await expect.poll(groups).toMatchObject({ 언론사: ['테스트 통신사 (7)'], 분야: ['외교 (7)'] });
      expect(await page.locator('.search-result__source').first().textContent()).toBe('테스트 통신사');
      expect(await page.getByRole('button', { name: '필터 지우기 분야: 외교' }).isVisible()).toBe(true);
      await page.goto(site.url(`search/?q=${encodeURIComponent('북한')}&section=Diplomacy`));
      await expect.poll(groups).toMatchObject({ Source: ['Test Wire Service (7)'], Section: ['Diplomacy (7)'] });
      expect(await page.locator('.search-result__source').first().textContent()).toBe('Test Wire Service');
    } finally {
      await page.close();
    }
  });

  it("pins Pagefind: a date-sorted result's score is its place in its own language index, oldest 0, which the sort instants date", async () => {
    const page = await browser.newPage();
    await page.goto(site.url(''));
    // Each language index of the one bundle on its own, every page listed newest first and oldest first, with the dates the pages give.
    const found = (await page.evaluate(`(async () => {
      const manifest = await (await fetch('/pagefind/bundles.json')).json();
      const bundle = manifest.bundles[0];
      const instants = await (await fetch('/pagefind/' + bundle.key + '/sort-instants.json')).json();
      const module = await import('/pagefind/pagefind.js?pin');
      const out = {};
      for (const language of Object.keys(bundle.languages)) {
        document.documentElement.lang = language;
        const pf = module.createInstance({ basePath: '/pagefind/' + bundle.key + '/' });
        await pf.init();
        const rows = [];
        for (const direction of ['desc', 'asc']) {
          const { results } = await pf.search(null, { sort: { date: direction } });
          for (const r of results) rows.push([direction, r.score, Date.parse((await r.data()).meta.date) / 1000]);
        }
        out[language] = { rows, instants: instants[language] };
        await pf.destroy?.();
      }
      return out;
    })()`)) as Record<string, { rows: [string, number, number][]; instants: number[] }>;
    expect(Object.keys(found).sort()).toEqual(['de', 'en', 'ko']);
    for (const [language, { rows, instants }] of Object.entries(found)) {
      const desc = rows.filter((r) => r[0] === 'desc');
      expect(
        desc.map((r) => r[1]),
        language,
      ).toEqual(instants.map((_, i) => instants.length - 1 - i));
      expect(
        rows.filter((r) => r[0] === 'asc').map((r) => r[1]),
        language,
      ).toEqual(instants.map((_, i) => -i || 0));
      // The instant at a result's place is its own date.
      for (const [, score, date] of rows) expect(instants[Math.abs(score)], language).toBe(date);
    }
    await page.close();
  });

  it('writes an index per language, and keeps the unstemmed WebAssembly only where Korean is', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(join(outDir, 'pagefind', 'bundles.json'), 'utf8')) as {
      bundles: { key: string; languages: Record<string, { pages: number; stemmed: boolean }> }[];
    };
    // The fixture's years are one part: its English, German and Korean stories are three indexes of one bundle.
    expect(manifest.bundles.map((b) => b.languages)).toEqual([
      {
        de: { pages: 2, stemmed: true },
        en: { pages: expect.any(Number), stemmed: true },
        ko: { pages: 12, stemmed: false },
      },
    ]);
    const files = await readdir(join(outDir, 'pagefind', manifest.bundles[0]!.key));
    expect(files).toContain('wasm.unknown.pagefind');
    // Each stemmed language's own stemmer, which the search page opens in a copy of Pagefind of its own.
    expect(files).toEqual(expect.arrayContaining(['wasm.en.pagefind', 'wasm.de.pagefind']));
  });
});
