/**
 * Shared by the tests of the many-article parsers: an input made from a
 * string in chunks of any size, the items a parser yields, and the checks every fixture of a
 * format gets against the `<case>.expected.json` stored beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCollectionFormat } from '../../../src/importer/input/detect.ts';
import type { CollectionFormat, InputText, ItemParser, ParsedItem } from '../../../src/importer/types.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { importerFixtures, SOURCES } from './fixtures.ts';

/** An input that hands the text over in chunks of `size` characters, so tags, entities and CDATA fall across chunk boundaries. */
export function textInput(text: string, size = 64): InputText {
  return {
    head: text.slice(0, 65_536),
    async *chunks() {
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
    },
  };
}

/** Every item the parser yields for the text. */
export async function itemsOf(parser: ItemParser, text: string, size?: number): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parser(textInput(text, size), { sources: SOURCES })) items.push(item);
  return items;
}

/** The page of an item, failing the test with the item's error when it has none. */
export function pageOf(item: ParsedItem | undefined) {
  if (!item) throw new Error('no such item');
  if ('error' in item.result) throw new Error(`${item.position}: ${item.result.error}`);
  return item.result.page;
}

/** An item as the expected files store it. */
function stored(item: ParsedItem) {
  if ('error' in item.result) return { position: item.position, error: item.result.error };
  const { fields, categories, body, notes } = item.result.page;
  return { position: item.position, fields, ...(categories ? { categories } : {}), body, notes };
}

/**
 * Every fixture of a format: detected as that format, its items exactly as expected (fields,
 * categories, body, notes) whatever the chunk size, and every page's fields valid front matter
 * once the CLI has added a source and section.
 */
export function describeItemFixtures(format: CollectionFormat, parser: ItemParser) {
  const dir = join(importerFixtures, format);
  const cases = readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name.replace(/\.\w+$/, '.expected.json')), 'utf8')),
    }));

  describe.each(cases)(`${format} fixture $name`, ({ text, expected }) => {
    it('is detected from its content as this format', () => {
      expect(detectCollectionFormat(text)).toBe(expected.format);
      expect(expected.format).toBe(format);
    });

    it('gives every item as expected, whatever the chunk size', async () => {
      for (const size of [1, 7, 4096]) expect((await itemsOf(parser, text, size)).map(stored)).toEqual(expected.items);
    });

    it('gives fields the article schema accepts', async () => {
      for (const item of await itemsOf(parser, text)) {
        const { fields } = pageOf(item);
        const checked = articleSchema.safeParse({ source: 'wire', section: 'World', ...fields });
        expect(checked.error?.issues ?? [], item.position).toEqual([]);
      }
    });
  });
}
