/**
 * A small archive with one story filed in English and Korean (tests/fixtures/languages/: one
 * translationKey) and one English story besides, built: each version links the other both ways,
 * the Korean page is in Korean, and /ko/ lists only the Korean story.
 */
import { describe, beforeAll, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { parseHtml, texts } from '../helpers/html.ts';
import { access } from 'node:fs/promises';
import { join } from 'node:path';

const ENGLISH = 'articles/2016/01/06/test-announced/';
const KOREAN = 'articles/2016/01/06/북한-4차-핵실험/';
const SITE = 'http://localhost:4321';
const href = (path: string) => new URL(encodeURI(`/${path}`), SITE).href;
const KOREAN_HEADLINE = '북한 “수소탄 시험 성공”…4차 핵실험';
const ENGLISH_HEADLINE = 'North Korea says it tested a hydrogen bomb';
/** The addresses of a page's links into a folder, such as `/ko/`. */
const linksInto = (doc: Document, folder: string) =>
  [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => h.startsWith(folder));

describe('an archive in English and Korean', { timeout: 300_000 }, () => {
  let site: BuildResult;
  const page = async (file: string) => parseHtml(await site.read(`${file}index.html`));

  beforeAll(async () => {
    site = await buildSite({ contentDir: join(projectRoot, 'tests/fixtures/languages'), site: SITE });
    if (!site.ok) throw new Error(`Build failed:\n${site.output}`);
  }, 300_000);

  it('links each language version of the story from both, itself included, with hreflang', async () => {
    for (const file of [ENGLISH, KOREAN]) {
      const doc = await page(file);
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang'),
        link.getAttribute('href'),
      ]);
      expect(alternates).toEqual([
        ['en', href(ENGLISH)],
        ['ko', href(KOREAN)],
      ]);
    }
  });

  it('shows a visible link to the other version, in that version’s language', async () => {
    const english = await page(ENGLISH);
    const korean = await page(KOREAN);
    expect(texts(english, '.article__translations a')).toEqual(['한국어로 읽기']);
    expect(english.querySelector('.article__translations a')?.getAttribute('href')).toBe(encodeURI(`/${KOREAN}`));
    expect(texts(korean, '.article__translations a')).toEqual(['Read in English']);
    expect(korean.querySelector('.article__translations a')?.getAttribute('hreflang')).toBe('en');
  });

  it('gives the Korean story a Korean page: lang, labels, date, section, source and reading time', async () => {
    const doc = await page(KOREAN);
    expect(doc.documentElement.lang).toBe('ko');
    expect(texts(doc, '.article__meta time')).toEqual([
      '2016년 1월 6일 12:30 (한국 표준시)',
      '2016년 1월 6일 15:10 (한국 표준시)',
    ]);
    expect(texts(doc, '.article__section')).toEqual(['안보']);
    expect(doc.querySelector('.article__meta')?.textContent).toContain('출처: 연합뉴스');
    expect(doc.querySelector('.article__meta')?.textContent).toMatch(/1분 분량 \(\d+자\)/);
    expect(texts(doc, '.amendments p')).toEqual([
      expect.stringMatching(
        /^이 기사는 (\d{4}년 \d+월 \d+일에 )?수정되었습니다\. 이 기사는 시험용으로 새로 쓴 것이다\.$/,
      ),
    ]);
    expect(texts(doc, '#cite-heading')).toEqual(['이 기사 인용하기']);
    expect(texts(doc, '#filed-under')).toEqual(['분류']);
    // The name as Korean stories write it, on the page the alias file joins it to.
    const park = doc.querySelector('.terms-block a[href="/people/park-geun-hye/"]');
    expect(park?.textContent).toBe('박근혜');
    expect(texts(doc, '.article__headline')).toEqual(['북한 “수소탄 시험 성공”…4차 핵실험']);
    expect(texts(doc, '.site-nav a')).toEqual(['아카이브', '주제', '언론사']);
    expect(doc.querySelector('.site-nav a')?.getAttribute('href')).toBe('/ko/archive/');
  });

  it('lists the Korean story’s versions in Korean, with what changed', async () => {
    expect(texts(await page(KOREAN), '.article__meta a[href$="/versions/"]')).toEqual(['2개 판']);
    const doc = await page(`${KOREAN}versions/`);
    expect(doc.documentElement.lang).toBe('ko');
    expect(texts(doc, '.versions .article__section')).toEqual(['기사 판 기록']);
    expect(texts(doc, '.version__title')).toEqual(['제2판 (현재)', '제1판']);
    expect(texts(doc, '.version__changes h3')).toEqual(['제1판에서 바뀐 내용']);
    expect(texts(doc, '.version__summary')).toEqual(['문단 1개 수정.']);
    expect(texts(doc, '.diff-label')).toEqual(expect.arrayContaining(['제목 변경:', '변경:']));
    const earlier = await page(`${KOREAN}versions/1/`);
    expect(earlier.title).toBe('[속보] 북한 “수소탄 시험 성공” (제1판) · Dateline');
  });

  it('keeps the English story’s page in English', async () => {
    const doc = await page(ENGLISH);
    expect(doc.documentElement.lang).toBe('en');
    expect(texts(doc, '.article__meta time')).toEqual(['6 January 2016, 12:30 KST']);
    expect(doc.querySelector('.terms-block a[href="/people/park-geun-hye/"]')?.textContent).toBe('Park Geun-hye');
    expect(texts(doc, '#filed-under')).toEqual(['Filed under']);
  });

  it('lists only the Korean story on /ko/, and only the English ones on /', async () => {
    const korean = await page('ko/');
    expect(korean.documentElement.lang).toBe('ko');
    expect(texts(korean, '.home__main .card__headline')).toEqual(['북한 “수소탄 시험 성공”…4차 핵실험']);
    expect(texts(korean, '#home-topics + ul a')).toEqual(['핵실험']);
    const english = await page('');
    expect(texts(english, '.home__main .card__headline')).toEqual([
      'Envoys meet in Beijing',
      'North Korea says it tested a hydrogen bomb',
    ]);
  });

  it('gives each listing a feed in its language', async () => {
    const korean = await site.read('ko/rss.xml');
    expect(korean).toContain('<language>ko</language>');
    expect(korean).toContain(href(KOREAN));
    expect(korean).not.toContain(href(ENGLISH));
    const english = await site.read('rss.xml');
    expect(english).toContain('<language>en</language>');
    expect(english).not.toContain(href(KOREAN));
  });

  it('gives a topic a Korean page listing only the Korean story, in Korean, with a Korean feed', async () => {
    const doc = await page('ko/topics/nuclear-tests/');
    expect(doc.documentElement.lang).toBe('ko');
    expect(texts(doc, 'h1')).toEqual(['핵실험']);
    expect(texts(doc, '.lede')).toEqual(['북한의 핵실험과 그 뒤에 일어난 일.']);
    expect(texts(doc, '#timeline-heading')).toEqual(['보도 일지, 오래된 순']);
    expect(texts(doc, '.timeline__range')).toEqual(['기사 1건.']);
    expect(texts(doc, '#background')).toEqual(['배경']);
    expect(texts(doc, '.timeline .card__headline')).toEqual([KOREAN_HEADLINE]);
    expect(texts(doc, '.crumbs a, .crumbs [aria-current]')).toEqual(['주제', '핵실험']);
    expect(doc.querySelector('.timeline .card__meta a')?.getAttribute('href')).toBe('/ko/sources/yonhap/');
    expect(
      doc.querySelector('link[rel="alternate"][href="/ko/topics/nuclear-tests/rss.xml"]')?.getAttribute('title'),
    ).toBe('핵실험: 최신 기사');
    const feed = await site.read('ko/topics/nuclear-tests/rss.xml');
    expect(feed).toContain('<language>ko</language>');
    expect(feed).toContain(href(KOREAN));
    expect(feed).not.toContain(href(ENGLISH));
  });

  it('keeps the English topic page in English, listing the English story only and linking nothing in /ko/', async () => {
    const doc = await page('topics/nuclear-tests/');
    expect(doc.documentElement.lang).toBe('en');
    expect(texts(doc, 'h1')).toEqual(['Nuclear tests']);
    expect(texts(doc, '#timeline-heading')).toEqual(['Timeline of coverage, oldest first']);
    expect(texts(doc, '.timeline__range')).toEqual(['1 article.']);
    expect(texts(doc, '#background')).toEqual(['Background']);
    expect(texts(doc, '.timeline .card__headline')).toEqual([ENGLISH_HEADLINE]);
    const feed = await site.read('topics/nuclear-tests/rss.xml');
    expect(feed).toContain(href(ENGLISH));
    expect(feed).not.toContain(href(KOREAN));
    for (const file of [
      'topics/nuclear-tests/',
      'sources/yonhap/',
      'sections/security/',
      'sections/diplomacy/',
      ENGLISH,
    ])
      expect(linksInto(await page(file), '/ko/'), file).toEqual([]);
  });

  it('gives the source and the section Korean pages with the Korean story, and none to a section without one', async () => {
    const source = await page('ko/sources/yonhap/');
    expect(texts(source, 'h1')).toEqual(['연합뉴스']);
    expect(texts(source, 'h2')).toEqual(['기사 1건, 최신순']);
    expect(texts(source, '.card__headline')).toEqual([KOREAN_HEADLINE]);
    const section = await page('ko/sections/security/');
    expect(section.title).toBe('안보 (분야) · Dateline');
    expect(texts(section, 'h1')).toEqual(['안보']);
    expect(texts(section, '.card__headline')).toEqual([KOREAN_HEADLINE]);
    expect(texts(await page('sources/yonhap/'), '.card__headline')).toEqual([
      'Envoys meet in Beijing',
      ENGLISH_HEADLINE,
    ]);
    expect(await site.read('ko/sections/security/rss.xml')).toContain('<language>ko</language>');
    // Diplomacy has the English story only: its English page, no Korean one, and the Korean index does not link it.
    expect(texts(await page('sections/diplomacy/'), '.card__headline')).toEqual(['Envoys meet in Beijing']);
    await expect(access(join(site.outDir, 'ko/sections/diplomacy/index.html'))).rejects.toThrow();
    expect(texts(await page('ko/sections/'), '.columns a')).toEqual(['안보']);
  });

  it('links the Korean story to the Korean pages of its topic, source and section, and the English one to the English pages', async () => {
    const korean = await page(KOREAN);
    expect(korean.querySelector('.terms-block a[href^="/ko/topics/"]')?.getAttribute('href')).toBe(
      '/ko/topics/nuclear-tests/',
    );
    expect(korean.querySelector('.article__meta a')?.getAttribute('href')).toBe('/ko/sources/yonhap/');
    expect(korean.querySelector('.article__section a')?.getAttribute('href')).toBe('/ko/sections/security/');
    const english = await page(ENGLISH);
    expect(english.querySelector('.terms-block a[href*="/topics/"]')?.getAttribute('href')).toBe(
      '/topics/nuclear-tests/',
    );
    expect(english.querySelector('.article__section a')?.getAttribute('href')).toBe('/sections/security/');
  });

  it('makes the Korean archive, topics, sources, sections and search pages under /ko/', async () => {
    for (const file of [
      'ko/archive/',
      'ko/archive/2016/',
      'ko/archive/2016/01/',
      'ko/topics/',
      'ko/sources/',
      'ko/sections/',
      'ko/search/',
    ]) {
      expect((await page(file)).documentElement.lang, file).toBe('ko');
    }
    expect(texts(await page('ko/archive/2016/'), 'h1')).toEqual(['2016년']);
    expect(texts(await page('ko/sources/'), '.entry-list h2')).toEqual(['연합뉴스']);
  });

  it('answers an address cut back to its month or year in English, linking the Korean archive of it in Korean', async () => {
    const month = await page('articles/2016/01/');
    expect(month.documentElement.lang).toBe('en');
    expect(texts(month, 'h1')).toEqual(['Articles from January 2016']);
    expect(texts(month, '.lede')).toEqual(['2 articles, newest first, by day. Also in the archive for January 2016.']);
    const korean = month.querySelector('.other-languages li');
    expect(korean?.getAttribute('lang')).toBe('ko');
    expect(korean?.textContent).toBe('2016년 1월 한국어 기사 1건 →');
    expect(korean?.querySelector('a')?.getAttribute('href')).toBe('/ko/archive/2016/01/');
    expect(await page('ko/archive/2016/01/')).toBeTruthy();

    const year = await page('articles/2016/');
    expect(texts(year, '.lede')).toEqual(['3 articles. Read them all in the 2016 archive, or pick a month:']);
    expect(year.querySelector('.other-languages a')?.getAttribute('href')).toBe('/ko/archive/2016/');
    expect(texts(year, '.other-languages li')).toEqual(['2016년 한국어 기사 1건 →']);
    // February has no Korean story: nothing to link.
    expect((await page('articles/2016/02/')).querySelector('.other-languages')).toBeNull();
  });
});
