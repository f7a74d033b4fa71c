import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HEAD_BYTES, openInput } from '../../../../src/importer/input/open.ts';
import { parseRss } from '../../../../src/importer/formats/feeds/rss.ts';
import type { ParsedItem } from '../../../../src/importer/types.ts';
import { importerFixtures } from '../fixtures.ts';

const folder = () => mkdtemp(join(tmpdir(), 'input-text-'));

/** A JSON Feed larger than the head, with a Korean name straddling chunk boundaries. */
function bigFeed(): string {
  const items = Array.from({ length: 400 }, (_, i) => ({
    id: String(i),
    title: `Talks ${i}`,
    content_text: `문재인 and Kim met, day ${i}. `.repeat(8),
    date_published: '2018-04-27',
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
}

async function readAll(chunks: AsyncIterable<string>): Promise<{ text: string; count: number }> {
  let text = '';
  let count = 0;
  for await (const chunk of chunks) {
    text += chunk;
    count++;
  }
  return { text, count };
}

describe('openInput', () => {
  it('detects a feed from its head and streams the whole file in chunks, counting bytes, as often as asked', async () => {
    const feed = bigFeed();
    expect(Buffer.byteLength(feed)).toBeGreaterThan(2 * HEAD_BYTES);
    const file = join(await folder(), 'feed.json');
    await writeFile(file, feed);
    const opened = await openInput(file);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    expect(opened.format).toBe('json-feed');
    expect(opened.text.head.length).toBeLessThanOrEqual(HEAD_BYTES);
    const first = await readAll(opened.text.chunks());
    expect(first.text).toBe(feed);
    expect(first.count).toBeGreaterThan(1);
    expect(opened.bytesRead()).toBe(Buffer.byteLength(feed));
    expect(opened.size).toBe(Buffer.byteLength(feed));
    expect((await readAll(opened.text.chunks())).text).toBe(feed);
  });

  it('reads a feed from standard input once, head and rest together', async () => {
    const feed = bigFeed();
    const stdin = Readable.from([Buffer.from(feed.slice(0, 1000)), Buffer.from(feed.slice(1000))]);
    const opened = await openInput('-', stdin);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    expect((await readAll(opened.text.chunks())).text).toBe(feed);
    expect(opened.size).toBeUndefined();
    // A second reading (a WordPress export whose attachments follow their posts) gets the same text.
    expect((await readAll(opened.text.chunks())).text).toBe(feed);
  });

  it('decodes UTF-16 with a byte-order mark, and hands a single page over as its bytes', async () => {
    const dir = await folder();
    const utf16 = join(dir, 'feed-utf16.json');
    const feed = '{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "평양"}]}';
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, 'utf16le')]));
    const opened = await openInput(utf16);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    expect((await readAll(opened.text.chunks())).text).toBe(feed);

    const page = join(dir, 'page.txt');
    await writeFile(page, 'Envoys meet\n\nThey met.');
    expect(await openInput(page)).toEqual({ kind: 'page', bytes: Buffer.from('Envoys meet\n\nThey met.') });
  });

  it('fails a feed that is not valid UTF-8, naming the byte, and a missing file, saying what to check', async () => {
    const dir = await folder();
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      Buffer.concat([
        Buffer.from('{"version": "https://jsonfeed.org/version/1.1", "items": ["'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"]}'),
      ]),
    );
    const opened = await openInput(bad);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    // The byte that starts the broken character (0xc3), not the one after it.
    const at = Buffer.byteLength('{"version": "https://jsonfeed.org/version/1.1", "items": ["');
    await expect(readAll(opened.text.chunks())).rejects.toThrow(
      `the text is not valid UTF-8 at byte ${at} and declares no other encoding; save the file as UTF-8, or declare the encoding it is in`,
    );
    await expect(openInput(join(dir, 'missing.json'))).rejects.toThrow(
      'cannot read the input: there is no such file; check the path and the spelling',
    );
  });

  /** Every item of an RSS file opened as the CLI opens it. */
  async function rssItems(file: string): Promise<ParsedItem[]> {
    const opened = await openInput(file);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    expect(opened.format).toBe('rss');
    const items: ParsedItem[] = [];
    for await (const item of parseRss(opened.text, { sources: [] })) items.push(item);
    return items;
  }
  const pages = (items: ParsedItem[]) =>
    items.map((item) => ('page' in item.result ? item.result.page : item.result.error));

  it('decodes feeds in the encoding their XML declaration names: ISO-8859-1, EUC-KR, windows-1252', async () => {
    const latin1 = pages(await rssItems(join(importerFixtures, 'encodings/iso-8859-1-declared-accented-names.xml')));
    expect(latin1.map((p) => typeof p !== 'string' && [p.fields.title, p.fields.byline])).toEqual([
      ['Rencontre à Genève entre émissaires coréens', ['Hélène Müller']],
      ['Séoul réagit aux propos de Pyongyang', ['José Ibáñez']],
    ]);
    const korean = pages(await rssItems(join(importerFixtures, 'encodings/euc-kr-declared-korean-feed.xml')));
    expect(korean.map((p) => typeof p !== 'string' && p.fields.title)).toEqual([
      '남북 실무회담 판문점서 열려',
      '통일부 "대화 계속할 것"',
    ]);
    expect(typeof korean[0] !== 'string' && korean[0]!.body).toBe(
      '남북 대표단이 판문점 평화의 집에서 만나 후속 일정을 논의했다. 양측은 다음 회의 날짜를 정하지 못했다.',
    );
    const [quotes] = pages(await rssItems(join(importerFixtures, 'encodings/windows-1252-curly-quotes.xml')));
    expect(typeof quotes !== 'string' && [quotes!.fields.title, quotes!.body]).toEqual([
      '“No deal yet” after envoys’ second day',
      'Negotiators left the hotel without a statement — aides said only that talks were “useful” and would go on…',
    ]);
  });

  it('reads an RSS 0.91 feed with the Netscape DOCTYPE (never fetched) and the HTML entities its DTD declares', async () => {
    const items = pages(await rssItems(join(importerFixtures, 'doctype/rss-0.91-netscape-doctype-html-entities.xml')));
    expect(items.map((p) => typeof p !== 'string' && p.fields.title)).toEqual([
      'Envoys meet in Panmunjom',
      'Summit date set',
    ]);
    expect(typeof items[0] !== 'string' && items[0]!.body).toContain(
      'said Renée Dubois, who watched from the café across the line — the first',
    );
  });

  it('gives every item wholly before a bad byte, then fails naming the byte, the encoding and the item it falls in', async () => {
    const item = (i: number) =>
      `<item><title>Talks, day ${i}</title><pubDate>Tue, 12 Mar 2019 09:30:00 +0100</pubDate><description>${'Envoys met again. '.repeat(20)}</description></item>\n`;
    const head = '<?xml version="1.0" encoding="EUC-KR"?>\n<rss version="2.0"><channel><title>t</title>\n';
    const before = head + Array.from({ length: 200 }, (_, i) => item(i + 1)).join('') + '<item><title>Talks, day 201 ';
    const bytes = Buffer.concat([
      Buffer.from(before),
      Buffer.from([0xff, 0xff]),
      Buffer.from(`</title></item>\n${item(202)}</channel></rss>`),
    ]);
    expect(bytes.length).toBeGreaterThan(HEAD_BYTES);
    const file = join(await folder(), 'bad-byte-in-item-201.xml');
    await writeFile(file, bytes);
    const items = await rssItems(file);
    expect(items).toHaveLength(201);
    expect(items.slice(0, 200).every((i) => 'page' in i.result)).toBe(true);
    expect(items[200]).toEqual({
      position: 'item 201 (line 203)',
      result: {
        error: `the text is not valid EUC-KR at byte ${before.length}, though the file declares EUC-KR in its XML declaration; fix the declaration to the encoding the file is saved in (or save it as UTF-8) and import it again`,
      },
    });
  });

  it('decodes a feed holding raw control characters (NUL, BEL, ESC) as they are, leaving them to the parser', async () => {
    const feed =
      '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Flash\u0007\u0007 \u001b[1mTalks\u0000"}]}';
    const file = join(await folder(), 'controls.json');
    await writeFile(file, feed);
    const opened = await openInput(file);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    expect((await readAll(opened.text.chunks())).text).toBe(feed);
  });
});
