import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../../src/importer/formats/feeds/json-feed.ts';
import { articleSchema, type ArticleData } from '../../../src/model/article.ts';
import { articlesToJsonFeed, articleToJsonFeedItem } from '../../../src/exporter/json-feed.ts';
import { itemsOf, pageOf } from '../importer/feed-fixtures.ts';

const article = (fields: Record<string, unknown> = {}): ArticleData =>
  articleSchema.parse({
    title: 'Talks open',
    date: '2018-06-12T09:00:00+08:00',
    source: 'wire',
    section: 'Diplomacy',
    ...fields,
  });

const feedOf = (data: ArticleData[]) =>
  articlesToJsonFeed(
    data.map((d, i) => ({ id: `2018/story-${i}`, data: d, html: '<p>Text.</p>' })),
    { title: 'Dateline', language: 'en' },
  );

/** The items of an exported feed as the JSON Feed importer reads them. */
async function readBack(data: ArticleData[]) {
  return (await itemsOf(parseJsonFeed, JSON.stringify(feedOf(data)))).map(pageOf);
}

describe('articlesToJsonFeed', () => {
  it('writes a JSON Feed 1.1 with one item per article', () => {
    const feed = feedOf([article(), article({ title: 'Second' })]);
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Dateline', language: 'en' });
    expect((feed.items as { title: string }[]).map((i) => i.title)).toEqual(['Talks open', 'Second']);
  });

  it('puts the section first in tags, as the importer takes the first category for the section', async () => {
    const item = articleToJsonFeedItem({
      id: '2018/x',
      data: article({ tags: ['summit', 'sanctions'] }),
      html: '<p>x</p>',
    });
    expect(item.tags).toEqual(['Diplomacy', 'summit', 'sanctions']);
    const [page] = await readBack([article({ tags: ['summit'] })]);
    expect(page!.categories).toEqual(['Diplomacy', 'summit']);
  });

  it('keeps the tags in the extension when one is spelt like the section, which the categories alone would lose', () => {
    const item = articleToJsonFeedItem({
      id: '2018/x',
      data: article({ tags: ['Diplomacy', 'summit'] }),
      html: '<p>x</p>',
    });
    expect(item._dateline).toMatchObject({ tags: ['Diplomacy', 'summit'] });
  });

  it('carries what JSON Feed has no property for in _dateline, and the importer reads it back', async () => {
    const data = article({
      dateline: 'SEOUL',
      people: ['Kim Jong Un'],
      editorNote: 'Updated.',
      corrections: [{ date: '2018-06-13', text: 'Fixed a name.' }],
      image: { src: 'https://wire.example/p.jpg', caption: 'The leaders.', credit: 'Wire Photo' },
      draft: true,
    });
    const item = articleToJsonFeedItem({ id: '2018/x', data, html: '<p>x</p>' });
    expect(item.image).toBe('https://wire.example/p.jpg');
    expect(item._dateline).toMatchObject({ source: 'wire', dateline: 'SEOUL', draft: true, image: data.image });
    const [page] = await readBack([data]);
    expect(page!.fields).toMatchObject({
      source: 'wire',
      dateline: 'SEOUL',
      people: ['Kim Jong Un'],
      editorNote: 'Updated.',
      corrections: data.corrections,
      image: data.image,
      draft: true,
    });
  });

  it('leaves out draft: false, the default', () => {
    expect(articleToJsonFeedItem({ id: '2018/x', data: article(), html: '<p>x</p>' })._dateline).not.toHaveProperty(
      'draft',
    );
  });
});
