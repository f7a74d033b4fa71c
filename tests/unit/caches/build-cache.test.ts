import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentCacheDir,
  localModuleGraph,
  moduleGraphDigest,
  partCacheDir,
  sourceDigest,
} from '../../../src/caches/build-cache.ts';

describe('build caches', () => {
  it('keep the sample archive in node_modules/.astro and every other content folder in its own', () => {
    expect(contentCacheDir('content', '/p')).toBe('/p/node_modules/.astro');
    const other = contentCacheDir('/archives/seoul', '/p');
    expect(other).toMatch(/^\/p\/node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(contentCacheDir('/archives/seoul', '/p')).toBe(other);
    expect(contentCacheDir('/archives/busan', '/p')).not.toBe(other);
  });

  it('see any edit to a Markdown plugin or to a module it imports from another folder, and nothing it does not import', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-graph-'));
    await mkdir(join(dir, 'markdown'));
    await mkdir(join(dir, 'lib'));
    await writeFile(
      join(dir, 'markdown/index.ts'),
      "import plugin from './rehype-links.ts';\nexport default [plugin];\n",
    );
    await writeFile(
      join(dir, 'markdown/rehype-links.ts'),
      "import { createUrls } from '../lib/urls.ts';\nexport default () => createUrls;\n",
    );
    await writeFile(
      join(dir, 'lib/urls.ts'),
      "export { base } from './base.ts';\nexport const createUrls = () => '/';\n",
    );
    await writeFile(join(dir, 'lib/base.ts'), "export const base = '/';\n");
    await writeFile(join(dir, 'lib/unrelated.ts'), 'export const x = 1;\n');
    const entry = join(dir, 'markdown/index.ts');
    const before = moduleGraphDigest(entry);
    await writeFile(join(dir, 'lib/unrelated.ts'), 'export const x = 2;\n');
    expect(moduleGraphDigest(entry)).toBe(before);
    await writeFile(join(dir, 'lib/base.ts'), "export const base = '/archive/';\n");
    expect(moduleGraphDigest(entry)).not.toBe(before);
  });

  it('follow the real pipeline out of src/markdown/ to the URL builder and the typography rules', () => {
    const src = join(import.meta.dirname, '../../../src');
    const graph = localModuleGraph(join(src, 'markdown/index.ts')).map((file) => file.slice(src.length + 1));
    expect(graph).toEqual(
      expect.arrayContaining([
        'markdown/index.ts',
        'markdown/rehype-base-path.ts',
        'views/urls.ts',
        'i18n/typography.ts',
      ]),
    );
  });

  it('see any edit to a source folder, so entries checked with the old model are checked again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-digest-'));
    await writeFile(join(dir, 'plugin.ts'), 'export const strip = ["script"];\n');
    const before = sourceDigest(dir);
    expect(sourceDigest(dir)).toBe(before);
    await writeFile(join(dir, 'plugin.ts'), 'export const strip = ["script", "iframe"];\n');
    expect(sourceDigest(dir)).not.toBe(before);
    const edited = sourceDigest(dir);
    await writeFile(join(dir, 'another.ts'), '');
    expect(sourceDigest(dir)).not.toBe(edited);
  });
});

describe('the cache of each part of a build in parts', () => {
  it('is the content folder’s own for a whole build, and a folder inside it for each shard and the merge', () => {
    expect(partCacheDir('/c', { kind: 'whole' })).toBe('/c');
    const shards = [1, 2].map((index) => partCacheDir('/c', { kind: 'shard', index, count: 2 }));
    expect(new Set([...shards, partCacheDir('/c', { kind: 'merge' })]).size).toBe(3);
    for (const dir of [...shards, partCacheDir('/c', { kind: 'merge' })]) expect(dir.startsWith('/c/')).toBe(true);
  });
});
