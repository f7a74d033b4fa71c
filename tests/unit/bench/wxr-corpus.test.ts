import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWxr, writeWxrCorpus } from '../../../scripts/bench/wxr-corpus.ts';
import { detectCollectionFormat } from '../../../src/importer/input/detect.ts';
import { parseWordpress } from '../../../src/importer/formats/wordpress/wordpress.ts';
import type { ParsedItem } from '../../../src/importer/types.ts';

const text = (posts: number, seed?: number) => [...generateWxr(posts, seed)].join('');

describe('generateWxr', () => {
  it('gives the same export for the same seed and another for another seed', () => {
    expect(text(20, 3)).toBe(text(20, 3));
    expect(text(20, 3)).not.toBe(text(20, 4));
  });

  it('is a WordPress export whose every post imports, with drafts, featured images and no pages', async () => {
    const xml = text(120);
    expect(detectCollectionFormat(xml.slice(0, 65536))).toBe('wordpress');
    expect(xml).toMatch(/<wp:post_type><!\[CDATA\[page\]\]>/);
    expect(xml).toMatch(/<wp:post_type><!\[CDATA\[nav_menu_item\]\]>/);
    const found: ParsedItem[] = [];
    for await (const item of parseWordpress(
      {
        head: xml,
        chunks: async function* () {
          yield xml;
        },
      },
      { sources: [] },
    ))
      found.push(item);
    expect(found).toHaveLength(120);
    const pages = found.map((item) => ('page' in item.result ? item.result.page : undefined));
    expect(pages.every(Boolean)).toBe(true);
    expect(pages.some((p) => p!.fields.draft)).toBe(true);
    expect(pages.filter((p) => p!.fields.image?.src).length).toBeGreaterThan(40);
    expect(
      pages.every((p) => p!.body.split('\n\n').length >= 4 && p!.notes.every((n) => !/featured image/.test(n))),
    ).toBe(true);
  });
});

describe('writeWxrCorpus', () => {
  it('writes the generated export to a file and returns its size', async () => {
    const file = join(tmpdir(), `wxr-corpus-${process.pid}.xml`);
    try {
      const bytes = await writeWxrCorpus(file, 15, 2);
      const written = await readFile(file, 'utf8');
      expect(written).toBe(text(15, 2));
      expect(bytes).toBe(Buffer.byteLength(written));
    } finally {
      await rm(file, { force: true });
    }
  });
});
