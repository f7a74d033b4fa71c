import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HEAD_BYTES, openInput } from '../../../src/importer/input-text.ts';

const folder = () => mkdtemp(join(tmpdir(), 'input-text-'));

/** A JSON Feed larger than the head, with a Korean name straddling chunk boundaries. */
function bigFeed(): string {
  const items = Array.from({ length: 400 }, (_, i) => ({ id: String(i), title: `Talks ${i}`, content_text: `문재인 and Kim met, day ${i}. `.repeat(8), date_published: '2018-04-27' }));
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
    await writeFile(bad, Buffer.concat([Buffer.from('{"version": "https://jsonfeed.org/version/1.1", "items": ["'), Buffer.from([0xc3, 0x28]), Buffer.from('"]}')]));
    const opened = await openInput(bad);
    if (opened.kind !== 'collection') throw new Error('expected a feed');
    const at = Buffer.byteLength('{"version": "https://jsonfeed.org/version/1.1", "items": ["') + 1;
    await expect(readAll(opened.text.chunks())).rejects.toThrow(`the text is not valid UTF-8 at byte ${at}; save the file as UTF-8`);
    await expect(openInput(join(dir, 'missing.json'))).rejects.toThrow('cannot read the input: there is no such file; check the path and the spelling');
  });
});
