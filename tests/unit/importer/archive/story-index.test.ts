import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../src/importer/archive/duplicates.ts';
import {
  filedVersion,
  indexStories,
  StoryIndex,
  type StoredStory,
} from '../../../../src/importer/archive/story-index.ts';

const take =
  'SEOUL, March 6 (Yonhap) -- North Korea fired four ballistic missiles into the East Sea early Monday, the Joint Chiefs of Staff said.\n';
const lead = `${take.trim()} Three of them came down in waters Japan claims as its economic zone.\n\nThe presidential office called a security meeting.\n`;
const cruise =
  'SEOUL, March 6 (Yonhap) -- North Korea fired several cruise missiles off its west coast Monday afternoon, a military source said.\n';
const protest =
  'SEOUL, March 6 (Yonhap) -- Japan lodged a protest through its embassy in Beijing on Monday evening, the foreign ministry in Tokyo said.\n';

const article = (title: string, date: string, body: string, more: Record<string, unknown> = {}): Story => ({
  data: { title, date, source: 'yonhap', ...more },
  body,
});

/** A stored story from its current version and earlier ones, with the bodies a reader would find in each file. */
function stored(file: string, current: Story, earlier: Story[] = [], bodies = new Map<string, string>()): StoredStory {
  bodies.set(file, current.body);
  const versions = earlier.map((story, i) => {
    const path = file.replace(/\.md$/, `/versions/${i + 1}.md`);
    bodies.set(path, story.body);
    return filedVersion(path, i + 1, story);
  });
  return { file, current: filedVersion(file, 0, current), versions };
}

function indexOf(...stories: ((bodies: Map<string, string>) => StoredStory)[]) {
  const bodies = new Map<string, string>();
  const index = new StoryIndex();
  for (const story of stories) index.add(story(bodies));
  const read: string[] = [];
  const bodyOf = async (file: string) => {
    read.push(file);
    return bodies.get(file);
  };
  return { index, bodyOf, read };
}

describe('StoryIndex.match', () => {
  const missiles = (bodies: Map<string, string>) =>
    stored(
      '2017/missiles.md',
      article('N. Korea fires ballistic missiles into East Sea', '2017-03-06T07:50:00+09:00', take, {
        originalUrl: 'https://wire.example/1',
      }),
      [],
      bodies,
    );

  it('finds the same text as already filed, in the current file or an earlier version', async () => {
    const { index, bodyOf } = indexOf((b) =>
      stored(
        '2017/missiles.md',
        article('Missiles', '2017-03-06T09:00:00+09:00', lead),
        [article('Missiles', '2017-03-06T07:50:00+09:00', take)],
        b,
      ),
    );
    expect(await index.match(article('Other', '2018-01-01', `  ${lead.replace(/ /g, '\n')}`), bodyOf)).toMatchObject({
      kind: 'same',
      file: '2017/missiles.md',
      reason: 'the same text',
    });
    expect(await index.match(article('Other', '2018-01-01', take), bodyOf)).toMatchObject({
      kind: 'same',
      file: '2017/missiles/versions/1.md',
      story: { file: '2017/missiles.md' },
    });
  });

  it('finds a version by its original URL, whatever its headline, day and text', async () => {
    const { index, bodyOf } = indexOf(missiles);
    const found = await index.match(
      article('Something else', '2017-03-07', cruise, { originalUrl: 'https://wire.example/1/#top' }),
      bodyOf,
    );
    expect(found).toMatchObject({
      kind: 'version',
      story: { file: '2017/missiles.md' },
      reason: 'the same originalUrl https://wire.example/1/#top',
    });
  });

  it('finds a version by source, day and headline with its labels taken off, or its own label', async () => {
    const { index, bodyOf } = indexOf(missiles);
    for (const headline of [
      '(LEAD) N. Korea fires ballistic missiles into East Sea',
      'UPDATE 1-N. Korea fires ballistic missiles into East Sea',
    ]) {
      expect(await index.match(article(headline, '2017-03-06T11:20:00+09:00', lead), bodyOf), headline).toMatchObject({
        kind: 'version',
        story: { file: '2017/missiles.md' },
      });
    }
    const labelled = article('N. Korea fires ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead, {
      label: '2nd LD',
    });
    expect((await index.match(labelled, bodyOf))?.reason).toMatch(/^the same source, day and headline, labels aside/);
  });

  it('finds a version with a close headline when the first paragraphs agree', async () => {
    const { index, bodyOf } = indexOf(missiles);
    const found = await index.match(
      article('N. Korea fires 4 ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead),
      bodyOf,
    );
    expect(found?.reason).toMatch(/^the same source and day, a headline close to it/);
  });

  it('does not take another story with a similar or the same headline for a version', async () => {
    const { index, bodyOf } = indexOf(missiles);
    expect(
      await index.match(
        article('N. Korea fires ballistic missile into East Sea', '2017-03-06T15:00:00+09:00', cruise),
        bodyOf,
      ),
    ).toBeUndefined();
    expect(
      await index.match(
        article('N. Korea fires ballistic missiles into East Sea', '2017-03-06T15:00:00+09:00', protest),
        bodyOf,
      ),
    ).toBeUndefined();
    expect(
      await index.match(article('N. Korea fires cruise missiles', '2017-03-06T15:00:00+09:00', lead), bodyOf),
    ).toBeUndefined();
  });

  it('looks only at stories of the same source and day, reading no other file', async () => {
    const others = Array.from(
      { length: 200 },
      (_, i) => (b: Map<string, string>) =>
        stored(
          `2017/other-${i}.md`,
          article(
            'N. Korea fires ballistic missiles into East Sea',
            `2017-0${1 + (i % 2)}-1${i % 10}`,
            take.replace('four', `${i}`),
          ),
          [],
          b,
        ),
    );
    const { index, bodyOf, read } = indexOf(...others, missiles);
    expect(
      await index.match(
        article('(LEAD) N. Korea fires ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead),
        bodyOf,
      ),
    ).toMatchObject({ story: { file: '2017/missiles.md' } });
    expect(read).toEqual(['2017/missiles.md']);
    expect(
      await index.match(
        article('(LEAD) N. Korea fires ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead, {
          source: 'ap',
        }),
        bodyOf,
      ),
    ).toBeUndefined();
    expect(
      await index.match(
        article('(LEAD) N. Korea fires ballistic missiles into East Sea', '2017-03-07T11:20:00+09:00', lead),
        bodyOf,
      ),
    ).toBeUndefined();
  });

  it('matches a draft only by its text, so it never takes a published story’s place', async () => {
    const { index, bodyOf } = indexOf(missiles);
    expect(
      await index.match(
        article('N. Korea fires ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead, {
          draft: true,
          originalUrl: 'https://wire.example/1',
        }),
        bodyOf,
      ),
    ).toBeUndefined();
    expect(await index.match(article('Draft', '2017-03-06', take, { draft: true }), bodyOf)).toMatchObject({
      kind: 'same',
    });
  });

  it('forgets what a story held once it is added again under new numbers', async () => {
    const bodies = new Map<string, string>();
    const index = new StoryIndex();
    index.add(stored('2017/missiles.md', article('Missiles', '2017-03-06T07:50:00+09:00', take), [], bodies));
    index.add(
      stored(
        '2017/missiles.md',
        article('Missiles', '2017-03-06T11:20:00+09:00', lead),
        [article('Missiles', '2017-03-06T07:50:00+09:00', take)],
        bodies,
      ),
    );
    const bodyOf = async (file: string) => bodies.get(file);
    expect(await index.match(article('X', '2018-01-01', take), bodyOf)).toMatchObject({
      kind: 'same',
      file: '2017/missiles/versions/1.md',
    });
    expect(index.story('2017/missiles.md')?.versions).toHaveLength(1);
  });
});

describe('StoryIndex.match by identity', () => {
  const post = (id: string, title: string, date: string, body: string, more: Record<string, unknown> = {}) =>
    article(title, date, body, { importId: id, ...more });
  const intro = 'This post is part of our series on the harbour district.\n\n';

  it('never makes two identities one story, whatever their text, headline or address', async () => {
    const { index, bodyOf } = indexOf((b) =>
      stored(
        '2017/part-1.md',
        post('wordpress:https://blog.example/?p=1', 'Harbour', '2017-03-06', `${intro}Part one.`, {
          originalUrl: 'https://blog.example/part-1',
        }),
        [],
        b,
      ),
    );
    expect(
      await index.match(
        post('wordpress:https://blog.example/?p=2', 'Harbour', '2017-03-06', `${intro}Part one.`),
        bodyOf,
      ),
    ).toBeUndefined();
    expect(
      await index.match(
        post('wordpress:https://blog.example/?p=2', 'Harbour', '2017-03-06', 'Other.', {
          originalUrl: 'https://blog.example/part-1',
        }),
        bodyOf,
      ),
    ).toBeUndefined();
  });

  it('is the same version at the same filing time, even once an editor has changed the text; a later time is a new version', async () => {
    const { index, bodyOf } = indexOf((b) =>
      stored(
        '2017/missiles.md',
        post('urn:wire:1', 'Missiles', '2017-03-06T07:50:00+09:00', `${take}Corrected by the desk.`),
        [],
        b,
      ),
    );
    const again = await index.match(post('urn:wire:1', 'Missiles', '2017-03-06T07:50:00+09:00', take), bodyOf);
    expect(again).toMatchObject({ kind: 'same', file: '2017/missiles.md', differs: true });
    expect(again?.reason).toMatch(
      /the same importId urn:wire:1, filed at the same time; the archive's copy has been edited since/,
    );
    const later = await index.match(
      post('urn:wire:1', 'Missiles (LEAD)', '2017-03-06T07:50:00+09:00', lead, {
        updated: '2017-03-06T11:00:00+09:00',
      }),
      bodyOf,
    );
    expect(later).toMatchObject({ kind: 'version', story: { file: '2017/missiles.md' } });
  });

  it('takes pasted copy with no identity filed at the stored time as already in the archive, keeping the editor’s text', async () => {
    const { index, bodyOf } = indexOf((b) =>
      stored(
        '2017/missiles.md',
        post(
          'urn:wire:1',
          '(LEAD) N. Korea fires ballistic missiles into East Sea',
          '2017-03-06T11:20:00+09:00',
          `${lead}An editor added this line.`,
        ),
        [],
        b,
      ),
    );
    const pasted = await index.match(
      article('(LEAD) N. Korea fires ballistic missiles into East Sea', '2017-03-06T11:20:00+09:00', lead),
      bodyOf,
    );
    expect(pasted).toMatchObject({ kind: 'same', file: '2017/missiles.md', differs: true });
  });

  it('does not take one boilerplate text under another headline and address for the same story', async () => {
    const boilerplate = 'This is a breaking news update. Check back soon for the full story.';
    const { index, bodyOf } = indexOf((b) =>
      stored(
        '2017/fire.md',
        article('Fire at the port', '2017-03-06', boilerplate, { originalUrl: 'https://paper.example/fire' }),
        [],
        b,
      ),
    );
    expect(
      await index.match(
        article('Bridge closed', '2017-03-07', boilerplate, { originalUrl: 'https://paper.example/bridge' }),
        bodyOf,
      ),
    ).toBeUndefined();
  });
});

describe('indexStories', () => {
  it('reads every story under the folders with its versions, skipping hidden and broken files but keeping a broken version’s number', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-stories-'));
    await mkdir(join(dir, '2017/missiles/versions'), { recursive: true });
    await writeFile(
      join(dir, '2017/missiles.md'),
      `---\ntitle: Missiles\ndate: "2017-03-06T07:50:00+09:00"\nupdated: "2017-03-06T11:20:00+09:00"\nsource: yonhap\n---\n${lead}`,
    );
    await writeFile(
      join(dir, '2017/missiles/versions/1.md'),
      `---\ntitle: Missiles\ndate: "2017-03-06T07:50:00+09:00"\nsource: yonhap\n---\n${take}`,
    );
    await writeFile(join(dir, '2017/missiles/versions/2.md'), '---\ntitle: [unclosed\n---\nBroken.\n');
    await writeFile(join(dir, '2017/.hidden.md'), `---\ntitle: Hidden\ndate: 2017-03-06\n---\n${cruise}`);
    const index = await indexStories([dir, join(dir, 'missing'), dir]);
    const story = index.story(join(dir, '2017/missiles.md'));
    expect(story?.current).toMatchObject({
      date: '2017-03-06T07:50:00+09:00',
      filed: '2017-03-06T11:20:00+09:00',
      source: 'yonhap',
    });
    expect(story?.versions.map((v) => [v.number, v.filed])).toEqual([
      [1, '2017-03-06T07:50:00+09:00'],
      [2, undefined],
    ]);
    const bodyOf = async () => undefined;
    expect(await index.match({ data: {}, body: take }, bodyOf)).toMatchObject({
      kind: 'same',
      file: join(dir, '2017/missiles/versions/1.md'),
    });
    expect(await index.match({ data: {}, body: cruise }, bodyOf)).toBeUndefined();
  });
});
