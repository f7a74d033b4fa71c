import { link, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReport, reportLine, reportPathProblem } from '../../../../src/importer/report/report.ts';
import { Tally } from '../../../../src/importer/report/tally.ts';

describe('Tally', () => {
  it('counts each outcome apart, so the summary adds up to the items read', () => {
    const tally = new Tally();
    for (const outcome of ['imported', 'imported', 'duplicate', 'draft', 'failed', 'imported'] as const)
      tally.add(outcome);
    expect(tally.total).toBe(6);
    expect(tally.summary()).toBe('3 imported, 1 already in the archive, 1 draft, 1 failed');
    expect(new Tally().summary(true)).toBe(
      'dry run, nothing written: 0 imported, 0 already in the archive, 0 drafts, 0 failed',
    );
  });

  it('counts versions of stored stories apart, saying so only when there are any', () => {
    const tally = new Tally();
    for (const outcome of ['imported', 'version', 'duplicate'] as const) tally.add(outcome);
    expect(tally.total).toBe(3);
    expect(tally.summary()).toBe(
      '1 imported, 1 filed as a version of a stored story, 1 already in the archive, 0 drafts, 0 failed',
    );
    tally.add('version');
    expect(tally.summary(true)).toBe(
      'dry run, nothing written: 1 imported, 2 filed as versions of stored stories, 1 already in the archive, 0 drafts, 0 failed',
    );
  });
});

describe('report', () => {
  it('writes one JSON line per item, with only the fields it has', async () => {
    expect(
      JSON.parse(reportLine({ input: 'feed.json', position: 'item 2', outcome: 'failed', reason: 'no date' })),
    ).toEqual({ input: 'feed.json', position: 'item 2', outcome: 'failed', reason: 'no date' });
    const file = join(await mkdtemp(join(tmpdir(), 'report-')), 'report.jsonl');
    const report = openReport(file);
    report.write({
      input: 'a.json',
      position: 'item 1',
      title: 'Talks',
      outcome: 'imported',
      path: 'articles/2019/talks.md',
    });
    report.write({ input: 'a.json', position: 'item 2', outcome: 'failed', reason: 'no date' });
    report.close();
    const lines = (await readFile(file, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.position, l.outcome, l.path ?? l.reason])).toEqual([
      ['item 1', 'imported', 'articles/2019/talks.md'],
      ['item 2', 'failed', 'no date'],
    ]);
  });

  it('says why a report file cannot be made', () => {
    expect(() => openReport('/nonexistent-folder/report.jsonl')).toThrow(
      '--report /nonexistent-folder/report.jsonl cannot be written: its folder does not exist',
    );
    expect(() => openReport(tmpdir())).toThrow('it is a folder; pass a file name');
  });

  it('refuses an existing file unless forced, and leaves it as it was', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'report-')), 'old.jsonl');
    await writeFile(file, 'last run\n');
    expect(() => openReport(file)).toThrow(
      `--report ${file} already exists and would be replaced; pass another path, or --force to replace it`,
    );
    expect(await readFile(file, 'utf8')).toBe('last run\n');
    openReport(file, { force: true }).close();
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('never empties an input, even forced or reached by another name, before it is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    const feed = join(dir, 'feed.xml');
    await writeFile(feed, '<rss/>');
    await symlink(feed, join(dir, 'linked.xml'));
    await link(feed, join(dir, 'hard.xml'));
    for (const path of [feed, join(dir, 'linked.xml'), join(dir, 'hard.xml'), join(dir, '.', 'feed.xml')]) {
      expect(() => openReport(path, { force: true, inputs: ['-', feed] })).toThrow(
        `--report ${path} is ${feed}, one of the files being imported, and would be emptied before it is read; pass another path`,
      );
    }
    expect(await readFile(feed, 'utf8')).toBe('<rss/>');
  });

  it('never writes into the content folder, where it could replace an article', async () => {
    const root = await mkdtemp(join(tmpdir(), 'report-'));
    const content = join(root, 'content');
    const article = join(content, 'articles/2016/talks.md');
    await mkdir(join(content, 'articles/2016'), { recursive: true });
    await writeFile(article, '---\ntitle: Talks\n---\nText.\n');
    await symlink(content, join(root, 'site-content'));
    for (const path of [
      article,
      join(content, 'articles/2016/new-report.jsonl'),
      join(root, 'site-content/articles/2016/talks.md'),
    ]) {
      expect(reportPathProblem(path, { force: true, contentRoot: content })).toBe(
        `--report ${path} is inside the content folder ${content}, where it could replace an article; pass a path outside it, like import-report.jsonl`,
      );
    }
    expect(() => openReport(article, { force: true, contentRoot: [join(root, 'elsewhere'), content] })).toThrow(
      'inside the content folder',
    );
    expect(await readFile(article, 'utf8')).toBe('---\ntitle: Talks\n---\nText.\n');
    expect(reportPathProblem(join(root, 'report.jsonl'), { contentRoot: content, inputs: [article] })).toBeUndefined();
  });
});
