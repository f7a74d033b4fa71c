import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateWxr } from '../../../../../scripts/bench/wxr-corpus.ts';
import type { InputText } from '../../../../../src/importer/types.ts';
import { DecodeError } from '../../../../../src/importer/errors.ts';
import {
  child,
  childText,
  innerMarkup,
  MAX_ITEM_DEPTH,
  MAX_ITEM_SIZE,
  textContent,
  xmlErrorItem,
  xmlItems,
  xmlLang,
  type XmlElement,
  type XmlItemEvent,
} from '../../../../../src/importer/formats/items/xml-items.ts';

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

const itemsOf = (got: XmlItemEvent[]) =>
  got.map((e) => (e.kind === 'item' ? e.element : undefined)).filter((e): e is XmlElement => e !== undefined);

describe('xmlItems', () => {
  const doc =
    '<r xmlns:x="urn:x" xml:lang="ko"><head>h</head>\n<item n="1"><x:t>a &amp; <![CDATA[<b>]]></x:t></item>\n<item><t>b</t></item></r>';

  it('gives each item once it closes, numbered, with its line and its ancestors (without earlier items)', async () => {
    const got = await events(doc, 3);
    expect(got.map((e) => (e.kind === 'item' ? [e.index, e.element.line, e.element.attributes.n] : e.kind))).toEqual([
      [1, 2, '1'],
      [2, 3, undefined],
    ]);
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
      expect(
        got.map((e) => e.kind),
        String(size),
      ).toEqual(['item', 'error']);
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
    expect(inside[1]).toMatchObject({
      kind: 'error',
      message: '<title> opened at line 4 is never closed',
      inItem: { index: 2, line: 4 },
    });
  });

  it('holds only the item being read: a 20,000-item export streams in a few MB', async () => {
    // Heap in use right after a full collection: what the reader retains, not garbage awaiting a
    // collection (which depends on what else the worker ran and made this test flaky on a loaded CI).
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const retained = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
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
    const before = retained();
    let peak = 0;
    let count = 0;
    for await (const event of xmlItems(input, (e, ancestors) => e.local === 'item' && ancestors.length === 2)) {
      if (event.kind === 'error') throw new Error(event.message);
      count++;
      if (count % 2_000 === 0) peak = Math.max(peak, retained() - before);
      expect(event.element.local).toBe('item');
    }
    expect(count).toBeGreaterThan(19_000);
    expect(size).toBeGreaterThan(60_000_000);
    // Holding the document (or each item read so far) would keep at least its size.
    expect(peak).toBeLessThan(size / 10);
  }, 60_000);
});

describe('xmlItems on RSS 1.0', () => {
  it('gives the items beside the channel under rdf:RDF, with the channel (closed before them) still a child of their parent', async () => {
    const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
    const RSS1 = 'http://purl.org/rss/1.0/';
    const doc = `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="${RDF}" xmlns="${RSS1}" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel rdf:about="https://x.example/"><title>Desk</title><dc:language>ko</dc:language><items><rdf:Seq><rdf:li rdf:resource="https://x.example/1"/></rdf:Seq></items></channel>\n<item rdf:about="https://x.example/1"><title>One</title></item>\n<item rdf:about="https://x.example/2"><title>Two</title></item>\n</rdf:RDF>`;
    const got: XmlItemEvent[] = [];
    const isItem = (e: XmlElement, ancestors: readonly XmlElement[]) =>
      e.uri === RSS1 && e.local === 'item' && ancestors.at(-1)?.uri === RDF && ancestors.at(-1)?.local === 'RDF';
    for await (const event of xmlItems(inputOf(doc, 7), isItem)) got.push(event);
    const items = got.map((e) =>
      e.kind === 'item'
        ? [e.index, childText(e.element, RSS1, 'title'), e.element.attributes[`{${RDF}}about`]]
        : e.kind,
    );
    expect(items).toEqual([
      [1, 'One', 'https://x.example/1'],
      [2, 'Two', 'https://x.example/2'],
    ]);
    const second = got[1]!;
    if (second.kind !== 'item') throw new Error('expected an item');
    const channel = child(second.ancestors[0]!, RSS1, 'channel');
    expect(channel && childText(channel, 'http://purl.org/dc/elements/1.1/', 'language')).toBe('ko');
  });
});

describe('xmlItems on hostile and damaged input', () => {
  const summary = (got: XmlItemEvent[]) =>
    got.map((e) =>
      e.kind === 'item'
        ? `item ${e.index}: ${childText(e.element, '', 't')}`
        : `${e.fatal ? 'fatal' : 'skipped'} ${e.problem} in item ${e.inItem?.index}`,
    );

  it('leaves out an item nested 3,000 levels deep, naming the depth and the limit, and reads the items after it', async () => {
    const deep = `${'<d>'.repeat(3000)}x${'</d>'.repeat(3000)}`;
    const got = await events(
      `<r>\n<item><t>one</t></item>\n<item><t>two</t>${deep}</item>\n<item><t>three</t></item></r>`,
      4096,
    );
    expect(summary(got)).toEqual(['item 1: one', 'skipped too-deep in item 2', 'item 3: three']);
    const error = got[1]!;
    if (error.kind !== 'error') throw new Error('expected an error');
    expect(error.message).toBe(
      `it nests elements 3000 levels deep, more than the ${MAX_ITEM_DEPTH} an item may have; it is left out and the items after it are read. Flatten its markup in the source and import it again`,
    );
    expect(xmlErrorItem(error, 'item')).toEqual({ position: 'item 2 (line 3)', result: { error: error.message } });
  });

  it('reads 100,000 nested elements in linear time, inside an item or around the items', async () => {
    const nested = (n: number) => `${'<d>'.repeat(n)}${'</d>'.repeat(n)}`;
    const inside = await events(`<r><item><t>a</t>${nested(100_000)}</item><item><t>b</t></item></r>`, 65_536);
    expect(summary(inside)).toEqual(['skipped too-deep in item 1', 'item 2: b']);
    const around = await events(`<r><item><t>a</t></item>${nested(100_000)}<item><t>b</t></item></r>`, 65_536);
    expect(summary(around)).toEqual(['item 1: a', 'item 2: b']);
    // Quadratic copying of the element stack took minutes here; linear work takes well under a second.
  }, 20_000);

  it('leaves out an item longer than the cap, naming its size and the cap, and reads the next', async () => {
    for (const body of [
      'x'.repeat(MAX_ITEM_SIZE + 1024),
      `<![CDATA[${'y'.repeat(MAX_ITEM_SIZE + 1024)}]]>`,
      `<p>${'z'.repeat(1023)}&amp;</p>`.repeat(MAX_ITEM_SIZE / 1024 + 1),
    ]) {
      const got = await events(`<r><item><t>big</t><body>${body}</body></item><item><t>small</t></item></r>`, 65_536);
      expect(summary(got)).toEqual(['skipped too-large in item 1', 'item 2: small']);
      const error = got[0]!;
      if (error.kind !== 'error') throw new Error('expected an error');
      expect(error.message).toMatch(
        /^it is 3\d\.\d MiB long, more than the 32\.0 MiB an item may be; it is left out and the items after it are read/,
      );
    }
  }, 60_000);

  it('drops control characters XML forbids (NUL, BEL, ESC) instead of failing the feed at the first', async () => {
    const got = await events(
      '<r><item><t>Talks\u0000 resume\u0007</t></item><item><t>\u001b[1mSummit</t></item></r>',
      5,
    );
    expect(summary(got)).toEqual(['item 1: Talks resume', 'item 2: [1mSummit']);
  });

  it('decodes HTML named entities and the internal subset’s in a document with a DOCTYPE, and still refuses them without one', async () => {
    const doctype =
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd" [\n<!ENTITY desk "Asia desk">\n]>\n';
    const body = '<r><item><t>Ren&eacute;e&nbsp;Dubois &mdash; &desk; &amp; &#233;</t></item></r>';
    expect(summary(await events(doctype + body, 3))).toEqual(['item 1: Renée\u00a0Dubois — Asia desk & é']);
    const strict = await events(body);
    expect(strict[0]).toMatchObject({ kind: 'error', problem: 'malformed', fatal: true, message: 'undefined entity' });
  });

  it('gives the items before a byte the input cannot decode, then an error naming the byte and the item it falls in', async () => {
    const input: InputText = {
      head: '',
      async *chunks() {
        yield '<r>\n<item><t>one</t></item>\n<item><t>two</t></item>\n<item><t>thr';
        throw new DecodeError(
          'the text is not valid EUC-KR at byte 70, though the file declares EUC-KR in its XML declaration; fix it',
          70,
          'EUC-KR',
        );
      },
    };
    const got: XmlItemEvent[] = [];
    for await (const event of xmlItems(input, (e) => e.local === 'item')) got.push(event);
    expect(summary(got)).toEqual(['item 1: one', 'item 2: two', 'fatal encoding in item 3']);
    const error = got[2]!;
    if (error.kind !== 'error') throw new Error('expected an error');
    expect(xmlErrorItem(error, 'item')).toEqual({
      position: 'item 3 (line 4)',
      result: {
        error:
          'the text is not valid EUC-KR at byte 70, though the file declares EUC-KR in its XML declaration; fix it',
      },
    });
  });
});

describe('innerMarkup', () => {
  it('writes elements back as markup with text and attributes escaped and void elements left open', async () => {
    const [item] = await events('<item><p class="a&quot;b">x &lt; y<br/></p><img src="s.png"/></item>');
    if (item?.kind !== 'item') throw new Error('expected an item');
    expect(innerMarkup(item.element)).toBe('<p class="a&quot;b">x &lt; y<br></p><img src="s.png">');
  });
});
