import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir, partCacheDir, sourceDigest } from '../../src/build-cache.ts';

describe('build caches', () => {
  it('keep the sample archive in node_modules/.astro and every other content folder in its own', () => {
    expect(contentCacheDir('content', '/p')).toBe('/p/node_modules/.astro');
    const other = contentCacheDir('/archives/seoul', '/p');
    expect(other).toMatch(/^\/p\/node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(contentCacheDir('/archives/seoul', '/p')).toBe(other);
    expect(contentCacheDir('/archives/busan', '/p')).not.toBe(other);
  });

  it('see any edit to a Markdown plugin, so pages made with the old code are not reused', async () => {
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
