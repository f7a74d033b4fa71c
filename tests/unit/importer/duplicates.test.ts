import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, indexArticles, sameStory } from '../../../src/importer/duplicates.ts';

describe('DuplicateIndex', () => {
  const index = new DuplicateIndex();
  index.add('articles/2016/talks.md', { title: 'Talks open  in Seoul', date: '2016-01-20T19:27:00+09:00', originalUrl: 'https://wire.example/story/1/' });

  it('finds the same original URL, whatever the title', () => {
    expect(index.find({ title: 'Other', date: '2017-01-01', originalUrl: 'https://wire.example/story/1#top' })).toEqual({
      file: 'articles/2016/talks.md',
      reason: 'the same originalUrl https://wire.example/story/1#top',
    });
  });

  it('finds the same title on the same day, ignoring case, spacing and the time', () => {
    expect(index.find({ title: 'talks open in Seoul', date: '2016-01-20' })).toEqual({
      file: 'articles/2016/talks.md',
      reason: 'the same title on the same day',
    });
  });

  it('does not match the same title on another day, or another story', () => {
    expect(index.find({ title: 'Talks open in Seoul', date: '2016-01-21' })).toBeUndefined();
    expect(index.find({ title: 'Talks close in Seoul', date: '2016-01-20', originalUrl: 'https://wire.example/story/2' })).toBeUndefined();
  });
});

describe('sameStory', () => {
  const february = { title: 'North Korea fires ballistic missile', date: '2017-02-12', originalUrl: 'https://wire.example/story/7' };

  it('is the same story for the same original URL, or the same title on the same day', () => {
    expect(sameStory(february, { title: 'Missile launch', date: '2017-02-13', originalUrl: 'https://wire.example/story/7/' })).toBe(
      'the same originalUrl https://wire.example/story/7/',
    );
    expect(sameStory(february, { title: 'north korea fires  ballistic missile', date: '2017-02-12T08:10:00+09:00' })).toBe('the same title on the same day');
  });

  it('is another story for the same headline on another day, or front matter it cannot read', () => {
    expect(sameStory(february, { title: 'North Korea fires ballistic missile', date: '2017-03-06' })).toBeUndefined();
    expect(sameStory({}, { title: 'North Korea fires ballistic missile', date: '2017-02-12' })).toBeUndefined();
  });
});

describe('indexArticles', () => {
  it('reads every article under the folders, skipping hidden and broken files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-dups-'));
    await mkdir(join(dir, '2016'), { recursive: true });
    await writeFile(join(dir, '2016/a.md'), '---\ntitle: Talks open\ndate: 2016-01-20\n---\nText.\n');
    await writeFile(join(dir, '2016/.b.md.tmp'), '---\ntitle: Hidden\ndate: 2016-01-20\n---\n');
    await writeFile(join(dir, '2016/.c.md'), '---\ntitle: Hidden\ndate: 2016-01-20\n---\n');
    await writeFile(join(dir, '2016/broken.md'), '---\ntitle: [unclosed\n---\n');
    const index = await indexArticles([dir, join(dir, 'missing')]);
    expect(index.find({ title: 'Talks open', date: '2016-01-20' })?.file).toBe(join(dir, '2016/a.md'));
    expect(index.find({ title: 'Hidden', date: '2016-01-20' })).toBeUndefined();
  });
});
