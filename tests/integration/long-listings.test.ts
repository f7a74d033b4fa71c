/**
 * Listings of a name, tag, source or section that has many stories come in pages of 50, the
 * first at the address the listing always had, so a reader never opens one page of thousands.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, writeArticle } from '../helpers/content.ts';
import { parseHtml, texts } from '../helpers/html.ts';

/** 120 briefs naming one envoy: 40 a year in 2019, 2020 and 2021. */
const BRIEFS = 120;

describe('a name with 120 stories', () => {
  let site: BuildResult;
  const page = async (file: string) => parseHtml(await site.read(file));

  beforeAll(async () => {
    const contentDir = await copyFixture('archive');
    for (let i = 0; i < BRIEFS; i++) {
      const year = 2019 + Math.floor(i / 40);
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor((i % 40) / 28) * 6).padStart(2, '0');
      await writeArticle(contentDir, `${year}/brief-${i}.md`, {
        title: `Envoy brief number ${i}`,
        date: `${year}-${month}-${day}T09:00:00+09:00`,
        source: 'wire',
        section: 'Briefs',
        people: ['Ada Envoy'],
        tags: ['Diplomacy'],
      }, `The envoy gave brief number ${i}.`);
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
    const jumps = Object.fromEntries([...second.querySelectorAll('.jump-list a')].map((a) => [a.textContent, a.getAttribute('href')]));
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
      expect((await page(`${listing}/3/index.html`)).querySelectorAll('.article-list > li').length, listing).toBeGreaterThan(0);
    }
  });
});
