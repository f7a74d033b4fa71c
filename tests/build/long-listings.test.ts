/**
 * Listings of a name, tag, source, section or topic that has many stories come in pages of 50,
 * the first at the address the listing always had, so a reader never opens one page of
 * thousands; so do the corrections, and an index of names too many for one page goes A–Z.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { parseHtml, texts } from '../helpers/html.ts';
import { SITE } from '../../src/config/site.ts';

/** 120 briefs naming one envoy: 40 a year in 2019, 2020 and 2021. */
const BRIEFS = 120;
/** The briefs dated last: 28 and 27 July 2021. */
const NEWEST = 'Envoy brief number 111';
const NEXT_NEWEST = 'Envoy brief number 110';

describe('a name with 120 stories', () => {
  let site: BuildResult;
  const page = async (file: string) => parseHtml(await site.read(file));

  beforeAll(async () => {
    const contentDir = await copyFixture('archive');
    for (let i = 0; i < BRIEFS; i++) {
      const year = 2019 + Math.floor(i / 40);
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor((i % 40) / 28) * 6).padStart(2, '0');
      await writeArticle(
        contentDir,
        `${year}/brief-${i}.md`,
        {
          title: `Envoy brief number ${i}`,
          date: `${year}-${month}-${day}T09:00:00+09:00`,
          source: 'wire',
          section: 'Briefs',
          people: ['Ada Envoy'],
          // Three tags of its own each: 360 tags, more than the tag index shows (SITE.entityIndexSize).
          tags: ['Diplomacy', `Room ${i}`, `Émissary ${i}`, `${i} Floor`],
          topics: ['talks'],
          corrections: [{ date: `${year}-${month}-${day}`, text: `Brief ${i} first gave the wrong room.` }],
        },
        `The envoy gave brief number ${i}.`,
      );
    }
    site = await buildSite({ contentDir });
    if (!site.ok) throw new Error(`Build failed:\n${site.output}`);
  });

  it('lists 50 a page, the first at the name’s own address, with pages linked both ways', async () => {
    const first = await page('people/ada-envoy/index.html');
    const total = BRIEFS + 2; // and the fixture's two stories naming her, in 2016 and 2018
    expect(first.querySelectorAll('.article-list > li')).toHaveLength(50);
    expect(first.querySelector('.lede')?.textContent).toContain(`articles 1–50 of ${total}, newest first`);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/people/ada-envoy/2/');
    const last = await page('people/ada-envoy/3/index.html');
    expect(last.querySelectorAll('.article-list > li')).toHaveLength(total - 100);
    expect(last.querySelector('h1')?.textContent).toBe('Ada Envoy, page 3');
    expect(last.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/people/ada-envoy/2/');
    expect(texts(last, '.crumbs li').at(-1)).toBe('Page 3');
  });

  it('jumps to each year on the page where it starts', async () => {
    const second = await page('people/ada-envoy/2/index.html');
    const jumps = Object.fromEntries(
      [...second.querySelectorAll('.jump-list a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(jumps).toEqual({
      '2021': '/people/ada-envoy/#y2021',
      '2020': '/people/ada-envoy/#y2020',
      '2019': '/people/ada-envoy/2/#y2019',
      '2018': '/people/ada-envoy/3/#y2018',
      '2016': '/people/ada-envoy/3/#y2016',
    });
    expect(second.querySelector('#y2019')).not.toBeNull();
  });

  it('pages the source, tag and section listings the same way', async () => {
    for (const listing of ['sources/wire', 'tags/diplomacy', 'sections/briefs']) {
      const first = await page(`${listing}/index.html`);
      expect(first.querySelectorAll('.article-list > li').length, listing).toBe(50);
      expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href'), listing).toBe(`/${listing}/2/`);
      expect(
        (await page(`${listing}/3/index.html`)).querySelectorAll('.article-list > li').length,
        listing,
      ).toBeGreaterThan(0);
    }
  });

  it('pages a topic’s timeline oldest first, the background on the first page and the latest a link away', async () => {
    // The fixture's "talks" has three stories, 2016 to 2018, before the 120 briefs of 2019–2021.
    const total = BRIEFS + 3;
    const first = await page('topics/talks/index.html');
    expect(first.querySelector('.topic-background')).not.toBeNull();
    const firstTitles = texts(first, '.timeline .card__headline');
    expect(firstTitles).toHaveLength(50);
    expect(firstTitles[0]).toBe('First talks open in the capital');
    expect(first.querySelector('.timeline__range')?.textContent).toBe(
      `Articles 1–50 of ${total}. The latest are on page 3.`,
    );
    expect(first.querySelector('.timeline__range a')?.getAttribute('href')).toBe('/topics/talks/3/');
    expect(first.querySelector('.pagination a[rel="next"]')?.textContent).toBe('Later →');
    const last = await page('topics/talks/3/index.html');
    expect(last.querySelector('h1')?.textContent).toBe('Peace talks, page 3');
    expect(last.querySelector('.topic-background')).toBeNull();
    const lastTitles = texts(last, '.timeline .card__headline');
    expect(lastTitles).toHaveLength(total - 100);
    expect(lastTitles.at(-1)).toBe(NEWEST);
    expect(last.querySelector('.pagination a[rel="prev"]')?.textContent).toBe('← Earlier');
    expect(texts(last, '.crumbs li').at(-1)).toBe('Page 3');
    const jumps = Object.fromEntries(
      [...last.querySelectorAll('.jump-list a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(jumps).toEqual({
      '2016': '/topics/talks/#y2016',
      '2018': '/topics/talks/#y2018',
      '2019': '/topics/talks/#y2019',
      '2020': '/topics/talks/#y2020',
      '2021': '/topics/talks/2/#y2021',
    });
    // The feed is the newest 50, newest first.
    const feed = await site.read('topics/talks/rss.xml');
    expect(feed.match(/<item>/g)).toHaveLength(50);
    expect(feed.indexOf(NEWEST)).toBeLessThan(feed.indexOf(NEXT_NEWEST));
  });

  it('pages the corrections newest first', async () => {
    const first = await page('corrections/index.html');
    expect(first.querySelectorAll('.entry-list > li')).toHaveLength(50);
    expect(first.querySelector('.entry-list a')?.textContent).toBe(NEWEST);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/corrections/2/');
    const last = await page('corrections/3/index.html');
    expect(last.querySelector('h1')?.textContent).toBe('Corrections and editor’s notes, page 3');
    expect(last.querySelectorAll('.entry-list > li').length).toBeGreaterThan(20);
    expect(last.querySelector('.lede')?.textContent).toMatch(/^Entries 101–\d+ of \d+, newest first/);
  });

  it('shows the most covered names on an index too long for one page, and every name A–Z', async () => {
    const index = await page('tags/index.html');
    const shown = texts(index, '.columns a');
    expect(shown).toHaveLength(SITE.entityIndexSize);
    expect(shown[0]).toBe('Diplomacy');
    const initials = Object.fromEntries(
      [...index.querySelectorAll('.initial-nav a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(initials).toMatchObject({ '#': '/tags/a-z/0-9/', D: '/tags/a-z/d/', E: '/tags/a-z/e/', R: '/tags/a-z/r/' });

    const e = await page('tags/a-z/e/index.html');
    expect(e.querySelector('h1')?.textContent).toBe('Tags: E');
    const names = texts(e, '.columns a');
    expect(names).toHaveLength(BRIEFS);
    expect(names.slice(0, 3)).toEqual(['Émissary 0', 'Émissary 1', 'Émissary 2']);
    expect(names.indexOf('Émissary 10')).toBeGreaterThan(names.indexOf('Émissary 9'));
    expect(e.querySelector('.columns a')?.getAttribute('href')).toBe(`/tags/${encodeURIComponent('émissary-0')}/`);
    expect(e.querySelector('.initial-nav [aria-current="page"]')?.textContent).toBe('E');
    expect(texts(e, '.crumbs li')).toEqual(['Tags', 'E']);
    expect(texts(await page('tags/a-z/0-9/index.html'), '.columns a')).toHaveLength(BRIEFS);

    // Every tag is on its initial's page: none is left out of the A–Z.
    let listed = 0;
    for (const href of Object.values(initials))
      listed += (await page(`${href!.slice(1)}index.html`)).querySelectorAll('.columns a').length;
    expect(listed).toBe(Number(index.querySelector('.lede')?.textContent?.match(/^(\d+) in the archive/)?.[1]));
    // An index with room for every name has no A–Z pages.
    expect((await page('people/index.html')).querySelector('.initial-nav')).toBeNull();
  });
});
