import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCollectionFormat } from '../../../../../src/importer/input/detect.ts';
import { ITEM_PARSERS } from '../../../../../src/importer/formats/parsers.ts';
import { parseJsonFeed } from '../../../../../src/importer/formats/feeds/json-feed.ts';
import type { ParsedItem } from '../../../../../src/importer/types.ts';
import { itemsOf } from '../../feed-fixtures.ts';
import { importerFixtures, markdownParagraphs } from '../../fixtures.ts';

const file = join(importerFixtures, 'json-feed/korea-desk-hostile-and-undated.json');
const feed = readFileSync(file, 'utf8');
const expected = JSON.parse(readFileSync(file.replace(/\.json$/, '.expected.json'), 'utf8'));

/** The items of a feed, cut into small chunks as a file stream would deliver it. */
const parse = (text: string) => itemsOf(parseJsonFeed, text, 100);

const page = (item: ParsedItem | undefined) => {
  if (!item || 'error' in item.result) throw new Error(`expected a page, got ${JSON.stringify(item)}`);
  return item.result.page;
};

describe('parseJsonFeed', () => {
  it('is the parser the importer uses for a feed it detects as JSON Feed', () => {
    expect(detectCollectionFormat(feed)).toBe('json-feed');
    expect(ITEM_PARSERS['json-feed']).toBe(parseJsonFeed);
  });

  it('gives every item its expected fields and categories, and an error naming the undated one', async () => {
    const items = await parse(feed);
    expect(
      items.map((item) =>
        'error' in item.result
          ? { position: item.position, error: item.result.error }
          : { position: item.position, fields: item.result.page.fields, categories: item.result.page.categories },
      ),
    ).toEqual(expected.items);
    expect(items[3]!.result).toEqual({
      error: expect.stringContaining('no "date_published"; add one to the item as RFC 3339'),
    });
  });

  it('keeps every paragraph and list of an HTML body, and every paragraph of a text body with Markdown characters literal', async () => {
    const [html, text] = await parse(feed);
    expect(markdownParagraphs(page(html).body)).toEqual([
      'SINGAPORE, June 12 — U.S. President Donald Trump and North Korean leader Kim Jong-un signed a four-point statement on Tuesday after talks at a hotel on Sentosa island.',
      'The text commits both sides to "new relations" and to work toward the complete denuclearization of the Korean Peninsula.',
      'It gives no timetable.',
    ]);
    expect(page(html).body).toContain('- Recovery of remains');
    expect(markdownParagraphs(page(text).body)).toEqual([
      'HANOI, Feb. 28 -- The second summit between the U.S. and North Korean leaders ended hours ahead of schedule on Thursday.',
      'A planned working lunch and signing ceremony were called off.',
      'Both sides said sanctions relief was the sticking point; *no* date was set for further talks.',
    ]);
  });

  it('leaves a hostile body inert: no script, iframe, event handler or javascript: link, the story kept', async () => {
    const body = page((await parse(feed))[2]).body;
    expect(body).not.toMatch(/<script|<iframe|onerror|onclick|javascript:|document\.cookie|evil\.example|<svg|<style/i);
    expect(markdownParagraphs(body)[0]).toContain('Donald Trump crossed the military demarcation line on Sunday');
    expect(body).toContain('He met Kim Jong-un for about an hour in the Freedom House.');
  });

  it('reports a truncated feed as one error naming the line and column, before any item', async () => {
    const cut = feed.slice(0, feed.indexOf('"Hanoi talks end early'));
    const items = await parse(cut);
    expect(items).toHaveLength(1);
    const lines = cut.split('\n');
    expect(items[0]!.position).toMatch(/^line \d+, column \d+$/);
    expect(Number(/^line (\d+)/.exec(items[0]!.position)![1])).toBeGreaterThanOrEqual(lines.length - 1);
    expect(items[0]!.result).toEqual({
      error: expect.stringMatching(
        /^the JSON ends early \(is the file cut short\?\) at line \d+, column \d+; nothing in this feed was imported/,
      ),
    });
  });

  it('yields nothing for a feed of 0 items, and an error for a feed without an items list', async () => {
    expect(await parse('{"version": "https://jsonfeed.org/version/1.1", "title": "Empty", "items": []}')).toEqual([]);
    const [noItems] = await parse('{"version": "https://jsonfeed.org/version/1.1", "title": "No list"}');
    expect(noItems!.result).toEqual({ error: expect.stringContaining('must be an object with an "items" list') });
  });

  it('asks for a title and a body when an item lacks them, naming the item by position', async () => {
    const items = await parse(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: 'a', content_text: 'Text.', date_published: '2019-01-01' },
          { id: 'b', title: 'Headline', date_published: '2019-01-01' },
          'not an item',
        ],
      }),
    );
    expect(items.map((i) => i.position)).toEqual(['item 1 (id "a")', 'item 2 (id "b")', 'item 3']);
    expect(items.map((i) => ('error' in i.result ? i.result.error.split(';')[0] : 'page'))).toEqual([
      'this item has no "title"',
      'this item has no "content_html", "content_text" or "summary" with readable text',
      'this item is not a JSON object',
    ]);
  });

  it('keeps the item id as importId and date_modified as updated only when it is later, the same item giving the same fields twice', async () => {
    const item = {
      id: 42,
      title: 'Envoys meet',
      content_text: 'Text.',
      date_published: '2019-02-28T16:10:00+07:00',
      date_modified: '2019-02-28T18:00:00+07:00',
      authors: [{ name: 'By Ahn Sung-mi and Oh Jae-won' }],
    };
    const earlier = { ...item, id: 'b', date_modified: '2019-02-27T10:00:00+07:00' };
    const items = await parse(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        language: 'English',
        items: [item, earlier, item],
      }),
    );
    const [first, second, again] = items.map(page);
    expect(first!.fields).toMatchObject({
      importId: '42',
      updated: '2019-02-28T18:00:00+07:00',
      byline: ['Ahn Sung-mi', 'Oh Jae-won'],
    });
    expect(second!.fields.updated).toBeUndefined();
    expect(again).toEqual(first);
    expect(first!.fields.language).toBeUndefined();
    expect(first!.notes).toEqual([expect.stringMatching(/left out the language "English"/)]);
  });

  it('refuses a date_published that is not a date, naming it', async () => {
    const [item] = await parse(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'a', title: 'T', content_text: 'x', date_published: 'last Tuesday' }],
      }),
    );
    expect(item!.result).toEqual({
      error: expect.stringContaining('"date_published" "last Tuesday" is not an RFC 3339 date'),
    });
  });

  it('takes external_url as the story’s address only when it is on the feed’s own site, not a link blog’s target', async () => {
    const feedOf = (external: string) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        home_page_url: 'https://paper.example/',
        items: [
          { id: 'a', title: 'T', content_text: 'x', date_published: '2019-01-01T00:00:00Z', external_url: external },
        ],
      });
    expect(page((await parse(feedOf('https://www.paper.example/2019/01/01/t')))[0]).fields.originalUrl).toBe(
      'https://www.paper.example/2019/01/01/t',
    );
    expect(page((await parse(feedOf('https://elsewhere.example/their-story')))[0]).fields.originalUrl).toBeUndefined();
  });
});

describe('relative links in an item', () => {
  it('are resolved against the item’s url', async () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Desk',
      items: [
        {
          id: '1',
          url: 'https://paper.example/2018/06/talks/',
          title: 'Talks',
          date_published: '2018-06-12T09:00:00+08:00',
          content_html: '<p>See <a href="../maps/">the maps</a>.</p>',
        },
      ],
    });
    const [item] = await parse(text);
    expect('page' in item!.result && item!.result.page.body).toContain(
      '[the maps](https://paper.example/2018/06/maps/)',
    );
  });
});

describe('a JSON Feed too large to parse at once', () => {
  it('is refused as one failure saying how to split it, without holding it whole', async () => {
    const mib = ' '.repeat(1024 * 1024);
    const input = {
      head: '{"version": "https://jsonfeed.org/version/1.1", "items": [',
      async *chunks() {
        yield this.head;
        for (let i = 0; i < 70; i++) yield mib;
      },
    };
    const items: ParsedItem[] = [];
    for await (const item of parseJsonFeed(input, { sources: [] })) items.push(item);
    expect(items).toHaveLength(1);
    expect('error' in items[0]!.result && items[0]!.result.error).toMatch(
      /^this JSON Feed is over 64 MiB of text, more than the importer reads at once .* Split it into smaller files/,
    );
  });
});
