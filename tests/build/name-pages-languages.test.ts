/**
 * The sample archive as a Korean reader finds it beyond the story pages: the pages of names, the
 * corrections, the Korean feeds, a source's country, and where a Korean story's "In the same
 * story" and related coverage lead. One build of the sample, shared with the other suites that read it.
 */
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBuild, type BuildResult } from '../helpers/build-site.ts';
import { parseHtml, texts } from '../helpers/html.ts';

/** The English topic titles of the sample whose files give a Korean one. */
const TRANSLATED_TOPICS = [
  'China and North Korea',
  'Inter-Korean relations',
  'Nuclear and missile tests',
  'U.N. sanctions',
  'U.S.–North Korea summit diplomacy',
];
/** A Korean story of the sample in two topics, with Korean and English stories before and after it in each. */
const THAAD = `articles/2016/07/08/${encodeURIComponent('한미-사드-배치-결정')}/`;
/** A Korean story of the sample whose closest coverage by topics and names is English. */
const PYONGYANG_DECLARATION = `articles/2018/09/19/${encodeURIComponent('평양공동선언-서명')}/`;

describe('the sample archive in Korean, beyond the story pages', () => {
  let site: BuildResult;
  const page = async (path: string) => parseHtml(await site.read(`${decodeURIComponent(path)}index.html`));
  /** The language of the page an internal link leads to. */
  const languageAt = async (href: string) => (await page(href.replace(/^\//, ''))).documentElement.lang;

  beforeAll(async () => {
    // The same build as the publishing and browser suites' (tests/helpers/sample-in-browser.ts).
    site = await sampleBuild();
    expect(site.ok, site.output).toBe(true);
  });

  it('shows a name only Korean stories use on a page in Korean', async () => {
    const doc = await page('people/류제승/');
    expect(doc.documentElement.lang).toBe('ko');
    expect(doc.title).toBe('류제승 (인물) · Dateline');
    expect(texts(doc, 'h1')).toEqual(['류제승']);
    expect(texts(doc, '.lede')).toEqual(['인물 · 기사 1건, 최신순.']);
    expect(texts(doc, '.facts dt')).toEqual(['보도 기간']);
    expect(texts(doc, '.facts dd')).toEqual(['2016년 7월 8일']);
    expect(texts(doc, '.crumbs a')).toEqual(['인물']);
    expect(doc.querySelector('.listing__rail')?.getAttribute('aria-label')).toBe('아카이브 속 류제승');
  });

  it('keeps a name stories in both languages use on one English page, giving its Korean spelling', async () => {
    const doc = await page('people/park-geun-hye/');
    expect(doc.documentElement.lang).toBe('en');
    expect(texts(doc, 'h1')).toEqual(['Park Geun-hye']);
    expect(texts(doc, '.lede')[0]).toMatch(/^Person · \d+ articles, newest first\.$/);
    expect(texts(doc, '.also-written')).toEqual(['Also written as 박근혜.']);
    expect(texts(doc, '.facts dt')).toEqual(['Covered']);
    // Its Korean stories' headlines are marked Korean on the English page; its English ones are not marked.
    const headlines = [...doc.querySelectorAll('.card__headline')];
    const korean = headlines.filter((h) => /[가-힣]/.test(h.textContent ?? ''));
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.map((h) => h.getAttribute('lang'))).toEqual(korean.map(() => 'ko'));
    expect(headlines.filter((h) => !korean.includes(h)).map((h) => h.getAttribute('lang'))).toEqual(
      headlines.filter((h) => !korean.includes(h)).map(() => null),
    );
  });

  it('writes the indexes of names and the corrections from the English table', async () => {
    const people = await page('people/');
    expect(texts(people, '.lede')[0]).toMatch(/^\d+ in the archive, most covered first\.$/);
    // A name only Korean stories write is marked as Korean on the English index; a name English stories write is not.
    const names = [...people.querySelectorAll('.columns a')];
    expect(names.find((a) => a.textContent === '류제승')?.getAttribute('lang')).toBe('ko');
    expect(names.find((a) => a.textContent === 'Park Geun-hye')?.hasAttribute('lang')).toBe(false);
    const corrections = await page('corrections/');
    expect(texts(corrections, 'h1')).toEqual(['Corrections and editor’s notes']);
    expect(texts(corrections, '.lede')[0]).toMatch(
      /^\d+ entries, newest first\. Each links to the article it amends\.$/,
    );
    const kinds = new Set(texts(corrections, '.entry-list .card__meta').map((meta) => meta.split(' · ')[1]));
    expect([...kinds].sort()).toEqual(['Correction', 'Editor’s note']);
  });

  it('names sections and topics in Korean in the Korean feeds', async () => {
    const parser = new Parser();
    for (const feed of ['ko/rss.xml', 'ko/topics/nuclear-tests/rss.xml', 'ko/sections/security/rss.xml']) {
      const xml = await site.read(feed);
      expect(xml, feed).toContain('<language>ko</language>');
      const categories = (await parser.parseString(xml)).items.flatMap((item) => item.categories ?? []);
      expect(categories.length, feed).toBeGreaterThan(0);
      for (const title of [...TRANSLATED_TOPICS, 'Security', 'Diplomacy'])
        expect(categories, feed).not.toContain(title);
      expect(categories, feed).toContain('안보');
    }
    const all = (await parser.parseString(await site.read('ko/rss.xml'))).items.flatMap(
      (item) => item.categories ?? [],
    );
    expect(all).toEqual(expect.arrayContaining(['핵·미사일 시험', '남북 관계', '외교']));
  });

  it('names a source’s country in the page’s language, not as its code', async () => {
    const korean = (await page('ko/sources/yonhap/')).querySelector('main')?.textContent ?? '';
    expect(korean).toContain('대한민국');
    expect(korean).not.toMatch(/·\s*KR\b/);
    const english = (await page('sources/yonhap/')).querySelector('main')?.textContent ?? '';
    expect(english).toContain('South Korea');
    expect(english).not.toMatch(/·\s*KR\b/);
  });

  it('leads a Korean story’s "In the same story" to Korean stories, though English ones lie between', async () => {
    const doc = await page(THAAD);
    const links = [...doc.querySelectorAll('.topic-nav a[rel]')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(await languageAt(href), href).toBe('ko');
  });

  it('lists a Korean story’s Korean coverage first, and not its own English version', async () => {
    const doc = await page(PYONGYANG_DECLARATION);
    const path = (href: string) => new URL(href, 'https://archive.example').pathname;
    const related = [...doc.querySelectorAll('.related-list a')].map((a) => path(a.getAttribute('href')!));
    const translation = doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href');
    expect(translation).toBeTruthy();
    expect(related).not.toContain(path(translation!));
    const languages = await Promise.all(related.map(languageAt));
    // Korean ones first; English ones only fill the list when there are fewer Korean ones than it holds.
    const firstEnglish = languages.indexOf('en');
    const korean = firstEnglish === -1 ? languages : languages.slice(0, firstEnglish);
    expect(korean.length).toBeGreaterThan(0);
    expect(languages.slice(korean.length)).not.toContain('ko');
  });
});
