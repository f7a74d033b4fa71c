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
    const articles = (await listFiles(site.outDir, '.html')).filter((f) => f.startsWith('articles/'));
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
    expect(doc.querySelector('.article__meta time')?.getAttribute('datetime')).toBe('2016-01-20T19:27:00+09:00');
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

  it('names the zone of a time when it matches the source\'s, and gives the offset when it does not', async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.querySelector('.article__meta time')?.textContent).toBe('20 January 2016, 19:27 KST');
    // The wire's zone is Asia/Seoul; a story filed at +08:00 in Singapore keeps its offset.
    const summit = await page('articles/2018/06/12/summit-held/index.html');
    expect(texts(summit, '.article__meta time')).toEqual(['12 June 2018, 10:00 (UTC+08:00)', '12 June 2018, 18:00 (UTC+08:00)']);
  });

  it('sets headlines, summaries, captions and the page title with the body\'s typographic quotes', async () => {
    const doc = await page('articles/2016/01/20/first-talks-open/index.html');
    expect(doc.querySelector('.article__body')?.textContent).toContain('The envoy called it “a start”.');
    expect(doc.querySelector('.article__body')?.textContent).toContain('(Wire) — Envoys');
    const hostile = await page('articles/2018/07/01/hostile-copy/index.html');
    expect(hostile.querySelector('title')?.textContent).toBe('Hostile <script>alert(‘title’)</script> copy · Dateline');
    expect(hostile.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Hostile <script>alert(‘title’)</script> copy');
    expect(hostile.querySelector('.article__summary')?.textContent).toBe('Summary with <img src=x onerror=alert(‘summary’)> markup');
  });

  it('lets a reader cite an article: Highwire meta tags, APA, Chicago and MLA, and RIS and BibTeX files', async () => {
    const doc = await page('articles/2018/06/12/summit-held/index.html');
    const url = 'http://localhost:4321/articles/2018/06/12/summit-held/';
    const meta = (name: string) => [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual(['Summit held on the island']);
    expect(meta('citation_author')).toEqual(['Reporter One', 'Reporter Two']);
    expect(meta('citation_publication_date')).toEqual(['2018/06/12']);
    expect(meta('citation_journal_title')).toEqual(['Dateline']);
    expect(meta('citation_public_url')).toEqual([url]);
    expect(texts(doc, '.article-citation dt')).toEqual(['APA', 'Chicago', 'MLA']);
    expect(texts(doc, '.article-citation dd')[0]).toBe(`Reporter One & Reporter Two. (2018, June 12). Summit held on the island. Dateline. ${url}`);
    expect(doc.querySelector('.article-citation dd i')?.textContent).toBe('Dateline');
    expect(doc.querySelector('.article-citation__address')?.textContent).toBe(url);
    const links = [...doc.querySelectorAll('.article-citation__files a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/articles/2018/06/12/summit-held/cite.ris', '/articles/2018/06/12/summit-held/cite.bib']);
    const ris = await site.read('articles/2018/06/12/summit-held/cite.ris');
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toMatch(/^AU {2}- Reporter Two$/m);
    expect(ris).toMatch(new RegExp(`^UR {2}- ${url}$`, 'm'));
    const bib = await site.read('articles/2018/06/12/summit-held/cite.bib');
    expect(bib).toMatch(/author = \{\{Reporter One\} and \{Reporter Two\}\}/);
    expect(bib).toContain(`url = {${url}}`);
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
    expect(firstTitles[0]).toBe('Hostile <script>alert(‘title’)</script> copy');
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
    expect(doc.querySelector('h1')?.textContent).toBe('Hostile <script>alert(‘title’)</script> copy');
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
