import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkedArticles,
  checkedBy,
  checkedEntriesFile,
  readCheckedEntries,
  writeCheckedEntries,
  type CheckedEntry,
} from '../../../src/caches/checked-entries.ts';
import { contentCacheDir } from '../../../src/caches/build-cache.ts';
import { writeArticle } from '../../helpers/content.ts';

const entry = (digest: string): CheckedEntry => ({
  digest,
  filePath: 'content/articles/2016/blinken-urges-china.md',
  data: { title: 'Blinken urges China to act on North Korea', date: '2016-02-06T15:00:00-09:00', tags: ['diplomacy'] },
  images: ['map.png'],
});

describe('the entries a build checked, kept for its other parts and the next build', () => {
  it('come back as they were written, paths, fields and images alike, for the same model code', async () => {
    const file = checkedEntriesFile(await mkdtemp(join(tmpdir(), 'dateline-checked-')), 'articles');
    const entries = new Map([
      ['2016/blinken-urges-china', entry('a1')],
      ['2017/seoul-votes', entry('b2')],
    ]);
    await writeCheckedEntries(file, 'model-1', entries);
    const read = await readCheckedEntries(file, 'model-1');
    expect(read).toEqual(entries);
    // Written whole, then put in place: no partial file is left beside it.
    expect((await readdir(join(file, '..'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('are none when the model code has changed, so every file is checked by the new schema', async () => {
    const file = checkedEntriesFile(await mkdtemp(join(tmpdir(), 'dateline-checked-')), 'articles');
    await writeCheckedEntries(file, 'model-1', new Map([['2016/blinken-urges-china', entry('a1')]]));
    expect((await readCheckedEntries(file, 'model-2')).size).toBe(0);
  });

  it('are none when there is no file yet, or it was cut short', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-checked-'));
    expect((await readCheckedEntries(checkedEntriesFile(dir, 'topics'), 'model-1')).size).toBe(0);
    const file = checkedEntriesFile(dir, 'articles');
    await writeCheckedEntries(file, 'model-1', new Map([['2016/blinken-urges-china', entry('a1')]]));
    await writeFile(file, Buffer.from([0xff, 0x0f, 0x6f]));
    expect((await readCheckedEntries(file, 'model-1')).size).toBe(0);
  });

  it('are kept apart for each collection', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-checked-'));
    expect(checkedEntriesFile(dir, 'articles')).not.toBe(checkedEntriesFile(dir, 'versions'));
  });

  it('give a later step of the build (the sitemap) the articles as its sync checked them, or as the files say before any sync', async () => {
    const projectRoot = await mkdtemp(join(tmpdir(), 'dateline-project-'));
    await mkdir(join(projectRoot, 'src', 'model'), { recursive: true });
    await writeFile(join(projectRoot, 'src', 'model', 'article.ts'), 'export {};\n');
    const contentDir = join(projectRoot, 'content');
    await writeArticle(contentDir, '2016/seoul-votes.md', {
      title: 'Seoul votes',
      source: 'wire',
      section: 'Politics',
      date: '2016-04-13T18:00:00+09:00',
    });
    const fromFiles = await checkedArticles(contentDir, projectRoot);
    expect(fromFiles.map((a) => [a.id, a.data.title, a.year])).toEqual([['2016/seoul-votes', 'Seoul votes', 2016]]);
    const synced = {
      digest: 'd1',
      filePath: 'content/articles/2016/seoul-votes.md',
      data: { ...fromFiles[0]!.data, title: 'Seoul votes, as checked' },
      images: [],
    };
    await writeCheckedEntries(
      checkedEntriesFile(contentCacheDir(contentDir, projectRoot), 'articles'),
      checkedBy(projectRoot),
      new Map([['2016/seoul-votes', synced]]),
    );
    const checked = await checkedArticles(contentDir, projectRoot);
    expect(checked.map((a) => [a.id, a.data.title, a.year, a.month, a.slug])).toEqual([
      ['2016/seoul-votes', 'Seoul votes, as checked', 2016, 4, 'seoul-votes'],
    ]);
  });
});
