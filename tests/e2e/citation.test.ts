/**
 * "Cite this article" in a browser, on the sample archive under the site's CSP: collapsed after
 * "Filed under" and related coverage, its heading not smaller than its labels, and its RIS and
 * BibTeX links saving named files, Korean intact, with JavaScript off: the files travel in the page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CitedArticle } from '../../src/citations/cited-article.ts';
import { bibtexFile, risFile } from '../../src/citations/format.ts';
import { chromiumForSuite } from '../helpers/browser.ts';
import { useSampleInBrowser } from '../helpers/sample-in-browser.ts';

const chromiumPath = chromiumForSuite('the citation tests (tests/e2e/citation.test.ts)');

const ENGLISH = 'articles/2021/03/18/blinken-presses-china-on-north-korea/';
const KOREAN = 'articles/2016/01/06/북한-4차-핵실험/';

/** What the page's Highwire meta tags say of the article: the citation its files should hold. */
async function citedFromMeta(page: Page): Promise<CitedArticle> {
  const meta = await page.evaluate(() =>
    [...document.querySelectorAll('meta[name^="citation_"]')].map((m) => ({
      name: m.getAttribute('name'),
      content: m.getAttribute('content') ?? '',
    })),
  );
  const all = (name: string) => meta.filter((tag) => tag.name === name).map((tag) => tag.content);
  const one = (name: string) => all(name)[0] ?? '';
  const [year, month, day] = one('citation_publication_date').split('/').map(Number);
  const url = one('citation_public_url');
  return {
    id: url,
    title: one('citation_title'),
    authors: all('citation_author'),
    year: year!,
    month: month!,
    day: day!,
    url,
    siteTitle: one('citation_journal_title'),
    language: one('citation_language') || undefined,
  };
}

/** The file a click on the link named `format` saves: its name and its text. */
async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.article-citation__files a', { hasText: format }).click(),
  ]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe.skipIf(!chromiumPath)('citing a story in a browser', () => {
  const sample = useSampleInBrowser(chromiumPath!);

  it('saves the RIS and BibTeX files under the story’s name, Korean intact, with JavaScript off', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    try {
      const page = await context.newPage();
      for (const [path, slug, addressLabel] of [
        [ENGLISH, 'blinken-presses-china-on-north-korea', 'Address:'],
        [KOREAN, '북한-4차-핵실험', '주소:'],
      ] as const) {
        const response = await page.goto(sample.served.url(path));
        expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
        await page.locator('.article-citation summary').click();
        const cited = await citedFromMeta(page);
        const ris = await download(page, 'RIS');
        const bibtex = await download(page, 'BibTeX');
        // The same files the site served as cite.ris and cite.bib before, made from the page's own citation data.
        expect(ris).toEqual({ name: `${slug}.ris`, text: risFile(cited) });
        expect(bibtex).toEqual({ name: `${slug}.bib`, text: bibtexFile(cited) });
        expect(ris.text).toContain(`\nTI  - ${cited.title}\n`);
        // BibTeX braces capitals to keep their case.
        expect(bibtex.text.replace(/[{}]/g, '')).toContain(`title = ${cited.title},`);
        expect(page.url()).toBe(response?.url());
        // Printed, the page ends with its address, labelled in its language.
        expect(await page.locator('.article-citation__address').textContent()).toBe(`${addressLabel} ${cited.url}`);
      }
      expect((await citedFromMeta(page)).title).toMatch(/^북한 /);
    } finally {
      await context.close();
    }
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`ends the story with the citation collapsed after filed under and related coverage, at ${viewport.width} px`, async () => {
      const context = await sample.browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(sample.served.url(ENGLISH));
        const summary = page.locator('.article-citation summary');
        expect(await summary.innerText()).toBe('Cite this article');
        expect(await page.locator('.article-citation dl').isVisible()).toBe(false);
        const below = await page.evaluate(() => {
          const citation = document.querySelector('.article-citation')!.getBoundingClientRect().top;
          const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom;
          return { filedUnder: bottom('#filed-under'), related: bottom('.related-list'), citation };
        });
        expect(below.filedUnder).toBeLessThan(below.citation);
        expect(below.related).toBeLessThan(below.citation);

        await summary.click();
        const sizes = await page.evaluate(() => {
          const size = (el: Element | null) => parseFloat(getComputedStyle(el!).fontSize);
          return {
            heading: size(document.querySelector('#cite-heading')),
            labels: [...document.querySelectorAll('.article-citation dt')].map(size),
          };
        });
        expect(sizes.labels).toHaveLength(3);
        for (const label of sizes.labels) expect(sizes.heading).toBeGreaterThanOrEqual(label);
        expect(await page.locator('.article-citation__files').innerText()).toBe(
          'Download: RIS · BibTeX (Zotero, EndNote, Mendeley)',
        );
      } finally {
        await context.close();
      }
    });
  }
});
