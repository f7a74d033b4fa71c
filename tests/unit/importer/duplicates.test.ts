import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, indexArticles, sameStory } from '../../../src/importer/duplicates.ts';

const talks = 'SEOUL, Jan. 20 -- Talks opened in Seoul on Wednesday.\n\nBoth sides called them useful.\n';
const otherTalks = 'SEOUL, Jan. 20 -- A second round of talks was set for March.\n';

describe('DuplicateIndex', () => {
  const index = new DuplicateIndex();
  index.add('articles/2016/talks.md', { data: { title: 'Talks open in Seoul', date: '2016-01-20T19:27:00+09:00', originalUrl: 'https://wire.example/story/1/' }, body: talks });

  it('finds the same original URL, whatever the title and text', () => {
    expect(index.find({ data: { title: 'Other', date: '2017-01-01', originalUrl: 'https://wire.example/story/1#top' }, body: otherTalks })).toEqual({
      file: 'articles/2016/talks.md',
      reason: 'the same originalUrl https://wire.example/story/1#top',
    });
  });

  it('finds the same text, however it is wrapped and spaced, whatever the title', () => {
    const rewrapped = 'SEOUL, Jan. 20 --  Talks opened\nin Seoul on Wednesday.\n\n\nBoth sides called them useful.';
    expect(index.find({ data: { title: 'Seoul talks', date: '2016-01-21' }, body: rewrapped })).toEqual({
      file: 'articles/2016/talks.md',
      reason: 'the same text',
    });
  });

  it('does not match another story with the same title on the same day, or an empty body', () => {
    expect(index.find({ data: { title: 'Talks open in Seoul', date: '2016-01-20' }, body: otherTalks })).toBeUndefined();
    expect(index.find({ data: { title: 'Talks open in Seoul', date: '2016-01-20', originalUrl: 'https://wire.example/story/2' }, body: otherTalks })).toBeUndefined();
    index.add('articles/2016/photo.md', { data: { title: 'Photo' }, body: '\n' });
    expect(index.find({ data: { title: 'Another photo' }, body: '' })).toBeUndefined();
  });
});

describe('sameStory', () => {
  const february = { data: { title: 'North Korea fires ballistic missile', date: '2017-02-12', originalUrl: 'https://wire.example/story/7' }, body: talks };

  it('is the same story for the same original URL, or the same text', () => {
    expect(sameStory(february, { data: { title: 'Missile launch', date: '2017-02-13', originalUrl: 'https://wire.example/story/7/' }, body: otherTalks })).toBe(
      'the same originalUrl https://wire.example/story/7/',
    );
    expect(sameStory(february, { data: { title: 'Missile launch', date: '2017-02-13', originalUrl: 'https://mirror.example/7' }, body: ` ${talks.replace(/ /g, '  ')}` })).toBe('the same text');
  });

  it('is another story for the same headline on the same day with other text, or a file it cannot read', () => {
    expect(sameStory(february, { data: { title: 'North Korea fires ballistic missile', date: '2017-02-12', originalUrl: 'https://wire.example/story/8' }, body: otherTalks })).toBeUndefined();
    expect(sameStory(february, { data: { title: 'North Korea fires ballistic missile', date: '2017-02-12' }, body: otherTalks })).toBeUndefined();
    expect(sameStory({ data: {}, body: '' }, { data: { title: 'North Korea fires ballistic missile', date: '2017-02-12' }, body: '' })).toBeUndefined();
  });
});

describe('indexArticles', () => {
  it('reads every article under the folders, front matter and text, skipping hidden and broken files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-dups-'));
    await mkdir(join(dir, '2016'), { recursive: true });
    await writeFile(join(dir, '2016/a.md'), `---\ntitle: Talks open\ndate: 2016-01-20\noriginalUrl: https://wire.example/a\n---\n${talks}`);
    await writeFile(join(dir, '2016/.b.md.tmp'), '---\ntitle: Hidden\ndate: 2016-01-20\n---\nHidden text.\n');
    await writeFile(join(dir, '2016/.c.md'), '---\ntitle: Hidden\ndate: 2016-01-20\n---\nHidden text.\n');
    await writeFile(join(dir, '2016/broken.md'), '---\ntitle: [unclosed\n---\nBroken text.\n');
    const index = await indexArticles([dir, join(dir, 'missing')]);
    expect(index.find({ data: { originalUrl: 'https://wire.example/a' }, body: '' })?.file).toBe(join(dir, '2016/a.md'));
    expect(index.find({ data: {}, body: talks })?.file).toBe(join(dir, '2016/a.md'));
    expect(index.find({ data: {}, body: 'Hidden text.' })).toBeUndefined();
    expect(index.find({ data: {}, body: 'Broken text.' })).toBeUndefined();
  });
});
