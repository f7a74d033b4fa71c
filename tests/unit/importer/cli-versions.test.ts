import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { archiveWithWireSources, importerFixtures, reportPath, SCRIPT_TIMEOUT_MS } from './fixtures.ts';
import { runImport } from './import-command.ts';

const firstTake = join(importerFixtures, 'versions/envoy-first-take.txt');
const lead = join(importerFixtures, 'yonhap/lead-envoy-presses-china.txt');
const feed = join(importerFixtures, 'versions/feed-lead-before-take-and-a-lookalike.json');
const storyOf = (dir: string) => join(dir, 'articles/2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md');
const versionOf = (dir: string, n: number) =>
  join(dir, `articles/2016/us-envoy-presses-china-to-use-its-sway-over-n-korea/versions/${n}.md`);

/** Every file under a content folder's articles, by path relative to it, with its text. */
async function articleTree(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, 'articles', f), 'utf8')] as const)),
  );
}

const reportOf = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { outcome: string; path?: string; reason?: string });

describe('npm run import of a story’s later and earlier versions', { timeout: 6 * SCRIPT_TIMEOUT_MS }, () => {
  it('files a LEAD after its first take as the story’s current version, keeping the take whole, and gives the same files in the other order', async () => {
    const dir = await archiveWithWireSources();
    const out = ['--out', join(dir, 'articles')];
    expect((await runImport([...out, firstTake])).stdout).toBe(`${storyOf(dir)}\n`);
    const takeText = await readFile(storyOf(dir), 'utf8');

    const dry = await runImport([...out, '--dry-run', lead]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(`${storyOf(dir)}\n`);
    expect(dry.stderr).toContain(
      `${lead}: dry run, nothing written; would file as the new current version of ${storyOf(dir)}; the one it replaces would become versions/1.md (the same source, day and headline, labels aside`,
    );
    expect(await readFile(storyOf(dir), 'utf8')).toBe(takeText);

    const filed = await runImport([...out, lead]);
    expect(filed.code, filed.stderr).toBe(0);
    expect(filed.stdout).toBe(`${storyOf(dir)}\n`);
    expect(filed.stderr).toContain(
      `${lead}: filed as the new current version of ${storyOf(dir)}; the one it replaces is now versions/1.md`,
    );
    expect(filed.stderr).toContain(
      'import: 0 imported, 1 filed as a version of a stored story, 0 already in the archive, 0 drafts, 0 failed',
    );
    expect(await readFile(versionOf(dir, 1), 'utf8')).toBe(takeText);
    const current = readFrontMatter(await readFile(storyOf(dir), 'utf8'));
    expect(current.data).toMatchObject({
      label: 'LEAD',
      date: '2016-01-20T15:02:00+09:00',
      updated: '2016-01-20T19:27:00+09:00',
    });
    expect(current.body).toContain('At an afternoon briefing, the ministry said');
    expect(Object.keys(await articleTree(dir)).filter((f) => f.startsWith('2016/us-envoy'))).toHaveLength(2);
    expect((await checkContent(dir)).problems).toEqual([]);

    // The LEAD first, then the take it updated, in one run: the same story files.
    const other = await archiveWithWireSources();
    const reversed = await runImport(['--out', join(other, 'articles'), lead, firstTake]);
    expect(reversed.code, reversed.stderr).toBe(0);
    expect(reversed.stderr).toContain(`${firstTake}: filed as earlier version 1 (versions/1.md) of ${storyOf(other)}`);
    expect(await articleTree(other)).toEqual(await articleTree(dir));

    const again = await runImport(['--out', join(other, 'articles'), firstTake, lead]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(
      `${firstTake}: already in the archive as ${versionOf(other, 1)}, an earlier version of ${storyOf(other)} (the same text); nothing written`,
    );
    expect(again.stderr).toContain('import: 0 imported, 2 already in the archive, 0 drafts, 0 failed');
    expect(await articleTree(other)).toEqual(await articleTree(dir));
  });

  it('files a feed listing a story’s LEAD before its first take (one id, two times), beside another story with a similar headline, as 2 stories and 1 version', async () => {
    const dir = await archiveWithWireSources();
    const before = await articleTree(dir);
    const report = await reportPath('report.jsonl');
    const dry = await runImport(['--out', join(dir, 'articles'), '--dry-run', feed]);
    expect(dry.stderr).toContain(
      'import: dry run, nothing written: 2 imported, 1 filed as a version of a stored story, 0 already in the archive, 0 drafts, 0 failed',
    );
    expect(await articleTree(dir)).toEqual(before);

    const run = await runImport(['--out', join(dir, 'articles'), '--report', report, feed]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(dry.stdout);
    expect(run.stderr).toContain(
      'import: 2 imported, 1 filed as a version of a stored story, 0 already in the archive, 0 drafts, 0 failed',
    );
    const lines = await reportOf(report);
    expect(lines.map((l) => l.outcome)).toEqual(['imported', 'imported', 'version']);
    expect(lines[2]!.path).toBe(lines[1]!.path);
    expect(lines[2]!.reason).toMatch(
      /^filed as earlier version 1 \(versions\/1\.md\) of .* \(the same importId https:\/\/paper\.example\/2017\/03\/06\/missile-launch\)$/,
    );

    const added = Object.keys(await articleTree(dir)).filter((f) => !(f in before));
    expect(added).toHaveLength(3);
    const story = readFrontMatter(await readFile(lines[1]!.path!, 'utf8'));
    expect(story.data).toMatchObject({ date: '2017-03-06T07:50:00+09:00', updated: '2017-03-06T11:20:00+09:00' });
    expect(story.body).toContain('Three of them came down');
    const version = readFrontMatter(await readFile(lines[1]!.path!.replace(/\.md$/, '/versions/1.md'), 'utf8'));
    expect(version.data.date).toBe('2017-03-06T07:50:00+09:00');
    expect(version.body).not.toContain('Three of them came down');
    expect(readFrontMatter(await readFile(lines[0]!.path!, 'utf8')).body).toContain('Monday afternoon');
    expect((await checkContent(dir)).problems).toEqual([]);
  });
});
