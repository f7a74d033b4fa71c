import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { archiveWithWireSources, importerFixtures, reportPath, SCRIPT_TIMEOUT_MS } from './fixtures.ts';
import { runImport } from './import-command.ts';

/** Every file under a content folder's articles, by path relative to it, with its text. */
async function articleTree(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => !f.startsWith('.')).sort();
  const texts = await Promise.all(
    files.map(async (f) => [f, await readFile(join(dir, 'articles', f), 'utf8').catch(() => '<folder>')] as const),
  );
  return Object.fromEntries(texts);
}

/** Every input fixture of a format's folder (the expected results beside them left out). */
async function inputsOf(format: string): Promise<string[]> {
  const folder = join(importerFixtures, format);
  return (await readdir(folder))
    .filter((f) => !f.endsWith('.expected.json'))
    .sort()
    .map((f) => join(folder, f));
}

const reportOf = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { outcome: string; path?: string; reason?: string; position: string });

// Pasted plain text and saved pages of unknown papers name neither source nor date; every other format finds its own.
const FIND_THEIR_OWN = ['wordpress', 'rss', 'atom', 'json-feed', 'ninjs', 'newsml', 'yonhap', 'ap'];
const NEED_OPTIONS = ['html', 'plain'];

describe('importing the same inputs twice', { timeout: 10 * SCRIPT_TIMEOUT_MS }, () => {
  it('changes no file the second time, in every format', async () => {
    const dir = await archiveWithWireSources();
    const out = join(dir, 'articles');
    const own = (await Promise.all(FIND_THEIR_OWN.map(inputsOf))).flat();
    const given = (await Promise.all(NEED_OPTIONS.map(inputsOf))).flat();
    const importAll = async (report?: string) => {
      const reported = report ? ['--report', report] : [];
      const a = await runImport(['--out', out, '--source', 'paper', ...reported, ...own]);
      const b = await runImport([
        '--out',
        out,
        '--source',
        'wire',
        '--date',
        '2019-10-05',
        ...(report ? ['--report', `${report}.2`] : []),
        ...given,
      ]);
      return { stdout: a.stdout + b.stdout, stderr: a.stderr + b.stderr };
    };
    const first = await importAll();
    const written = await articleTree(dir);
    expect(Object.keys(written).length, first.stderr).toBeGreaterThan(own.length);
    const report = await reportPath();
    const second = await importAll(report);
    expect(await articleTree(dir)).toEqual(written);
    // Every item the first run imported is now already in the archive; nothing is written again.
    const lines = [...(await reportOf(report)), ...(await reportOf(`${report}.2`))];
    expect(
      lines.filter((l) => l.outcome !== 'duplicate' && l.outcome !== 'failed'),
      second.stderr,
    ).toEqual([]);
    expect(lines.filter((l) => l.outcome === 'duplicate').length).toBeGreaterThan(own.length);
    expect(second.stdout).toBe('');
  });
});

describe('identity decides what is one story', { timeout: 6 * SCRIPT_TIMEOUT_MS }, () => {
  it('keeps three WordPress posts that share an intro, and a teaser and its full post, as stories of their own', async () => {
    const dir = await archiveWithWireSources();
    const out = join(dir, 'articles');
    const report = await reportPath('report.jsonl');
    const series = join(importerFixtures, 'wordpress/series-of-three-posts-sharing-an-intro.xml');
    const teaser = join(importerFixtures, 'wordpress/teaser-and-full-post-35-days-apart.xml');
    const before = await articleTree(dir);
    const run = await runImport(['--out', out, '--source', 'paper', '--report', report, series, teaser]);
    expect(run.code, run.stderr).toBe(0);
    const lines = await reportOf(report);
    expect(lines).toHaveLength(5);
    expect(
      lines.every((l) => l.outcome === 'imported'),
      JSON.stringify(lines),
    ).toBe(true);
    const added = Object.keys(await articleTree(dir)).filter((f) => !(f in before));
    expect(added.filter((f) => f.endsWith('.md'))).toHaveLength(5);
    expect(added.some((f) => f.includes('/versions/'))).toBe(false);
  });

  it('keeps an editor’s correction when the same wire item arrives again, says it differs, and replaces it only with --force', async () => {
    const dir = await archiveWithWireSources();
    const out = join(dir, 'articles');
    const feed = join(importerFixtures, 'versions/feed-lead-before-take-and-a-lookalike.json');
    expect((await runImport(['--out', out, feed])).code).toBe(0);
    const tree = await articleTree(dir);
    const story = Object.keys(tree).find(
      (f) => /^\d{4}\/[^/]+\.md$/.test(f) && tree[f]!.includes('Three of them came down'),
    )!;
    const corrected = tree[story]!.replace('about 1,000 kilometers', 'about 1,100 kilometers');
    expect(corrected).not.toBe(tree[story]);
    await writeFile(join(out, story), corrected);

    const report = await reportPath('again.jsonl');
    const again = await runImport(['--out', out, '--report', report, feed]);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(join(out, story), 'utf8')).toBe(corrected);
    expect(Object.keys(await articleTree(dir))).toEqual(Object.keys(tree));
    const reasons = (await reportOf(report)).map((l) => l.reason ?? '');
    expect(reasons.some((r) => r.includes("the archive's copy has been edited since"))).toBe(true);

    const forced = await runImport(['--out', out, '--force', feed]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFrontMatter(await readFile(join(out, story), 'utf8')).body).toContain('about 1,000 kilometers');
  });
});
