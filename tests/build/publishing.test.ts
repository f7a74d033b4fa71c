/**
 * Publishing quality gates over the built sample archive: valid HTML, no broken internal links
 * (also under a base path), feeds a real parser reads, a sitemap listing every article,
 * structured data, security headers and page weight.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import Parser from 'rss-parser';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_BUDGET, describeArticlePageBudget } from '../../scripts/lib/page-budgets.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/config/security-headers.ts';
import { projectRoot, SAMPLE_SITE_URL as SITE_URL, sampleBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFiles, parseHtml } from '../helpers/html.ts';
import { existsInBuild } from '../helpers/site-files.ts';

/** Checks that walk every page of the sample archive: a few seconds alone, far more on a loaded 2-core machine. */
const WHOLE_SITE_MS = 180_000;

/** The link, asset and form targets of an element, by the attribute that holds each. */
const TARGET_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  form: 'action',
};

/**
 * Every internal link, asset and form target in every page of a build that does not resolve to a
 * file. Pages are parsed with hast, not JSDOM: it walks the sample's 500-odd pages ten times faster.
 */
async function brokenLinks(site: BuildResult, basePath: string): Promise<string[]> {
  const broken = new Set<string>();
  const exists = new Map<string, Promise<boolean>>();
  for (const file of await listFiles(site.outDir, '.html')) {
    const ids = new Set<string>();
    const targets: string[] = [];
    visit(fromHtml(await site.read(file)), 'element', (el) => {
      if (typeof el.properties.id === 'string') ids.add(el.properties.id);
      const attribute = TARGET_ATTRIBUTES[el.tagName];
      const value = attribute && el.properties[attribute];
      if (typeof value === 'string') targets.push(value);
    });
    const pageUrl = new URL(`${basePath}${file.replace(/index\.html$/, '')}`, SITE_URL);
    for (const target of targets) {
      const url = new URL(target, pageUrl);
      if (url.origin !== new URL(SITE_URL).origin) continue;
      if (url.hash && url.pathname === pageUrl.pathname) {
        if (!ids.has(decodeURIComponent(url.hash.slice(1)))) broken.add(`${file}: ${target} (no such id)`);
        continue;
      }
      if (!exists.has(url.pathname)) exists.set(url.pathname, existsInBuild(site.outDir, url.pathname, basePath));
      if (!(await exists.get(url.pathname))) broken.add(`${file}: ${target}`);
    }
  }
  return [...broken];
}

describe('the published sample archive', () => {
  let site: BuildResult;
  let articles: string[];

  beforeAll(async () => {
    // The same build as the accessibility suite's (tests/e2e/), made once for both.
    site = await sampleBuild();
    if (!site.ok) throw new Error(`Sample archive build failed:\n${site.output}`);
    // Article pages: not the period listings at /articles/YYYY/, /articles/YYYY/MM/ and /articles/YYYY/MM/DD/,
    // nor a story's versions pages, which are not articles of their own (not in the feed or the sitemap).
    articles = (await listFiles(site.outDir, '.html')).filter((f) =>
      /^articles\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
  });

  it(
    'has valid HTML on every page',
    async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          // Astro writes `<!DOCTYPE html>` and void elements its own way; neither matters to browsers.
          'doctype-style': 'off',
          'void-style': 'off',
          // Headlines quote wire copy as written, including straight quotes and long lines.
          'no-raw-characters': 'off',
          // A page title is the headline: news headlines often run past 70 characters.
          'long-title': 'off',
          // HTML allows any id without spaces; a Korean heading's id may start with a digit ("23주-안에-…").
          'valid-id': ['error', { relaxed: true }],
        },
      });
      const errors: string[] = [];
      for (const file of await listFiles(site.outDir, '.html')) {
        const report = await validator.validateString(await site.read(file), file);
        for (const result of report.results) {
          for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(errors).toEqual([]);
    },
    WHOLE_SITE_MS,
  );

  it(
    'has no broken internal link or asset',
    async () => {
      expect(await brokenLinks(site, '/')).toEqual([]);
    },
    WHOLE_SITE_MS,
  );

  it('has feeds that a feed reader parses, with dated, linked items', async () => {
    const parser = new Parser();
    const feeds = ['rss.xml', ...(await listFiles(site.outDir, 'rss.xml')).filter((f) => f !== 'rss.xml')];
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'topics/sanctions/rss.xml', 'sources/yonhap/rss.xml']));
    for (const file of feeds) {
      const feed = await parser.parseString(await site.read(file));
      expect(feed.title, file).toBeTruthy();
      expect(feed.items.length, file).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.isoDate, `${file}: ${item.title}`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(await existsInBuild(site.outDir, new URL(item.link ?? '').pathname, '/'), `${file}: ${item.link}`).toBe(
          true,
        );
      }
    }
    // The site's feed is its English stories', each other interface language's under its own folder.
    const langs = await Promise.all(
      articles.map(async (file) => parseHtml(await site.read(file)).documentElement.lang),
    );
    const main = await parser.parseString(await site.read('rss.xml'));
    expect(main.items).toHaveLength(Math.min(50, langs.filter((lang) => lang === 'en').length));
    const korean = await parser.parseString(await site.read('ko/rss.xml'));
    expect(korean.items).toHaveLength(Math.min(50, langs.filter((lang) => lang === 'ko').length));
    const dates = main.items.map((i) => i.isoDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const topicPage = parseHtml(await site.read('topics/sanctions/index.html'));
    expect(topicPage.querySelector('link[rel="alternate"][href="/topics/sanctions/rss.xml"]')).not.toBeNull();
  });

  it('lists every article in the sitemap with its last modification, and robots.txt points to it', async () => {
    expect(await site.read('sitemap-index.xml')).toContain(`${SITE_URL}/sitemap-0.xml`);
    const sitemap = await site.read('sitemap-0.xml');
    for (const file of articles) {
      // A Hangul address is written percent-encoded, as URLs are.
      const loc = new URL(`${SITE_URL}/${file.replace(/index\.html$/, '')}`).href;
      expect(sitemap, loc).toMatch(new RegExp(`<loc>${loc}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`));
    }
    expect(await site.read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  it('describes each article with NewsArticle and BreadcrumbList JSON-LD and social tags', async () => {
    const doc = parseHtml(await site.read('articles/2021/03/18/blinken-presses-china-on-north-korea/index.html'));
    const data = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? ''),
    );
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Blinken presses China to use its influence on North Korea',
      datePublished: expect.stringMatching(/^2021-03-18/),
      dateModified: expect.stringMatching(/^2021-03-18/),
      author: { name: 'The Associated Press' },
      publisher: { '@type': 'Organization', name: 'The Associated Press' },
      dateline: 'SEOUL',
      image: { creditText: 'AP Photo/Lee Jin-man, Pool' },
      inLanguage: 'en',
    });
    expect(article.copyrightNotice).toBeTruthy();
    expect(data.find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement).toHaveLength(4);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE_URL}/articles/2021/03/18/blinken-presses-china-on-north-korea/`,
    );
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(doc.querySelector('meta[name="twitter:card"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
  });

  it('lists every correction and editor’s note, newest first, each linked', async () => {
    const doc = parseHtml(await site.read('corrections/index.html'));
    const entries = [...doc.querySelectorAll('.entry-list > li')];
    const expected = (await Promise.all(articles.map((f) => site.read(f))))
      .map(parseHtml)
      .reduce((n, page) => n + page.querySelectorAll('.amendments p').length, 0);
    expect(entries.length).toBe(expected);
    expect(entries.length).toBeGreaterThan(5);
    const dates = entries.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    const epochs = dates.map((d) => Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d));
    expect(epochs).toEqual([...epochs].sort((a, b) => b - a));
    for (const li of entries) expect(li.querySelector('a[href^="/articles/"]')).not.toBeNull();
  });

  it('ships security headers for static hosts, the same as the policy the tests browse under', async () => {
    const headers = await site.read('_headers');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${name}: ${value}\n`);
    // The nginx recipe in docs/deploying.md gives the same policy.
    expect(await readFile(join(projectRoot, 'docs', 'deploying.md'), 'utf8')).toContain(
      `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`,
    );
  });

  it(`keeps article pages light: ${describeArticlePageBudget()}`, async () => {
    const sizes = await Promise.all(
      articles.map(async (file) => {
        const html = await site.read(file);
        const doc = parseHtml(html);
        const size = async (els: Element[], attr: string) =>
          (
            await Promise.all(els.map((el) => stat(join(site.outDir, el.getAttribute(attr)!)).then((s) => s.size)))
          ).reduce((a, b) => a + b, 0);
        const css = await size([...doc.querySelectorAll('link[rel="stylesheet"]')], 'href');
        const js = await size([...doc.querySelectorAll('script[src]')], 'src');
        return { file, htmlAndCss: Buffer.byteLength(html) + css, js };
      }),
    );
    const heaviest = sizes.reduce((a, b) => (b.htmlAndCss > a.htmlAndCss ? b : a));
    expect(heaviest.htmlAndCss, heaviest.file).toBeLessThan(ARTICLE_PAGE_BUDGET.htmlAndCssBytes);
    expect(Math.max(...sizes.map((s) => s.js))).toBeLessThan(ARTICLE_PAGE_BUDGET.jsBytes);
  });
});

describe('the sample archive under a base path', () => {
  it(
    'has no broken internal link or asset under /some/base/',
    async () => {
      const site = await sampleBuild('/some/base/');
      expect(site.ok, site.output).toBe(true);
      expect(await brokenLinks(site, '/some/base/')).toEqual([]);
      // A link an editor wrote in a story's text, root-relative, goes under the base too.
      const story = parseHtml(await site.read('articles/2021/03/18/blinken-presses-china-on-north-korea/index.html'));
      expect(story.querySelector('.article__body a[href="/some/base/topics/china-and-north-korea/"]')).not.toBeNull();
      expect(await readFile(join(site.outDir, 'robots.txt'), 'utf8')).toContain(
        `Sitemap: ${SITE_URL}/some/base/sitemap-index.xml`,
      );
    },
    WHOLE_SITE_MS,
  );
});
