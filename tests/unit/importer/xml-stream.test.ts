import { describe, expect, it } from 'vitest';
import { generateWxr } from '../../../scripts/bench/wxr-corpus.ts';
import { child, collectRecords, XmlSyntaxError, type XmlElement } from '../../../src/importer/xml-stream.ts';

const items = (element: { local: string }, ancestors: readonly { local: string }[]) => element.local === 'item' && ancestors.length === 2;

async function collect(chunks: Iterable<string>): Promise<XmlElement[]> {
  const found: XmlElement[] = [];
  for await (const record of collectRecords(chunks, items)) found.push(record);
  return found;
}

const DOC = `<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n<item><title>A &amp; B&#8217;s</title><wp:post_id>1</wp:post_id></item>\n<item><title><![CDATA[<b>C</b>]]></title><wp:post_id a="x">2</wp:post_id></item>\n</channel></rss>`;

describe('collectRecords', () => {
  it('hands over each record as a tree, entities and CDATA decoded, with namespaces and its line', async () => {
    const [first, second] = await collect([DOC]);
    expect(child(first!, 'title')!.text).toBe('A & B’s');
    expect(child(second!, 'title')!.text).toBe('<b>C</b>');
    const id = child(second!, 'post_id', (uri) => uri === 'http://wordpress.org/export/1.2/')!;
    expect(id).toMatchObject({ name: 'wp:post_id', text: '2', attributes: { a: 'x' } });
    expect([first!.line, second!.line]).toEqual([3, 4]);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = await collect([DOC]);
    const byChar = await collect(DOC.split(''));
    expect(byChar).toEqual(whole);
  });

  it('yields the records read before a break, then throws an error with the line and column', async () => {
    const cut = DOC.slice(0, DOC.indexOf('<item><title><![CDATA'));
    const found: XmlElement[] = [];
    const error = await (async () => {
      for await (const record of collectRecords([cut], items)) found.push(record);
    })().catch((e: unknown) => e);
    expect(found).toHaveLength(1);
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect((error as XmlSyntaxError).line).toBe(4);
    expect((error as Error).message).toMatch(/^line 4, column \d+: /);
  });

  it('holds only the record being read: a 20,000-item export streams in a few MB', async () => {
    let size = 0;
    const chunks = function* () {
      for (const chunk of generateWxr(12_000)) {
        size += chunk.length;
        yield chunk;
      }
    };
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const record of collectRecords(chunks(), items)) {
      count++;
      if (count % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      expect(record.local).toBe('item');
    }
    expect(count).toBeGreaterThan(19_000);
    expect(size).toBeGreaterThan(60_000_000);
    // Holding the document would grow the heap by at least its size; garbage awaiting collection stays far below it.
    expect(peak).toBeLessThan(size / 4);
  }, 30_000);
});
