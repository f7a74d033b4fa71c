import { describe, expect, it } from 'vitest';
import { child, childText, innerMarkup, xmlItems, xmlLang, type XmlItemEvent } from '../../../src/importer/xml-items.ts';
import { textInput } from './feed-fixtures.ts';

const events = async (text: string, size?: number) => {
  const out: XmlItemEvent[] = [];
  for await (const event of xmlItems(textInput(text, size), (e) => e.local === 'item')) out.push(event);
  return out;
};

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

  it('stops at the first well-formedness error with its line and column', async () => {
    for (const size of [4, 4096]) {
      const got = await events('<r>\n<item><t>ok</t></item>\n<item><t>bad</u></item>\n<item/></r>', size);
      expect(got.map((e) => e.kind), String(size)).toEqual(['item', 'error']);
      expect(got[1]).toMatchObject({ kind: 'error', line: 3, inItem: { index: 2, line: 3 } });
    }
  });
});

describe('innerMarkup', () => {
  it('writes elements back as markup with text and attributes escaped and void elements left open', async () => {
    const [item] = await events('<item><p class="a&quot;b">x &lt; y<br/></p><img src="s.png"/></item>');
    if (item?.kind !== 'item') throw new Error('expected an item');
    expect(innerMarkup(item.element)).toBe('<p class="a&quot;b">x &lt; y<br></p><img src="s.png">');
  });
});
