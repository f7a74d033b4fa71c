import { readFile } from 'node:fs/promises';
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
    const articles = (await listFiles(site.outDir, '.html')).filter((f) => f.startsWith('articles/') && !f.includes('/versions/'));
    expect(articles).toHaveLength(25);
    expect(articles).toContain('articles/2016/01/20/first-talks-open/index.html');
    expect(articles).toContain('articles/2018/06/12/summit-held/index.html');
    expect(articles.some((f) => f.includes('draft-story'))).toBe(false);
  });

  it('shows an article with its label, dateline, time, source, note, figure, corrections and links', async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe('First talks open in the capital');
    expect(doc.querySelector('.label')?.textContent).toBe('LEAD');
    expect(doc.querySelector('.dateline')?.textContent).toBe('SEOUL');
    expect(doc.querySelector('.article__meta time')?.getAttribute('datetime')).toBe('2016-01-20T15:10:00+09:00');
    expect(doc.querySelector('.article__meta a[href="/sources/wire/"]')?.textContent).toBe('Test Wire Service');
    expect(doc.querySelector('.editor-note')?.textContent).toContain("Editor’s note: Updated with the ministry's briefing.");
    expect(texts(doc, 'figure figcaption')).toEqual(['Envoys shake hands. Photo/Test Wire']);
    expect(doc.querySelector('a[href="https://wire.example/story/1"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/people/kim-jong-un/"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/organizations/un-security-council/"]')).not.toBeNull();
    expect(doc.querySelector('.related a[href="/articles/2016/02/07/launch-condemned/"]')).not.toBeNull();
    expect(doc.querySelector('.topic-nav a[rel="next"]')?.getAttribute('href')).toBe('/articles/2016/02/07/launch-condemned/');

    const corrected = await page('articles/2016/02/07/launch-condemned/index.html');
    expect(texts(corrected, '.corrections li')).toEqual(['8 February 2016: An earlier version gave the wrong day for the launch.']);
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
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
      expect(ld.find((d) => d['@type'] === 'NewsArticle')).toMatchObject({ datePublished: '2016-01-20T15:10:00+09:00', dateModified: '2016-01-20T19:27:00+09:00' });
    });

    it('lists every version newest first with its time and label, and marks what was added', async () => {
      const doc = await page(`${story}versions/index.html`);
      expect(texts(doc, '.version__title')).toEqual(['Version 2 (current)', 'Version 1']);
      expect([...doc.querySelectorAll('.version__meta time')].map((t) => t.getAttribute('datetime'))).toEqual([
        '2016-01-20T19:27:00+09:00',
        '2016-01-20T15:10:00+09:00',
      ]);
      expect(texts(doc, '.version .label')).toEqual(['LEAD']);
      expect(texts(doc, '.version__note')).toEqual(["Editor’s note: Updated with the ministry's briefing."]);
      expect(doc.querySelector('a[href="/articles/2016/01/20/first-talks-open/versions/1/"]')).not.toBeNull();
      expect(texts(doc, '#version-2 .version-diff .diff-block--added ins')).toEqual(['What was said', 'The envoy called it “a start”. Background is on the talks page.']);
      expect(texts(doc, '#version-2 .version-diff .diff-block--changed:not(.diff-headline) ins')).toEqual(['[added], officials said[end added]']);
      expect(texts(doc, '#version-2 .diff-headline')).toEqual(['Headline changed: [removed]Talks[end removed][added]First talks[end added] open in the capital']);
      expect(doc.querySelector('#version-1 .version-diff')).toBeNull();
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('gives each earlier version its full text, marked as earlier, canonical to the story', async () => {
      const doc = await page(`${story}versions/1/index.html`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`http://localhost:4321/${story}`);
      expect(doc.querySelector('.earlier-version')?.textContent).toContain('This is an earlier version of this story');
      expect(doc.querySelector('.earlier-version a')?.getAttribute('href')).toBe(`/${story}`);
      expect(texts(doc, '.article__body p')).toEqual(['SEOUL, Jan. 20 (Wire) — Envoys met for the first time on Wednesday.']);
      expect(doc.querySelector('.label')).toBeNull();
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('keeps versions out of the sitemap, the search index and the feed, which lists the story once', async () => {
      const sitemap = await site.read('sitemap-0.xml');
      expect(sitemap).toContain(`<loc>http://localhost:4321/${story}</loc><lastmod>2016-01-20T10:27:00.000Z</lastmod>`);
      expect(sitemap).not.toContain('/versions/');
      // Pagefind reads every page under articles/ but indexes only those marked data-pagefind-body: the stories.
      const stories = (await listFiles(site.outDir, '.html')).filter((f) => f.startsWith('articles/') && !f.includes('/versions/'));
      expect(site.output).toContain(`Indexed ${stories.length} articles for search`);
      const feed = await new Parser().parseString(await site.read('rss.xml'));
      expect(feed.items.filter((i) => i.link?.includes('first-talks-open'))).toHaveLength(1);
    });
  });

  it('numbers a gallery and says how many photos were not carried over', async () => {
    const doc = await page('articles/2018/06/12/summit-held/index.html');
    expect(doc.querySelector('figcaption')?.textContent).toContain('Photo 1 of 3');
    expect(doc.querySelector('.gallery__note')?.textContent).toMatch(/2 more photos/);
    expect(doc.querySelector('.byline')?.textContent).toBe('By Reporter One, Reporter Two');
  });

  it('paginates the archive 20 a page, newest first', async () => {
    const first = await page('archive/index.html');
    const second = await page('archive/2/index.html');
    const firstTitles = texts(first, '.card__headline');
    expect(firstTitles).toHaveLength(20);
    expect(firstTitles[0]).toBe('Hostile <script>alert(\'title\')</script> copy');
    expect(texts(second, '.card__headline')).toEqual([
      'Filler item 03',
      'Filler item 02',
      'Filler item 01',
      'Launch condemned by council',
      'LEAD First talks open in the capital',
    ]);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/archive/2/');
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/archive/');
  });

  it('has year and month archives', async () => {
    const year = await page('archive/2017/index.html');
    expect(texts(year, '.card__headline')).toHaveLength(21);
    const month = await page('archive/2016/01/index.html');
    expect(texts(month, '.card__headline')).toEqual(['LEAD First talks open in the capital']);
    expect(year.querySelector('.lede')?.textContent).toBe('21 articles, newest first.');
    expect(month.querySelector('.lede')?.textContent).toBe('1 article, newest first.');
    expect(month.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('1 article from January 2016.');
  });

  it('shows a topic background then its coverage by year, oldest first', async () => {
    const doc = await page('topics/talks/index.html');
    expect(doc.querySelector('.topic-background strong')?.textContent).toBe('talks');
    expect(texts(doc, '.timeline__year > h3')).toEqual(['2016', '2018']);
    expect(texts(doc, '.timeline .card__headline')).toEqual([
      'LEAD First talks open in the capital',
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

  it('has a 404 page', async () => {
    const doc = await page('404.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('renders hostile copy inert: no script, handler, iframe or javascript: URL anywhere', async () => {
    const doc = await page('articles/2018/07/01/hostile-copy/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe("Hostile <script>alert('title')</script> copy");
    expect(doc.querySelector('.article__body figcaption')?.textContent).toBe('Kept caption');
    for (const file of await listFiles(site.outDir, '.html')) {
      const html = await readFile(join(site.outDir, file), 'utf8');
      const built = parseHtml(html);
      // Our own bundled modules (search page, search highlighting) are the only scripts allowed.
      const unexpected = 'script:not([type="application/ld+json"]):not([type="module"][src^="/_astro/"]), iframe, object, embed, style';
      expect(built.querySelectorAll(unexpected).length, file).toBe(0);
      for (const data of built.querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(data.textContent ?? ''), file).not.toThrow();
      }
      const attributes = [...built.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
      expect(attributes.filter((a) => a.name.startsWith('on')).map((a) => a.name), file).toEqual([]);
      expect(attributes.filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.value), file).toEqual([]);
    }
  });

  it('escapes a hostile summary in the feed as text, which feed readers show literally instead of rendering', async () => {
    const feed = await new Parser().parseString(await site.read('rss.xml'));
    const item = feed.items.find((i) => i.link?.endsWith('/hostile-copy/'));
    // What a feed reader gets after XML decoding is HTML source: the markup arrives escaped.
    expect(item?.content).toBe("Summary with &lt;img src=x onerror=alert(&apos;summary&apos;)&gt; markup");
  });
});

describe('the base path', () => {
  it('puts every internal link and asset under BASE_PATH', async () => {
    const site = await buildSite({ contentDir: await copyFixture('archive'), basePath: '/some/base/' });
    expect(site.ok, site.output).toBe(true);
    const doc = parseHtml(await site.read('articles/2016/01/20/first-talks-open/index.html'));
    const internal = [...doc.querySelectorAll('a[href], link[href], form[action], img[src], script[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? '')
      .filter((href) => !/^(https?:|#)/.test(href));
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((href) => !href.startsWith('/some/base/'))).toEqual([]);
    expect(doc.querySelector('.article__body a[href="/some/base/topics/talks/"]')).not.toBeNull();
  });
});

describe('a broken archive', () => {
  it('fails on bad front matter, naming the file and the field', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2016/bad-date.md', { title: 'Bad date', date: '2016-02-30', source: 'wire', section: 'S' });
    const site = await buildSite({ contentDir: dir });
    expect(site.ok).toBe(false);
    expect(site.output).toContain('articles/2016/bad-date.md');
    expect(site.output).toContain('date: "2016-02-30" is not a valid ISO 8601 date');
  });

  it('fails on an earlier version dated after its story, naming the version file and the field', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2016/launch-condemned/versions/1.md', { title: 'Launch condemned', date: '2016-02-09', source: 'paper', section: 'Security' });
    const site = await buildSite({ contentDir: dir });
    expect(site.ok).toBe(false);
    expect(site.output).toMatch(/articles\/2016\/launch-condemned\/versions\/1\.md: date: this earlier version is dated after the current article/);
  });

  it('fails on an unknown source, and on two articles with one URL, naming both files', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2016/unknown-source.md', { title: 'Who', date: '2016-03-01', source: 'nobody', section: 'S' });
    await writeArticle(dir, '2018/Summit-Held.md', { title: 'Copy', date: '2018-06-12', source: 'wire', section: 'S' });
    const site = await buildSite({ contentDir: dir });
    expect(site.ok).toBe(false);
    expect(site.output).toMatch(/articles\/2016\/unknown-source\.md: source: unknown source "nobody"; use one of "paper", "wire"/);
    expect(site.output).toMatch(/articles\/2018\/Summit-Held\.md: date: would be published at the same URL as .*articles\/2018\/summit-held\.md/);
  });
});
