import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleShards, shardProblem } from '../../../scripts/lib/build-parts.ts';
import type { ShardMark } from '../../../src/caches/shard-marks.ts';
import { BUNDLE_MANIFEST, parseBundleManifest } from '../../../src/search/bundle-manifest.ts';
import { BUNDLE_DIR } from '../../../src/search/keys.ts';

const plan = [['2016'], ['2017'], ['2018']];
const mark = (index: number, count = 3, of = plan): ShardMark => ({ version: 1, index, count, plan: of });

describe('merging shards', () => {
  it('accepts each shard of the plan once, in any order', () => {
    expect(shardProblem(['c', 'a', 'b'], [mark(3), mark(1), mark(2)], plan)).toBeUndefined();
  });

  it('names the missing shards, a repeated one, one of another N and one of another archive', () => {
    expect(shardProblem(['a', 'c'], [mark(1), mark(3)], plan)).toBe(
      'shard 2/3 missing; pass the folders of all 3 shards to --merge',
    );
    expect(shardProblem(['a', 'b', 'a2'], [mark(1), mark(2), mark(1)], plan)).toBe(
      'a and a2 are both shard 1/3; pass each shard once',
    );
    expect(shardProblem(['a', 'b'], [mark(1, 2), mark(2, 2)], plan)).toMatch(
      /^a is shard 1\/2, but the others are of 3/,
    );
    expect(shardProblem(['a', 'b', 'c'], [mark(1), mark(2), mark(3, 3, [['2016'], ['2017'], ['2019']])], plan)).toMatch(
      /^c was built from another archive/,
    );
  });
});

describe('assembling the merged site', () => {
  async function shard(root: string, name: string, year: string, slug: string): Promise<string> {
    const dir = join(root, name);
    await mkdir(join(dir, 'articles', year, '01', '20', slug), { recursive: true });
    await writeFile(join(dir, 'articles', year, '01', '20', slug, 'index.html'), `<h1>${slug}</h1>`);
    await mkdir(join(dir, BUNDLE_DIR, year), { recursive: true });
    await writeFile(join(dir, BUNDLE_DIR, year, 'pagefind-entry.json'), '{}');
    await writeFile(join(dir, BUNDLE_DIR, 'pagefind.js'), `// ${name}`);
    const bundles = [{ key: year, years: [year], pages: 1, digest: year }];
    await writeFile(join(dir, BUNDLE_DIR, BUNDLE_MANIFEST), JSON.stringify({ version: 1, bundles }));
    return dir;
  }

  it('puts every shard’s pages and bundles into the site, and lists the bundles newest first', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-assemble-'));
    const dirs = [await shard(root, 'a', '2016', 'talks-open'), await shard(root, 'b', '2017', 'talks-resume')];
    const site = join(root, 'site');
    await mkdir(join(site, 'articles'), { recursive: true });
    await writeFile(join(site, 'articles', 'index.html'), '<h1>Articles</h1>');
    expect(await assembleShards(site, dirs)).toEqual({ pages: 2, bundles: 2, linked: true });
    expect(await readFile(join(site, 'articles/2016/01/20/talks-open/index.html'), 'utf8')).toBe('<h1>talks-open</h1>');
    expect(await readFile(join(site, 'articles/2017/01/20/talks-resume/index.html'), 'utf8')).toBe(
      '<h1>talks-resume</h1>',
    );
    expect(await readFile(join(site, 'articles/index.html'), 'utf8')).toBe('<h1>Articles</h1>');
    const manifest = parseBundleManifest(await readFile(join(site, BUNDLE_DIR, BUNDLE_MANIFEST), 'utf8'));
    expect(manifest.bundles.map((b) => b.key)).toEqual(['2017', '2016']);
    expect(await readFile(join(site, BUNDLE_DIR, '2016', 'pagefind-entry.json'), 'utf8')).toBe('{}');
  });

  it('links the shards’ files into the site on one disk rather than copying them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-assemble-'));
    const dirs = [await shard(root, 'a', '2016', 'talks-open')];
    const site = join(root, 'site');
    await assembleShards(site, dirs);
    const page = 'articles/2016/01/20/talks-open/index.html';
    const [merged, own] = [await stat(join(site, page)), await stat(join(dirs[0]!, page))];
    expect(merged.ino).toBe(own.ino);
    expect(merged.nlink).toBe(2);
  });

  // A shard's folder on another file system (a CI artifact on another disk) cannot be linked from: its files are copied.
  const otherDisk = '/dev/shm';
  it.runIf(existsSync(otherDisk))(
    'copies the files of shards on another file system, and the copies are whole',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'dateline-assemble-'));
      const elsewhere = await mkdtemp(join(otherDisk, 'dateline-assemble-'));
      const dirs = [await shard(elsewhere, 'a', '2016', 'talks-open'), await shard(root, 'b', '2017', 'talks-resume')];
      expect((await stat(elsewhere)).dev).not.toBe((await stat(root)).dev);
      const site = join(root, 'site');
      expect(await assembleShards(site, dirs)).toEqual({ pages: 2, bundles: 2, linked: false });
      expect(await readFile(join(site, 'articles/2016/01/20/talks-open/index.html'), 'utf8')).toBe(
        '<h1>talks-open</h1>',
      );
      expect(await readFile(join(site, 'articles/2017/01/20/talks-resume/index.html'), 'utf8')).toBe(
        '<h1>talks-resume</h1>',
      );
      expect((await stat(join(site, 'articles/2016/01/20/talks-open/index.html'))).nlink).toBe(1);
    },
  );

  it('overwrites nothing: a page two shards both wrote is an error naming it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-assemble-'));
    const dirs = [await shard(root, 'a', '2016', 'talks-open'), await shard(root, 'b', '2016', 'talks-open')];
    await writeFile(join(dirs[1]!, 'articles/2016/01/20/talks-open/index.html'), '<h1>another</h1>');
    const site = join(root, 'site');
    await expect(assembleShards(site, dirs)).rejects.toThrow(
      `${join(site, 'articles/2016/01/20/talks-open/index.html')} was written by two parts of the build; nothing is overwritten`,
    );
    expect(await readFile(join(site, 'articles/2016/01/20/talks-open/index.html'), 'utf8')).toBe('<h1>talks-open</h1>');
  });
});
