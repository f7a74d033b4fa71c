import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { listFiles, parseHtml, texts } from '../helpers/html.ts';

/** The fixture plus 21 short wire items in March 2017, so the archive runs to two pages. */
async function fixtureWithFiller(): Promise<string> {
  const dir = await copyFixture('archive');
  for (let i = 1; i <= 21; i++) {
    const day = String(i).padStart(2, '0');
    await writeArticle(dir, `2017/filler-${day}.md`, {
      title: `Filler item ${day}`,
      date: `2017-03-${day}T09:00:00+09:00`,
      source: 'wire',
      section: 'Briefs',
      topics: ['tests-and-launches'],
      // The council's long form, which the fixture's aliases.yaml files under its short form.
      ...(i === 1 && { organizations: ['United Nations Security Council'] }),
    });
  }
  return dir;
}

describe('a built archive', () => {
  let site: BuildResult;
  const page = async (path: string) => parseHtml(await site.read(path));

  beforeAll(async () => {
    site = await buildSite({ contentDir: await fixtureWithFiller() });
    if (!site.ok) throw new Error(`Fixture build failed:\n${site.output}`);
  });

  it('publishes every article at /articles/YYYY/MM/DD/<slug>/, and no drafts', async () => {
    const articles = (await listFiles(site.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    expect(articles).toHaveLength(25);
    expect(articles).toContain('articles/2016/01/20/first-talks-open/index.html');
    expect(articles).toContain('articles/2018/06/12/summit-held/index.html');
    expect(articles.some((f) => f.includes('draft-story'))).toBe(false);
  });

  it('shows an article with its label, dateline, time, source, note, figure, corrections and links', async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe('First talks open in the capital');
    expect(doc.querySelector('.article__meta .article__label')?.textContent).toBe('LEAD');
    expect(doc.querySelector('.dateline')?.textContent).toBe('SEOUL');
    expect(doc.querySelector('.article__meta time')?.getAttribute('datetime')).toBe('2016-01-20T15:10:00+09:00');
    expect(doc.querySelector('.article__meta a[href="/sources/wire/"]')?.textContent).toBe('Test Wire Service');
    // The note of the update is at the end, as "This article was amended on …"; the captioned photo without a file is not framed.
    expect(texts(doc, '.amendments p')).toEqual([
      'This article was amended on 20 January 2016. Updated with the ministry’s briefing.',
    ]);
    expect(doc.querySelector('figure')).toBeNull();
    expect(doc.querySelector('a[href="https://wire.example/story/1"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/people/kim-jong-un/"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/organizations/un-security-council/"]')).not.toBeNull();
    const related = doc.querySelector('.related a[href="/articles/2016/02/07/launch-condemned/"]')?.closest('li');
    // Related coverage is a pointer onward: headline, day and source, not a second card with its summary.
    expect(related?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Launch condemned by council 7 February 2016 · The Test Paper · Corrected',
    );
    expect(doc.querySelector('.related .card__summary')).toBeNull();
    expect(doc.querySelector('.topic-nav a[rel="next"]')?.getAttribute('href')).toBe(
      '/articles/2016/02/07/launch-condemned/',
    );

    const corrected = await page('articles/2016/02/07/launch-condemned/index.html');
    expect(texts(corrected, '.amendments__correction')).toEqual([
      'This article was amended on 8 February 2016. An earlier version gave the wrong day for the launch.',
    ]);
  });

  describe("a story's versions", () => {
    const story = 'articles/2016/01/20/first-talks-open/';

    it('says on the story page when it was updated and how many versions it has, linking to them', async () => {
      const doc = await page(`${story}index.html`);
      const updated = doc.querySelector('.article__updated');
      expect(updated?.textContent?.replace(/\s+/g, ' ')).toMatch(/^Updated .*19:27.* · 2 versions$/);
      expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2016-01-20T19:27:00+09:00');
      expect(updated?.querySelector('a')?.getAttribute('href')).toBe(`/${story}versions/`);
      expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
        JSON.parse(s.textContent ?? ''),
      );
      expect(ld.find((d) => d['@type'] === 'NewsArticle')).toMatchObject({
        datePublished: '2016-01-20T15:10:00+09:00',
        dateModified: '2016-01-20T19:27:00+09:00',
      });
    });

    it('lists every version newest first with its time and label, and marks what was added', async () => {
      const doc = await page(`${story}versions/index.html`);
      expect(texts(doc, '.version__title')).toEqual(['Version 2 (current)', 'Version 1']);
      expect([...doc.querySelectorAll('.version__meta time')].map((t) => t.getAttribute('datetime'))).toEqual([
        '2016-01-20T19:27:00+09:00',
        '2016-01-20T15:10:00+09:00',
      ]);
      expect(texts(doc, '.version .label')).toEqual(['LEAD']);
      expect(texts(doc, '.version__note')).toEqual(['Editor’s note: Updated with the ministry’s briefing.']);
      expect(doc.querySelector('a[href="/articles/2016/01/20/first-talks-open/versions/1/"]')).not.toBeNull();
      expect(texts(doc, '#version-2 .version-diff .diff-block--added ins')).toEqual([
        'What was said',
        'The envoy called it “a start”. Background is on the talks page.',
      ]);
      expect(texts(doc, '#version-2 .version-diff .diff-block--changed:not(.diff-headline) ins')).toEqual([
        '[added], officials said[end added]',
      ]);
      expect(texts(doc, '#version-2 .diff-headline')).toEqual([
        'Headline changed: [removed]Talks[end removed][added]First talks[end added] open in the capital',
      ]);
      expect(doc.querySelector('#version-1 .version-diff')).toBeNull();
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('gives each earlier version its full text, marked as earlier, canonical to the story', async () => {
      const doc = await page(`${story}versions/1/index.html`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`http://localhost:4321/${story}`);
      expect(doc.querySelector('.earlier-version')?.textContent).toContain('This is an earlier version of this story');
      expect(doc.querySelector('.earlier-version a')?.getAttribute('href')).toBe(`/${story}`);
      expect(texts(doc, '.article__body p')).toEqual([
        'SEOUL, Jan. 20 (Wire) — Envoys met for the first time on Wednesday.',
      ]);
      expect(doc.querySelector('.label')).toBeNull();
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('keeps versions out of the sitemap, the search index and the feed, which lists the story once', async () => {
      const sitemap = await site.read('sitemap-0.xml');
      expect(sitemap).toContain(`<loc>http://localhost:4321/${story}</loc><lastmod>2016-01-20T10:27:00.000Z</lastmod>`);
      expect(sitemap).not.toContain('/versions/');
      // Pagefind reads every page under articles/ but indexes only those marked data-pagefind-body: the stories.
      const stories = (await listFiles(site.outDir, '.html')).filter((f) =>
        /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
      );
      expect(site.output).toContain(`Indexed ${stories.length} articles for search`);
      const feed = await new Parser().parseString(await site.read('rss.xml'));
      expect(feed.items.filter((i) => i.link?.includes('first-talks-open'))).toHaveLength(1);
    });
  });

  it("names a time for the dateline's place, else the source's zone, and gives the offset when neither fits", async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(texts(doc, '.article__meta time')).toEqual(['20 January 2016, 15:10 KST', '20 January 2016, 19:27 KST']);
    // The wire's zone is Asia/Seoul; a story filed at +08:00 from SINGAPORE is named for Singapore.
    const summit = await page('articles/2018/06/12/summit-held/index.html');
    expect(texts(summit, '.article__meta time')).toEqual(['12 June 2018, 10:00 SGT', '12 June 2018, 18:00 SGT']);
    // Its card on the year's page names it the same way.
    const year = await page('archive/2018/index.html');
    const card = [...year.querySelectorAll('.card')].find((c) => c.textContent?.includes('Summit held'));
    expect(card?.querySelector('time')?.textContent).toBe('12 June 2018, 10:00 SGT');
  });

  it("sets headlines, summaries, captions and the page title with the body's typographic quotes", async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.querySelector('.article__body')?.textContent).toContain('The envoy called it “a start”.');
    expect(doc.querySelector('.article__body')?.textContent).toContain('(Wire) — Envoys');
    const hostile = await page('articles/2018/07/01/hostile-copy/index.html');
    expect(hostile.querySelector('title')?.textContent).toBe('Hostile <script>alert(‘title’)</script> copy · Dateline');
    expect(hostile.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      'Hostile <script>alert(‘title’)</script> copy',
    );
    expect(hostile.querySelector('.article__summary')?.textContent).toBe(
      'Summary with <img src=x onerror=alert(‘summary’)> markup',
    );
  });

  it('lets a reader cite an article: Highwire meta tags, APA, Chicago and MLA, and RIS and BibTeX downloads', async () => {
    const doc = await page('articles/2018/06/12/summit-held/index.html');
    const url = 'http://localhost:4321/articles/2018/06/12/summit-held/';
    const meta = (name: string) =>
      [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual(['Summit held on the island']);
    expect(meta('citation_author')).toEqual(['Reporter One', 'Reporter Two']);
    expect(meta('citation_publication_date')).toEqual(['2018/06/12']);
    expect(meta('citation_journal_title')).toEqual(['Dateline']);
    expect(meta('citation_public_url')).toEqual([url]);
    expect(texts(doc, '.article-citation dt')).toEqual(['APA', 'Chicago', 'MLA']);
    expect(texts(doc, '.article-citation dd')[0]).toBe(
      `Reporter One & Reporter Two. (2018, June 12). Summit held on the island. Dateline. ${url}`,
    );
    expect(doc.querySelector('.article-citation dd i')?.textContent).toBe('Dateline');
    expect(doc.querySelector('.article-citation__url')?.textContent).toBe(url);
    // On paper the page ends with its address, labelled in the page's language.
    expect(doc.querySelector('.article-citation__address')?.textContent).toBe(`Address: ${url}`);
    expect(doc.querySelector('.article-citation__files')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Download: RIS · BibTeX (Zotero, EndNote, Mendeley)',
    );
    // The files travel in the page: what a browser saves from each link, by its name.
    const saved = await Promise.all(
      [...doc.querySelectorAll('.article-citation__files a')].map(async (a) => ({
        name: a.getAttribute('download'),
        text: await (await fetch(a.getAttribute('href')!)).text(),
      })),
    );
    expect(saved.map((file) => file.name)).toEqual(['summit-held.ris', 'summit-held.bib']);
    const [ris, bib] = saved.map((file) => file.text);
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toMatch(/^AU {2}- Reporter Two$/m);
    expect(ris).toMatch(new RegExp(`^UR {2}- ${url}$`, 'm'));
    expect(ris).toMatch(/^ER {2}- \n$/m);
    expect(bib).toMatch(/^@article\{summit_held_2018_06_12,$/m);
    expect(bib).toMatch(/author = \{\{Reporter One\} and \{Reporter Two\}\}/);
    expect(bib).toContain(`url = {${url}}`);
    // No file a story: the site holds no citation files at all.
    expect([...(await listFiles(site.outDir, '.ris')), ...(await listFiles(site.outDir, '.bib'))]).toEqual([]);
  });

  it('frames no gallery photo without a file, and says how many photos were not carried over', async () => {
    const doc = await page('articles/2018/06/12/summit-held/index.html');
    // Its gallery has a caption and two empty entries, and no file: nothing is framed.
    expect(doc.querySelector('figure')).toBeNull();
    expect(doc.querySelector('.gallery__note')?.textContent).toMatch(/3 more photos/);
    expect(doc.querySelector('.byline')?.textContent).toBe('By Reporter One, Reporter Two');
  });

  it('paginates the archive 20 a page, newest first', async () => {
    const first = await page('archive/index.html');
    const second = await page('archive/page/2/index.html');
    const firstTitles = texts(first, '.card__headline');
    expect(firstTitles).toHaveLength(20);
    expect(firstTitles[0]).toBe('Hostile <script>alert(‘title’)</script> copy');
    expect(texts(second, '.card__headline')).toEqual([
      'Filler item 03',
      'Filler item 02',
      'Filler item 01',
      'Launch condemned by council',
      'First talks open in the capital',
    ]);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/archive/page/2/');
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/archive/');
  });

  it('has year and month archives, a year showing each month’s newest stories and linking the rest', async () => {
    const year = await page('archive/2017/index.html');
    // March 2017 has 21 stories: the year shows its newest five and sends the reader to the month for all of them.
    expect(texts(year, '.card__headline')).toEqual([
      'Filler item 21',
      'Filler item 20',
      'Filler item 19',
      'Filler item 18',
      'Filler item 17',
    ]);
    const more = year.querySelector('.more-link a');
    expect(more?.textContent).toBe('All 21 articles from March 2017 →');
    expect(more?.getAttribute('href')).toBe('/archive/2017/03/');
    expect(texts(await page('archive/2017/03/index.html'), '.card__headline')).toHaveLength(21);
    // A month with fewer stories than that is shown whole, with no link to more.
    const smallYear = await page('archive/2016/index.html');
    expect(texts(smallYear, '.card__headline')).toEqual([
      'Launch condemned by council',
      'First talks open in the capital',
    ]);
    // A listing says "Corrected" and "Updated", never the wire's LEAD.
    expect(texts(smallYear, '.card__status')).toEqual(['Corrected', 'Updated']);
    expect(smallYear.querySelector('.more-link')).toBeNull();
    const month = await page('archive/2016/01/index.html');
    expect(texts(month, '.card__headline')).toEqual(['First talks open in the capital']);
    expect(year.querySelector('.lede')?.textContent).toBe('21 articles, newest first.');
    expect(month.querySelector('.lede')?.textContent).toBe('1 article, newest first.');
    expect(month.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '1 article from January 2016.',
    );
  });

  it('shows a topic background then its coverage by year, oldest first', async () => {
    const doc = await page('topics/talks/index.html');
    expect(doc.querySelector('.topic-background strong')?.textContent).toBe('talks');
    expect(texts(doc, '.timeline__year > h3')).toEqual(['2016', '2018']);
    expect(texts(doc, '.timeline .card__headline')).toEqual([
      'First talks open in the capital',
      'Launch condemned by council',
      'Summit held on the island',
    ]);
  });

  it('gives people, places, organizations and tags pages, merging spelling variants', async () => {
    const kim = await page('people/kim-jong-un/index.html');
    expect(kim.querySelector('h1')?.textContent).toBe('Kim Jong Un');
    expect(texts(kim, '.card__headline')).toHaveLength(3);
    expect(kim.querySelector('.lede')?.textContent).toBe('Person · 3 articles, newest first.');
    const singapore = await page('places/singapore/index.html');
    expect(texts(singapore, '.card__headline')).toEqual(['Summit held on the island']);
    expect(singapore.querySelector('.lede')?.textContent).toBe('Place · 1 article, newest first.');
    expect(texts(await page('tags/sanctions/index.html'), '.card__headline')).toEqual(['Launch condemned by council']);
    expect(texts(await page('people/index.html'), '.columns a')).toEqual(['Kim Jong Un', 'Ada Envoy']);
    expect(texts(await page('sources/paper/index.html'), '.card__headline')).toHaveLength(2);
  });

  it('gives a name in the alias file one page for all its spellings, and sends each spelling’s address there', async () => {
    const council = await page('organizations/un-security-council/index.html');
    expect(council.querySelector('h1')?.textContent).toBe('U.N. Security Council');
    expect(texts(council, '.card__headline')).toEqual([
      'Filler item 01',
      'Launch condemned by council',
      'First talks open in the capital',
    ]);
    expect(council.querySelector('.also-written')?.textContent).toBe(
      'Also written as United Nations Security Council and UNSC.',
    );
    for (const alias of ['united-nations-security-council', 'unsc']) {
      const redirect = await page(`organizations/${alias}/index.html`);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        '0;url=/organizations/un-security-council/',
      );
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        'http://localhost:4321/organizations/un-security-council/',
      );
      expect(redirect.querySelector('a')?.getAttribute('href')).toBe('/organizations/un-security-council/');
    }
    expect(texts(await page('organizations/index.html'), '.columns a')).toEqual(['U.N. Security Council']);
    expect((await page('people/kim-jong-un/index.html')).querySelector('.also-written')?.textContent).toBe(
      'Also written as Kim Jong-un.',
    );
  });

  it('has a 404 page', async () => {
    const doc = await page('404.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('shows a breadcrumb trail on every kind of page, ending at the page itself, an article’s at its month', async () => {
    const trail = async (path: string) => {
      const doc = await page(path);
      const nav = doc.querySelector('nav[aria-label="Breadcrumb"]');
      const items = [...(nav?.querySelectorAll('ol > li') ?? [])];
      if (!path.startsWith('articles/'))
        expect(items.at(-1)?.querySelector('[aria-current="page"]'), path).not.toBeNull();
      return items.map((li) => [li.textContent?.trim(), li.querySelector('a')?.getAttribute('href') ?? null]);
    };
    expect(await trail('articles/2016/01/20/first-talks-open/index.html')).toEqual([
      ['Archive', '/archive/'],
      ['2016', '/archive/2016/'],
      ['January 2016', '/archive/2016/01/'],
    ]);
    // The JSON-LD gives search engines the same trail, down to the article itself.
    const article = await page('articles/2016/01/20/first-talks-open/index.html');
    const ld = [...article.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? ''),
    );
    expect(
      ld.find((d) => d['@type'] === 'BreadcrumbList').itemListElement.map((i: { name: string }) => i.name),
    ).toEqual(['Archive', '2016', 'January 2016', 'First talks open in the capital']);
    expect(await trail('topics/talks/index.html')).toEqual([
      ['Topics', '/topics/'],
      ['Peace talks', null],
    ]);
    expect(await trail('people/kim-jong-un/index.html')).toEqual([
      ['People', '/people/'],
      ['Kim Jong Un', null],
    ]);
    expect(await trail('sources/wire/index.html')).toEqual([
      ['Sources', '/sources/'],
      ['Test Wire Service', null],
    ]);
    expect(await trail('archive/2016/02/index.html')).toEqual([
      ['Archive', '/archive/'],
      ['2016', '/archive/2016/'],
      ['February 2016', null],
    ]);
    expect(await trail('archive/2017/index.html')).toEqual([
      ['Archive', '/archive/'],
      ['2017', null],
    ]);
    expect(await trail('sections/briefs/index.html')).toEqual([
      ['Sections', '/sections/'],
      ['Briefs', null],
    ]);
  });

  it('gives each section a paginated listing and a feed, linked from the section label of each card', async () => {
    // 21 briefs fit on one page of 50; tests/build/long-listings.test.ts pages a longer one.
    const first = await page('sections/briefs/index.html');
    expect(first.querySelector('h1')?.textContent).toBe('Briefs');
    expect(texts(first, '.card__headline')).toHaveLength(21);
    expect(texts(first, '.card__headline')[0]).toBe('Filler item 21');
    expect(first.querySelector('.pagination')).toBeNull();
    expect(first.querySelector('link[rel="alternate"][href="/sections/briefs/rss.xml"]')).not.toBeNull();
    const feed = await new Parser().parseString(await site.read('sections/briefs/rss.xml'));
    expect(feed.items.map((i) => i.title)).toHaveLength(21);
    expect(feed.items[0]?.link).toBe('http://localhost:4321/articles/2017/03/21/filler-21/');
    expect(texts(await page('sections/index.html'), '.columns a')).toEqual(['Briefs', 'Diplomacy', 'Security']);
    const security = await page('sections/security/index.html');
    expect(texts(security, '.card__headline')).toEqual([
      'Hostile <script>alert(‘title’)</script> copy',
      'Launch condemned by council',
    ]);
    const card = (await page('archive/2016/01/index.html')).querySelector('.card a.card__section');
    expect([card?.textContent, card?.getAttribute('href')]).toEqual(['Diplomacy', '/sections/diplomacy/']);
  });

  it('links a month and a year to the nearest earlier and later periods with stories, visibly and in the head', async () => {
    // Nothing was filed between February 2016 and March 2017.
    const february = await page('archive/2016/02/index.html');
    expect(february.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe('/archive/2016/01/');
    expect(february.querySelector('link[rel="next"]')?.getAttribute('href')).toBe('/archive/2017/03/');
    expect(texts(february, '.period-nav a')).toEqual(['← January 2016', 'March 2017 →']);
    const first = await page('archive/2016/01/index.html');
    expect(first.querySelector('link[rel="prev"]')).toBeNull();
    expect(texts(first, '.period-nav a')).toEqual(['February 2016 →']);
    const year = await page('archive/2017/index.html');
    expect(year.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe('/archive/2016/');
    expect(year.querySelector('link[rel="next"]')?.getAttribute('href')).toBe('/archive/2018/');
  });

  it('divides the archive listing by year, and gives a topic timeline a jump-to-year list', async () => {
    expect(texts(await page('archive/page/2/index.html'), '.year-divider')).toEqual(['2017', '2016']);
    const topic = await page('topics/talks/index.html');
    const jumps = [...topic.querySelectorAll('nav[aria-label="Jump to year"] a')];
    expect(jumps.map((a) => a.getAttribute('href'))).toEqual(['/topics/talks/#y2016', '/topics/talks/#y2018']);
    for (const a of jumps)
      expect(topic.getElementById(a.getAttribute('href')!.split('#')[1]!)?.textContent).toBe(a.textContent);
  });

  it('answers an article address cut back to its month or year with that period’s stories, the day as a heading', async () => {
    const month = await page('articles/2016/01/index.html');
    expect(texts(month, '.card__headline')).toEqual(['First talks open in the capital']);
    expect(texts(month, 'section[aria-labelledby="d20"] h2')).toEqual(['20 January 2016']);
    expect(month.querySelector('a[href="/archive/2016/01/"]')).not.toBeNull();
    // A day has no page (the 404 page sends its address to the month's heading: tests/e2e/day-address.test.ts).
    await expect(page('articles/2016/01/20/index.html')).rejects.toThrow(/ENOENT/);
    const year = await page('articles/2017/index.html');
    expect(texts(year, '.period-list a')).toEqual(['March 2017']);
    expect(year.querySelector('a[href="/archive/2017/"]')).not.toBeNull();
    // Every article's month and year has a page.
    const articles = (await listFiles(site.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\//.test(f),
    );
    const periods = new Set(
      articles.flatMap((f) =>
        [1, 2].map((n) =>
          f
            .split('/')
            .slice(0, n + 1)
            .join('/'),
        ),
      ),
    );
    expect(periods.size).toBeGreaterThan(5);
    for (const period of periods) {
      const doc = await page(`${period}/index.html`);
      expect(doc.querySelector('h1')?.textContent, period).toMatch(/^Articles from /);
      expect(doc.querySelectorAll('.card__headline, .period-list a').length, period).toBeGreaterThan(0);
    }
  });

  it('shows one previous and next pair in the same story, with dates, from the topic whose neighbours are closest', async () => {
    // Launch condemned is in "Tests and launches" (next: a year later) and "Peace talks" (18 days either side).
    const doc = await page('articles/2016/02/07/launch-condemned/index.html');
    expect(doc.querySelectorAll('.topic-nav')).toHaveLength(1);
    expect(doc.querySelector('.topic-nav__topic a')?.textContent).toBe('Peace talks');
    expect(doc.querySelector('.topic-nav a[rel="prev"]')?.getAttribute('href')).toBe(
      '/articles/2016/01/20/first-talks-open/',
    );
    expect(doc.querySelector('.topic-nav a[rel="next"]')?.getAttribute('href')).toBe(
      '/articles/2018/06/12/summit-held/',
    );
    expect(doc.querySelector('.topic-nav__previous time')?.getAttribute('datetime')).toBe('2016-01-20T15:10:00+09:00');
  });

  it('shows no empty frame where a captioned photo has no file, and links a favicon', async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.body.textContent).not.toContain('Envoys shake hands.');
    expect(doc.querySelector('.figure__missing')).toBeNull();
    const icon = doc.querySelector('link[rel="icon"]')?.getAttribute('href');
    expect(icon).toBe('/favicon.svg');
    await expect(site.read('favicon.svg')).resolves.toContain('<svg');
  });

  it('offers on the 404 page a search for the words of the missing address', async () => {
    const html = await site.read('404.html');
    const src = parseHtml(html).querySelector('script[type="module"][src]')?.getAttribute('src');
    expect(src).toMatch(/^\/_astro\//);
    const script = await site.read(src!.slice(1));
    // The page's own module, run as a browser would on a missing address.
    const { window } = new JSDOM(html, {
      url: 'http://localhost:4321/articles/2016/blinken-china',
      runScripts: 'outside-only',
    });
    window.eval(script);
    const link = window.document.getElementById('not-found-search-link');
    expect(link?.closest('[hidden]')).toBeNull();
    expect(link?.getAttribute('href')).toBe('/search/?q=blinken+china');
    expect(link?.textContent).toBe('“blinken china”');
    expect((window.document.getElementById('not-found-search') as HTMLInputElement).value).toBe('blinken china');
  });

  it('renders hostile copy inert: no script, handler, iframe or javascript: URL anywhere', async () => {
    const doc = await page('articles/2018/07/01/hostile-copy/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Hostile <script>alert(‘title’)</script> copy');
    expect(doc.querySelector('.article__body figcaption')?.textContent).toBe('Kept caption');
    for (const file of await listFiles(site.outDir, '.html')) {
      const html = await readFile(join(site.outDir, file), 'utf8');
      const built = parseHtml(html);
      // Our own bundled modules (search page, search highlighting) are the only scripts allowed.
      const unexpected =
        'script:not([type="application/ld+json"]):not([type="module"][src^="/_astro/"]), iframe, object, embed, style';
      expect(built.querySelectorAll(unexpected).length, file).toBe(0);
      for (const data of built.querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(data.textContent ?? ''), file).not.toThrow();
      }
      const attributes = [...built.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
      expect(
        attributes.filter((a) => a.name.startsWith('on')).map((a) => a.name),
        file,
      ).toEqual([]);
      expect(
        attributes.filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.value),
        file,
      ).toEqual([]);
    }
  });

  it('escapes a hostile summary in the feed as text, which feed readers show literally instead of rendering', async () => {
    const feed = await new Parser().parseString(await site.read('rss.xml'));
    const item = feed.items.find((i) => i.link?.endsWith('/hostile-copy/'));
    // What a feed reader gets after XML decoding is HTML source: the markup arrives escaped.
    expect(item?.content).toBe('Summary with &lt;img src=x onerror=alert(&apos;summary&apos;)&gt; markup');
  });
});
