import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveFiles } from '../../../../src/importer/archive/archive-files.ts';
import { writeFrontMatter } from '../../../../src/importer/archive/article-file.ts';
import type { ArticleFields } from '../../../../src/importer/types.ts';
import { filedVersion, type StoredStory } from '../../../../src/importer/archive/story-index.ts';
import {
  applyFiling,
  describeFiling,
  planRewrite,
  planVersion,
  versionFile,
  type Incoming,
} from '../../../../src/importer/archive/versions.ts';
import { TargetExistsError } from '../../../../src/interchange/atomic-write.ts';
import { readFrontMatter } from '../../../../src/model/front-matter.ts';

/** One take of the story: its own time and label, and a body that says which take it is. */
function take(time: string, label?: string, day = '2017-03-06'): Incoming {
  const data = {
    title: 'N. Korea fires missiles',
    date: `${day}T${time}:00+09:00`,
    source: 'yonhap',
    section: 'World',
    ...(label && { label }),
  } as ArticleFields;
  const body = `SEOUL (Yonhap) -- The take filed at ${time}${label ? ` (${label})` : ''}.\n`;
  return { data, body, text: writeFrontMatter(data, body) };
}

/** A story on disk: its current file and earlier versions written as given, and the index's record of it. */
async function storyOnDisk(
  current: Incoming | string,
  earlier: Incoming[] = [],
): Promise<{ story: StoredStory; dir: string; read: (file: string) => Promise<string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-versions-'));
  const file = join(dir, '2017/missiles.md');
  await mkdir(join(dir, '2017/missiles/versions'), { recursive: true });
  const text = typeof current === 'string' ? current : current.text;
  await writeFile(file, text);
  const versions = [];
  for (const [i, version] of earlier.entries()) {
    await writeFile(versionFile(file, i + 1), version.text);
    versions.push(filedVersion(versionFile(file, i + 1), i + 1, version));
  }
  const story = { file, current: filedVersion(file, 0, readFrontMatter(text)), versions };
  return { story, dir, read: (f) => readFile(f, 'utf8') };
}

const dates = (text: string) => {
  const { data } = readFrontMatter(text);
  return { date: data.date, updated: data.updated, label: data.label };
};

describe('planVersion and applyFiling', () => {
  it('files a later take as the current version, keeping the one it replaces unchanged as versions/1.md first', async () => {
    const first = take('07:50');
    const { story, read } = await storyOnDisk(first);
    const filing = planVersion(story, first.text, take('11:20', 'LEAD'));
    expect(filing).toMatchObject({ kind: 'current', number: 1 });
    // The old text is kept before the current file is replaced, so a stopped run loses nothing.
    expect(filing.steps.map((s) => s.kind === 'write' && [s.file, s.overwrite])).toEqual([
      [versionFile(story.file, 1), false],
      [story.file, true],
    ]);
    await applyFiling(filing);
    expect(await read(versionFile(story.file, 1))).toBe(first.text);
    const current = await read(story.file);
    expect(dates(current)).toEqual({
      date: '2017-03-06T07:50:00+09:00',
      updated: '2017-03-06T11:20:00+09:00',
      label: 'LEAD',
    });
    expect(readFrontMatter(current).body).toBe(take('11:20', 'LEAD').body);
    expect(filing.story.versions.map((v) => [v.number, v.filed])).toEqual([[1, '2017-03-06T07:50:00+09:00']]);
    expect(filing.story.current.filed).toBe('2017-03-06T11:20:00+09:00');
    expect(describeFiling(filing, false)).toBe(
      `filed as the new current version of ${story.file}; the one it replaces is now versions/1.md`,
    );
  });

  it('puts an earlier take among the versions in time order, renumbering the later ones from the highest down', async () => {
    // The story began at 08:00; a take from 07:50 turns up later, the same day.
    const current = take('11:20', '2nd LD');
    const v1 = take('08:00');
    const v2 = take('09:00', 'LEAD');
    const storedText = writeFrontMatter(
      { ...current.data, date: v1.data.date, updated: current.data.date },
      current.body,
    );
    const { story, read } = await storyOnDisk(storedText, [v1, v2]);
    const filing = planVersion(story, storedText, take('07:50', 'URGENT'));
    expect(filing).toMatchObject({ kind: 'earlier', number: 1, renumbered: 2 });
    expect(filing.steps.filter((s) => s.kind === 'move')).toEqual([
      { kind: 'move', from: versionFile(story.file, 2), to: versionFile(story.file, 3) },
      { kind: 'move', from: versionFile(story.file, 1), to: versionFile(story.file, 2) },
    ]);
    await applyFiling(filing);
    expect(dates(await read(versionFile(story.file, 1)))).toMatchObject({
      date: '2017-03-06T07:50:00+09:00',
      label: 'URGENT',
    });
    expect(await read(versionFile(story.file, 2))).toBe(v1.text);
    expect(await read(versionFile(story.file, 3))).toBe(v2.text);
    // The story now starts at 07:50, and its current version keeps its own filing time.
    expect(dates(await read(story.file))).toEqual({
      date: '2017-03-06T07:50:00+09:00',
      updated: '2017-03-06T11:20:00+09:00',
      label: '2nd LD',
    });
    expect(describeFiling(filing, false)).toBe(
      `filed as earlier version 1 (versions/1.md) of ${story.file}; the 2 versions after it are now numbered from 2`,
    );
  });

  it('files a take between two versions without touching the current file', async () => {
    const current = take('11:20', 'LEAD');
    const storedText = writeFrontMatter(
      { ...current.data, date: '2017-03-06T07:50:00+09:00', updated: current.data.date },
      current.body,
    );
    const { story, read } = await storyOnDisk(storedText, [take('07:50')]);
    const filing = planVersion(story, storedText, take('09:30'));
    expect(filing).toMatchObject({ kind: 'earlier', number: 2, renumbered: 0 });
    await applyFiling(filing);
    expect(await read(story.file)).toBe(storedText);
    expect(dates(await read(versionFile(story.file, 2))).date).toBe('2017-03-06T09:30:00+09:00');
  });

  it('keeps the story’s date, and says so, when an earlier take is from another day', async () => {
    const first = take('07:50');
    const { story, read } = await storyOnDisk(first);
    const filing = planVersion(story, first.text, take('23:40', undefined, '2017-03-05'));
    await applyFiling(filing);
    expect(await read(story.file)).toBe(first.text);
    expect(filing.dateKept).toEqual({ article: '2017-03-05T23:40:00+09:00', story: '2017-03-06T07:50:00+09:00' });
    expect(describeFiling(filing, true)).toContain(
      `would file as earlier version 1 (versions/1.md) of ${story.file}; it is dated 2017-03-05T23:40:00+09:00, a day before the story's date 2017-03-06T07:50:00+09:00, which the story keeps`,
    );
  });

  it('never writes or moves a version over a file already there, leaving the story as it was', async () => {
    const first = take('07:50');
    const { story, read } = await storyOnDisk(first);
    const stray = 'a file nobody told the index about\n';
    await writeFile(versionFile(story.file, 1), stray);
    await expect(applyFiling(planVersion(story, first.text, take('11:20')))).rejects.toBeInstanceOf(TargetExistsError);
    expect(await read(versionFile(story.file, 1))).toBe(stray);
    expect(await read(story.file)).toBe(first.text);
  });

  it('refuses, naming the file, a story whose date cannot be put in time order', async () => {
    const broken = '---\ntitle: N. Korea fires missiles\ndate: someday\nsource: yonhap\n---\nText.\n';
    const { story } = await storyOnDisk(broken);
    expect(() => planVersion(story, broken, take('11:20'))).toThrow(
      `${story.file} is a version of this story, but its date is not a valid date`,
    );
  });
});

describe('filing in any order, and after a stopped run', () => {
  /** Files the takes one after another into a story begun with `first`; returns every file's text by version number. */
  async function fileAll(first: Incoming, takes: Incoming[]): Promise<string[]> {
    const { story, read } = await storyOnDisk(first);
    let current = story;
    for (const input of takes) {
      const filing = planVersion(current, await read(current.file), input);
      await applyFiling(filing);
      current = filing.story;
    }
    return Promise.all([current.file, ...current.versions.map((v) => v.file)].map(read));
  }

  it('gives the same files whatever order three takes arrive in', async () => {
    const [a, b, c] = [take('07:50', 'URGENT'), take('09:00', 'LEAD'), take('11:20', '2nd LD')];
    const oldestFirst = await fileAll(a, [b, c]);
    expect(await fileAll(c, [b, a])).toEqual(oldestFirst);
    expect(await fileAll(b, [a, c])).toEqual(oldestFirst);
    expect(dates(oldestFirst[2]!)).toEqual({ date: '2017-03-06T09:00:00+09:00', updated: undefined, label: 'LEAD' });
  });

  it('reuses the copy a stopped run kept of the current file instead of keeping it twice', async () => {
    const first = take('07:50');
    const { story, read, dir } = await storyOnDisk(first);
    // Stopped after the first step: versions/1.md is the current file's copy, the current file unchanged.
    await writeFile(versionFile(story.file, 1), first.text);
    const stopped = { ...story, versions: [filedVersion(versionFile(story.file, 1), 1, first)] };
    const filing = planVersion(stopped, first.text, take('11:20', 'LEAD'));
    expect(filing).toMatchObject({ kind: 'current', number: 1 });
    await applyFiling(filing);
    expect(await readdir(join(dir, '2017/missiles/versions'))).toEqual(['1.md']);
    expect(await read(versionFile(story.file, 1))).toBe(first.text);
    expect(dates(await read(story.file)).label).toBe('LEAD');
  });

  it('finishes a move a stopped run left half done (the file at both names)', async () => {
    const current = take('11:20', 'LEAD');
    const storedText = writeFrontMatter(
      { ...current.data, date: '2017-03-06T08:00:00+09:00', updated: current.data.date },
      current.body,
    );
    const { story, read, dir } = await storyOnDisk(storedText, [take('08:00')]);
    const v1 = await read(versionFile(story.file, 1));
    // Linked to versions/2.md, not yet unlinked from versions/1.md.
    await writeFile(versionFile(story.file, 2), v1);
    await applyFiling(planVersion(story, storedText, take('07:50', 'URGENT')));
    expect((await readdir(join(dir, '2017/missiles/versions'))).sort()).toEqual(['1.md', '2.md']);
    expect(await read(versionFile(story.file, 2))).toBe(v1);
    expect(dates(await read(versionFile(story.file, 1))).label).toBe('URGENT');
  });

  it('closes a gap a stopped renumbering left before filing', async () => {
    const current = take('11:20', '2nd LD');
    const storedText = writeFrontMatter(
      { ...current.data, date: '2017-03-06T08:00:00+09:00', updated: current.data.date },
      current.body,
    );
    const { story, read, dir } = await storyOnDisk(storedText, [take('08:00'), take('09:00', 'LEAD')]);
    // Stopped after moving 2 → 3 and 1 → 2, before writing the new versions/1.md.
    await applyFiling({
      ...planVersion(story, storedText, take('07:50')),
      steps: [
        { kind: 'move', from: versionFile(story.file, 2), to: versionFile(story.file, 3) },
        { kind: 'move', from: versionFile(story.file, 1), to: versionFile(story.file, 2) },
      ],
    });
    const gapped = {
      ...story,
      versions: story.versions.map((v) => ({
        ...v,
        number: v.number + 1,
        file: versionFile(story.file, v.number + 1),
      })),
    };
    const filing = planVersion(gapped, storedText, take('07:50', 'URGENT'));
    await applyFiling(filing);
    expect((await readdir(join(dir, '2017/missiles/versions'))).sort()).toEqual(['1.md', '2.md', '3.md']);
    expect(dates(await read(versionFile(story.file, 1))).label).toBe('URGENT');
    expect(dates(await read(versionFile(story.file, 3))).label).toBe('LEAD');
  });
});

describe('planRewrite', () => {
  it('writes a forced re-import over the version holding its text, or over the current file keeping the story’s date', async () => {
    const current = take('11:20', 'LEAD');
    const storedText = writeFrontMatter(
      { ...current.data, date: '2017-03-06T07:50:00+09:00', updated: current.data.date },
      current.body,
    );
    const { story, read } = await storyOnDisk(storedText, [take('07:50')]);
    const again = take('07:50', 'URGENT');
    await applyFiling(planRewrite(story, versionFile(story.file, 1), again));
    expect(await read(versionFile(story.file, 1))).toBe(again.text);
    const rewritten = planRewrite(story, story.file, take('11:20', 'LEAD'));
    expect(describeFiling(rewritten, false)).toBe(`rewrote ${story.file} from this input, as --force asks`);
    await applyFiling(rewritten);
    expect(dates(await read(story.file))).toEqual({
      date: '2017-03-06T07:50:00+09:00',
      updated: '2017-03-06T11:20:00+09:00',
      label: 'LEAD',
    });
  });
});

describe('ArchiveFiles in a dry run', () => {
  it('writes nothing, yet plans the same files as a real run, one filing after another', async () => {
    const first = take('07:50');
    const later = [take('11:20', 'LEAD'), take('09:00'), take('13:00', '2nd LD')];
    const real = await storyOnDisk(first);
    const dry = await storyOnDisk(first);
    const files = new ArchiveFiles(true);
    let realStory = real.story;
    let dryStory = dry.story;
    for (const input of later) {
      const done = planVersion(realStory, await real.read(realStory.file), input);
      await applyFiling(done);
      realStory = done.story;
      const planned = planVersion(dryStory, await files.text(dryStory.file), input);
      await files.file(planned);
      dryStory = planned.story;
    }
    expect(await readdir(join(dry.dir, '2017/missiles/versions'))).toEqual([]);
    expect(await dry.read(dry.story.file)).toBe(first.text);
    for (const n of [0, 1, 2, 3]) {
      const [r, d] = n
        ? [versionFile(real.story.file, n), versionFile(dry.story.file, n)]
        : [real.story.file, dry.story.file];
      expect(files.planned.get(d)?.text, `version ${n}`).toBe(await real.read(r));
    }
    expect(existsSync(versionFile(real.story.file, 4))).toBe(false);
    expect(dates(await real.read(versionFile(real.story.file, 2))).date).toBe('2017-03-06T09:00:00+09:00');
  });
});
