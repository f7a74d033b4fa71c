import { describe, expect, it } from 'vitest';
import {
  articleRouteParams,
  createUrls,
  listingUrls,
  monthRouteParams,
  normaliseBase,
  periodRouteParams,
  versionRouteParams,
} from '../../../src/views/urls.ts';

const article = { year: 2016, month: 1, day: 20, slug: 'blinken-urges-china' };

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['some/base', '/some/base/'],
    ['/some/base/', '/some/base/'],
  ])('%j becomes %j', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('createUrls', () => {
  it('builds root-relative links with a trailing slash', () => {
    const urls = createUrls('/');
    expect(urls.home()).toBe('/');
    expect(urls.article(article)).toBe('/articles/2016/01/20/blinken-urges-china/');
    expect(urls.archive()).toBe('/archive/');
    expect(urls.archive(2)).toBe('/archive/page/2/');
    // Never a year's address: the archive of 100,000 articles has a page 2016.
    expect(urls.archive(2016)).not.toBe(urls.archiveYear(2016));
    expect(urls.archiveMonth(2016, 3)).toBe('/archive/2016/03/');
    expect(urls.entity('people', 'Kim Jong Un')).toBe('/people/kim-jong-un/');
    expect(urls.entity('organizations', 'U.N. Security Council')).toBe('/organizations/un-security-council/');
  });

  it('cuts an article address back to its day, month and year, and links sections by their slug', () => {
    const urls = createUrls('/b/');
    expect(urls.articlesYear(2016)).toBe('/b/articles/2016/');
    expect(urls.articlesMonth(2016, 1)).toBe('/b/articles/2016/01/');
    // A day is its heading on the month's page: a page a day was a file for every two stories.
    expect(urls.articlesDay(2016, 1, 20)).toBe('/b/articles/2016/01/#d20');
    expect(urls.article(article).startsWith(urls.articlesMonth(2016, 1))).toBe(true);
    expect(urls.sections()).toBe('/b/sections/');
    expect(urls.section('North Korea')).toBe('/b/sections/north-korea/');
    expect(urls.section('North Korea', 2)).toBe('/b/sections/north-korea/2/');
    expect(urls.sectionFeed('North Korea')).toBe('/b/sections/north-korea/rss.xml');
    expect(periodRouteParams(2016, 1, 2)).toEqual({ year: '2016', month: '01', day: '02' });
    expect(periodRouteParams(2016)).toEqual({ year: '2016' });
  });

  it('puts every link under the base path', () => {
    const urls = createUrls('/some/base');
    expect(urls.home()).toBe('/some/base/');
    expect(urls.article(article)).toBe('/some/base/articles/2016/01/20/blinken-urges-china/');
    expect(urls.topic('sanctions')).toBe('/some/base/topics/sanctions/');
    expect(urls.topic('sanctions', 1)).toBe('/some/base/topics/sanctions/');
    expect(urls.topic('sanctions', 2)).toBe('/some/base/topics/sanctions/2/');
    expect(urls.corrections()).toBe('/some/base/corrections/');
    expect(urls.corrections(3)).toBe('/some/base/corrections/3/');
    expect(urls.articleVersions(article)).toBe('/some/base/articles/2016/01/20/blinken-urges-china/versions/');
    expect(urls.articleVersion(article, 2)).toBe('/some/base/articles/2016/01/20/blinken-urges-china/versions/2/');
    expect(urls.asset('pagefind/pagefind.js')).toBe('/some/base/pagefind/pagefind.js');
    expect(urls.search('kim jong un')).toBe('/some/base/search/?q=kim%20jong%20un');
    expect(urls.publicFile('/images/summit.jpg')).toBe('/some/base/images/summit.jpg');
    expect(urls.publicFile('https://img.example/a.jpg')).toBe('https://img.example/a.jpg');
    expect(urls.publicFile('//cdn.example/a.jpg')).toBe('//cdn.example/a.jpg');
  });

  it('puts a language’s listings, topics, sources and sections and their feeds in its folder, and stories and names nowhere else', () => {
    const english = createUrls('/b/');
    const korean = listingUrls(english, 'ko');
    expect(korean.topic('nuclear-tests')).toBe('/b/ko/topics/nuclear-tests/');
    expect(korean.topic('nuclear-tests', 2)).toBe('/b/ko/topics/nuclear-tests/2/');
    expect(korean.topicFeed('nuclear-tests')).toBe('/b/ko/topics/nuclear-tests/rss.xml');
    expect(korean.source('yonhap', 3)).toBe('/b/ko/sources/yonhap/3/');
    expect(korean.sourceFeed('yonhap')).toBe('/b/ko/sources/yonhap/rss.xml');
    expect(korean.section('Diplomacy')).toBe('/b/ko/sections/diplomacy/');
    expect(korean.sectionFeed('Diplomacy')).toBe('/b/ko/sections/diplomacy/rss.xml');
    expect(korean.article(article)).toBe(english.article(article));
    expect(korean.entity('people', 'Park Geun-hye')).toBe(english.entity('people', 'Park Geun-hye'));
    // English's own: no folder.
    expect(listingUrls(korean, 'en').topic('nuclear-tests')).toBe('/b/topics/nuclear-tests/');
    expect(english.sourceFeed('yonhap')).toBe('/b/sources/yonhap/rss.xml');
  });

  it('gives spelling variants of a name one page', () => {
    const urls = createUrls('/');
    expect(urls.entity('people', 'Kim Jong-un')).toBe(urls.entity('people', 'Kim Jong Un'));
  });
});

describe('route parameters', () => {
  it('match the links the helpers build', () => {
    const urls = createUrls('/');
    const p = articleRouteParams(article);
    expect(`/articles/${p.year}/${p.month}/${p.day}/${p.slug}/`).toBe(urls.article(article));
    const v = versionRouteParams(article, 1);
    expect(`/articles/${v.year}/${v.month}/${v.day}/${v.slug}/versions/${v.n}/`).toBe(urls.articleVersion(article, 1));
    const m = monthRouteParams(2016, 3);
    expect(`/archive/${m.year}/${m.month}/`).toBe(urls.archiveMonth(2016, 3));
  });
});
