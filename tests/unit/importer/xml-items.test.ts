import { describe, expect, it } from 'vitest';
import { generateWxr } from '../../../scripts/bench/wxr-corpus.ts';
import type { InputText } from '../../../src/importer/page.ts';
import { child, childText, innerMarkup, textContent, xmlItems, xmlLang, type XmlElement, type XmlItemEvent } from '../../../src/importer/xml-items.ts';

/**
 * The text in chunks of `size` characters, so tags, entities and CDATA fall across chunk boundaries.
 * Not feed-fixtures' textInput: the schemas that file loads make V8 let garbage grow past the memory bound below.
 */
const inputOf = (text: string, size = 64): InputText => ({
  head: text.slice(0, 65_536),
  async *chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  },
});

const events = async (text: string, size?: number) => {
  const out: XmlItemEvent[] = [];
  for await (const event of xmlItems(inputOf(text, size), (e) => e.local === 'item')) out.push(event);
  return out;
};

const itemsOf = (got: XmlItemEvent[]) => got.map((e) => (e.kind === 'item' ? e.element : undefined)).filter((e): e is XmlElement => e !== undefined);

describe('xmlItems', () => {
  const doc = '<r xmlns:x="urn:x" xml:lang="ko"><head>h</head>\n<item n="1"><x:t>a &amp; <![CDATA[<b>]]></x:t></item>\n<item><t>b</t></item></r>';

  it('gives each item once it closes, numbered, with its line and its ancestors (without earlier items)', async () => {
    const got = await events(doc, 3);
    expect(got.map((e) => (e.kind === 'item' ? [e.index, e.element.line, e.element.attributes.n] : e.kind))).toEqual([[1, 2, '1'], [2, 3, undefined]]);
    const second = got[1]!;
    if (second.kind !== 'item') throw new Error('expected an item');
    expect(second.ancestors.map((a) => a.local)).toEqual(['r']);
    expect(second.ancestors[0]!.children.some((c) => typeof c !== 'string' && c.local === 'item')).toBe(false);
    expect(xmlLang(second.element, second.ancestors)).toBe('ko');
  });

  it('resolves namespaces and decodes entities and CDATA across chunk boundaries', async () => {
    const [firstItem] = await events(doc, 1);
    if (firstItem?.kind !== 'item') throw new Error('expected an item');
    expect(childText(firstItem.element, 'urn:x', 't')).toBe('a & <b>');
    expect(child(firstItem.element, '', 't')).toBeUndefined();
  });

  const WXR = `<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n<item><title>A &amp; B&#8217;s</title><wp:post_id>1</wp:post_id></item>\n<item><title><![CDATA[<b>C</b>]]></title><wp:post_id a="x">2</wp:post_id></item>\n</channel></rss>`;

  it('finds children in a namespace given by a test, as for WordPress’s versioned one, with the name as written', async () => {
    const [, second] = itemsOf(await events(WXR));
    const id = child(second!, (uri) => /^http:\/\/wordpress\.org\/export\/[\d.]+\/$/.test(uri), 'post_id');
    expect(id).toMatchObject({ name: 'wp:post_id', children: ['2'], attributes: { a: 'x' } });
    expect(child(second!, (uri) => uri === '', 'post_id')).toBeUndefined();
    expect(textContent(child(second!, '', 'title')!)).toBe('<b>C</b>');
  });

  it('gives the same items whatever the chunk boundaries', async () => {
    for (const text of [doc, WXR]) expect(await events(text, 1)).toEqual(await events(text, text.length));
  });

  it('gives the line a start tag begins on apart from the line it ends on', async () => {
    const [item] = itemsOf(await events('<r>\n<item a="1"\n  b="2"><t>x</t></item></r>'));
    expect([item!.startLine, item!.line]).toEqual([2, 3]);
  });

  it('stops at the first well-formedness error with its line and column', async () => {
    for (const size of [4, 4096]) {
      const got = await events('<r>\n<item><t>ok</t></item>\n<item><t>bad</u></item>\n<item/></r>', size);
      expect(got.map((e) => e.kind), String(size)).toEqual(['item', 'error']);
      expect(got[1]).toMatchObject({ kind: 'error', line: 3, inItem: { index: 2, line: 3 } });
      expect(got[1]).toMatchObject({ message: 'unexpected close tag', reason: 'unexpected close tag.' });
    }
  });

  it('hands over the items read before a break, then names the element a truncated document leaves open', async () => {
    const cut = WXR.slice(0, WXR.indexOf('<item><title><![CDATA'));
    const got = await events(cut);
    expect(got.map((e) => e.kind)).toEqual(['item', 'error']);
    expect(got[1]).toMatchObject({ kind: 'error', line: 4, message: '<channel> opened at line 2 is never closed' });
    expect(got[1]).not.toHaveProperty('inItem');
    const inside = await events(`${cut}<item><title>Half`);
    expect(inside[1]).toMatchObject({ kind: 'error', message: '<title> opened at line 4 is never closed', inItem: { index: 2, line: 4 } });
  });

  it('holds only the item being read: a 20,000-item export streams in a few MB', async () => {
    let size = 0;
    const input: InputText = {
      head: '',
      async *chunks() {
        for (const chunk of generateWxr(12_000)) {
          size += chunk.length;
          yield chunk;
        }
      },
    };
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const event of xmlItems(input, (e, ancestors) => e.local === 'item' && ancestors.length === 2)) {
      if (event.kind === 'error') throw new Error(event.message);
      count++;
      if (count % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      expect(event.element.local).toBe('item');
    }
    expect(count).toBeGreaterThan(19_000);
    expect(size).toBeGreaterThan(60_000_000);
    // Holding the document would grow the heap by at least its size; garbage awaiting collection stays far below it.
    expect(peak).toBeLessThan(size / 4);
  }, 30_000);
});

describe('innerMarkup', () => {
  it('writes elements back as markup with text and attributes escaped and void elements left open', async () => {
    const [item] = await events('<item><p class="a&quot;b">x &lt; y<br/></p><img src="s.png"/></item>');
    if (item?.kind !== 'item') throw new Error('expected an item');
    expect(innerMarkup(item.element)).toBe('<p class="a&quot;b">x &lt; y<br></p><img src="s.png">');
  });
});
