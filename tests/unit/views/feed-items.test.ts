import { describe, expect, it } from 'vitest';
import { escapeXml, toFeedItems } from '../../../src/views/feed-items.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { makeArticle } from '../fixtures.ts';

describe('toFeedItems', () => {
  const topics = new Map([['talks', { id: 'talks', data: { title: 'Peace talks', description: 'd' } }]]);
  const article = makeArticle('2016/first-talks', {
    date: '2016-01-20T19:27:00+09:00',
    label: 'LEAD',
    summary: 'Envoys met.',
    topics: ['talks'],
    tags: ['diplomacy'],
    byline: ['Kim & Lee <Seoul>'],
  });

  it('gives an absolute link under the base path, the instant, summary and categories', () => {
    const [item] = toFeedItems([article], {
      urls: createUrls('/base/'),
      site: 'https://news.example',
      topics,
      lang: 'en',
    });
    expect(item).toMatchObject({
      title: '(LEAD) 2016/first-talks',
      link: 'https://news.example/base/articles/2016/01/20/first-talks/',
      description: 'Envoys met.',
      categories: ['Diplomacy', 'Peace talks', 'diplomacy'],
    });
    expect(item!.pubDate?.toISOString()).toBe('2016-01-20T10:27:00.000Z');
  });

  it('escapes the summary as text, so a feed reader shows markup in it literally instead of running it', () => {
    const hostile = makeArticle('2016/hostile', {
      date: '2016-01-21',
      summary: `Summary with <img src=x onerror=alert(1)> & "quotes"`,
    });
    const [item] = toFeedItems([hostile], { urls: createUrls('/'), site: 'https://news.example', topics, lang: 'en' });
    expect(item!.description).toBe('Summary with &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });

  it('writes each byline as an escaped dc:creator', () => {
    const [item] = toFeedItems([article], { urls: createUrls('/'), site: 'https://news.example', topics, lang: 'en' });
    expect(item!.customData).toBe('<dc:creator>Kim &amp; Lee &lt;Seoul&gt;</dc:creator>');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });

  it('gives an updated story its first publication date and its latest update as dcterms:modified', () => {
    const updated = makeArticle('2016/updated', {
      date: '2016-01-20T15:10:00+09:00',
      updated: '2016-01-20T19:27:00+09:00',
    });
    const [item] = toFeedItems([updated], { urls: createUrls('/'), site: 'https://news.example', topics, lang: 'en' });
    expect(item!.pubDate?.toISOString()).toBe('2016-01-20T06:10:00.000Z');
    expect(item!.customData).toBe('<dcterms:modified>2016-01-20T10:27:00.000Z</dcterms:modified>');
  });

  it("names a Korean feed's section and topics in Korean where the content gives them, its tags as written", () => {
    const translated = new Map([
      [
        'talks',
        { id: 'talks', data: { title: 'Peace talks', description: 'd', translations: { ko: { title: '평화 회담' } } } },
      ],
      ['untranslated', { id: 'untranslated', data: { title: 'Hotlines', description: 'd' } }],
    ]);
    const sectionNames = { Diplomacy: { ko: '외교' } };
    const korean = makeArticle('2016/회담', {
      date: '2016-01-20',
      language: 'ko',
      section: 'Diplomacy',
      topics: ['talks', 'untranslated'],
      tags: ['대화'],
    });
    const writtenInKorean = makeArticle('2016/회담-2', { date: '2016-01-21', language: 'ko', section: '외교' });
    const context = { urls: createUrls('/'), site: 'https://news.example', topics: translated, sectionNames };
    const [ko, koWritten] = toFeedItems([korean, writtenInKorean], { ...context, lang: 'ko' });
    expect(ko!.categories).toEqual(['외교', '평화 회담', 'Hotlines', '대화']);
    expect(koWritten!.categories).toEqual(['외교']);
    // The English feed names the same section and topic in English, even where a story wrote them in Korean.
    const [en, enWritten] = toFeedItems([korean, writtenInKorean], { ...context, lang: 'en' });
    expect(en!.categories).toEqual(['Diplomacy', 'Peace talks', 'Hotlines', '대화']);
    expect(enWritten!.categories).toEqual(['Diplomacy']);
  });
});
