import { describe, expect, it } from 'vitest';
import { articleBreadcrumbsLd, newsArticleLd, serializeJsonLd } from '../../../src/views/structured-data.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { storyVersions } from '../../../src/views/story-versions.ts';
import { makeArticle, makeVersion } from '../fixtures.ts';

const context = {
  urls: createUrls('/base/'),
  site: 'https://news.example',
  siteName: 'Dateline',
  source: { id: 'ap', data: { name: 'The Associated Press', url: 'https://apnews.com' } },
};

describe('newsArticleLd', () => {
  it('describes the article with the fields search engines read', () => {
    const article = makeArticle('2021/blinken', {
      date: '2021-03-18',
      updated: '2021-03-19',
      dateline: 'SEOUL',
      byline: ['Reporter One'],
      image: { caption: 'Blinken and Chung bump elbows.', credit: 'AP Photo/Lee Jin-man, Pool' },
      originalUrl: 'https://apnews.com/article/x',
      rights: 'Copyright 2021 The Associated Press.',
      language: 'en',
    });
    expect(newsArticleLd(article, context)).toMatchObject({
      '@type': 'NewsArticle',
      headline: '2021/blinken',
      datePublished: '2021-03-18',
      dateModified: '2021-03-19',
      author: [{ '@type': 'Person', name: 'Reporter One' }],
      publisher: { '@type': 'Organization', name: 'The Associated Press' },
      dateline: 'SEOUL',
      image: { caption: 'Blinken and Chung bump elbows.', creditText: 'AP Photo/Lee Jin-man, Pool' },
      isBasedOn: 'https://apnews.com/article/x',
      copyrightNotice: 'Copyright 2021 The Associated Press.',
      inLanguage: 'en',
      url: 'https://news.example/base/articles/2021/03/18/blinken/',
    });
  });

  it('lists a correcting version as a CorrectionComment, and none for a story never corrected', () => {
    const urls = createUrls('/');
    const first = makeVersion('2016/talks', 1, { date: '2016-01-20T15:00:00+09:00' });
    const current = makeArticle('2016/talks', {
      date: '2016-01-20T15:00:00+09:00',
      updated: '2016-01-21T09:00:00+09:00',
      label: 'CORRECTION',
      corrections: [{ date: '2016-01-21', text: 'Corrects the envoy’s title.' }],
    });
    expect(newsArticleLd(current, { ...context, versions: storyVersions(current, [first], urls) })).toMatchObject({
      dateModified: '2016-01-21T09:00:00+09:00',
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'Corrects the envoy’s title.',
          datePublished: '2016-01-21T09:00:00+09:00',
        },
      ],
    });
    const plain = makeArticle('2016/plain', { date: '2016-01-20' });
    expect(newsArticleLd(plain, { ...context, versions: storyVersions(plain, [], urls) })).not.toHaveProperty(
      'correction',
    );
  });

  it('credits the source as author when there is no byline', () => {
    const ld = newsArticleLd(makeArticle('2021/x', { date: '2021-03-18' }), context);
    expect(ld).toMatchObject({ author: { '@type': 'Organization', name: 'The Associated Press' } });
  });
});

describe('articleBreadcrumbsLd', () => {
  it('walks archive, year, month with absolute URLs, then the article by name as the page it is on', () => {
    const ld = articleBreadcrumbsLd(makeArticle('2021/x', { date: '2021-03-18', title: 'Talks resume' }), context);
    const items = ld.itemListElement as unknown as { name: string; item?: string }[];
    expect(items.map((i) => i.item)).toEqual([
      'https://news.example/base/archive/',
      'https://news.example/base/archive/2021/',
      'https://news.example/base/archive/2021/03/',
      undefined,
    ]);
    expect(items.at(-1)?.name).toBe('Talks resume');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
