import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { archiveWithWireSources, importerFixtures, reportPath, SCRIPT_TIMEOUT_MS } from './fixtures.ts';
import { runImport } from './import-command.ts';

const fixture = join(importerFixtures, 'json-feed/korea-desk-hostile-and-undated.json');
const WRITTEN = [
  '2018/trump-and-kim-sign-four-point-statement-in-singapore.md',
  '2019/hanoi-talks-end-early-with-no-agreement.md',
  '2019/trump-steps-into-north-korea-at-panmunjom.md',
];

/** Every article file under a content folder, as paths relative to its articles folder. */
async function articleFiles(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'articles'), { recursive: true })).filter((e) => e.endsWith('.md')).sort();
}

/** Each article file with its text and modification time, to show a run changed nothing. */
async function snapshot(dir: string): Promise<Record<string, readonly [string, number]>> {
  const files = await articleFiles(dir);
  return Object.fromEntries(
    await Promise.all(
      files.map(
        async (f) =>
          [
            f,
            [await readFile(join(dir, 'articles', f), 'utf8'), (await stat(join(dir, 'articles', f))).mtimeMs],
          ] as const,
      ),
    ),
  );
}

/** The fixture feed without its undated item: three items that all import. */
async function cleanFeed(dir: string): Promise<string> {
  const feed = JSON.parse(await readFile(fixture, 'utf8'));
  feed.items = feed.items.filter((item: { date_published?: string }) => item.date_published);
  const file = join(dir, 'korea-desk.json');
  await writeFile(file, JSON.stringify(feed, null, 2));
  return file;
}

const readArticle = async (dir: string, file: string) =>
  readFrontMatter(await readFile(join(dir, 'articles', file), 'utf8'));
const reportOf = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('npm run import of a feed', { timeout: 3 * SCRIPT_TIMEOUT_MS }, () => {
  it('imports every item of a JSON Feed as a valid article and counts them; a second run imports nothing and changes no file', async () => {
    const dir = await archiveWithWireSources();
    const feed = await cleanFeed(dir);
    const before = await articleFiles(dir);
    const first = await runImport(['--out', join(dir, 'articles'), feed]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(WRITTEN.map((f) => `${join(dir, 'articles', f)}\n`).join(''));
    expect(first.stderr).toContain('import: 3 imported, 0 already in the archive, 0 drafts, 0 failed');
    expect(await articleFiles(dir)).toEqual([...before, ...WRITTEN].sort());
    for (const file of WRITTEN) expect(articleSchema.safeParse((await readArticle(dir, file)).data).success).toBe(true);
    expect((await readArticle(dir, WRITTEN[0]!)).data).toMatchObject({
      source: 'paper',
      date: '2018-06-12T14:30:00+08:00',
      updated: '2018-06-12T18:05:00+08:00',
      section: 'Summits',
    });

    const written = await snapshot(dir);
    const again = await runImport(['--out', join(dir, 'articles'), feed]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('import: 0 imported, 3 already in the archive, 0 drafts, 0 failed');
    expect(await snapshot(dir)).toEqual(written);
  });

  it('says once, with the count, that items without a section or category went to the default section', async () => {
    const dir = await archiveWithWireSources();
    const feed = JSON.parse(await readFile(await cleanFeed(dir), 'utf8'));
    for (const item of feed.items) delete item.tags;
    const file = join(dir, 'untagged.json');
    await writeFile(file, JSON.stringify(feed));
    const result = await runImport(['--out', join(dir, 'articles'), file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file}: 3 items had no section or category; filed under "World"`);
    expect(result.stderr).not.toContain('no section given');
  });

  it('reads a feed from standard input', async () => {
    const dir = await archiveWithWireSources();
    const result = await runImport(['--out', join(dir, 'articles'), '-'], {
      input: await readFile(await cleanFeed(dir)),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(WRITTEN.map((f) => join(dir, 'articles', f)));
  });

  it('writes one --report line per item, the failed one with its reason, and still imports the others', async () => {
    const dir = await archiveWithWireSources();
    const report = await reportPath('report.jsonl');
    const result = await runImport(['--out', join(dir, 'articles'), '--report', report, fixture]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${fixture} item 4 (id "draft-stockholm"): this item has no "date_published"; add one to the item`,
    );
    expect(result.stderr).toContain('import: 3 imported, 0 already in the archive, 0 drafts, 1 failed');
    const lines = await reportOf(report);
    expect(lines.map((l) => [l.input, l.position, l.outcome])).toEqual([
      [fixture, 'item 1 (id "https://paper.example/2018/06/12/singapore-summit")', 'imported'],
      [fixture, 'item 2 (id "hanoi-2019-02-28")', 'imported'],
      [fixture, 'item 3 (id 3)', 'imported'],
      [fixture, 'item 4 (id "draft-stockholm")', 'failed'],
    ]);
    expect(lines.slice(0, 3).map((l) => l.path)).toEqual(WRITTEN.map((f) => join(dir, 'articles', f)));
    expect(lines[0].title).toBe('Trump and Kim sign four-point statement in Singapore');
    expect(lines[3].reason).toMatch(/no "date_published"/);
    expect(lines[3].path).toBeUndefined();

    // An existing report is never emptied without --force; a second run writes its own.
    const refused = await runImport(['--out', join(dir, 'articles'), '--report', report, fixture]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`--report ${report} already exists`);
    expect(await reportOf(report)).toHaveLength(4);
    const second = await reportPath('report-2.jsonl');
    const again = await runImport(['--out', join(dir, 'articles'), '--report', second, fixture]);
    expect((await reportOf(second)).map((l) => l.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate', 'failed']);
    expect((await reportOf(second))[0].path).toBe(join(dir, 'articles', WRITTEN[0]!));
    expect(again.code).toBe(1);
  });

  it('applies --map: the first mapped category as the section, topics, bylines from logins and canonical names', async () => {
    const dir = await archiveWithWireSources();
    const map = join(dir, 'map.yaml');
    await writeFile(
      map,
      'sections:\n  Nuclear talks: Diplomacy\ntopics:\n  Nuclear talks: talks\nauthors:\n  owen.clarke: Owen Clarke\nnames:\n  Kim Jong-un: Kim Jong Un\n',
    );
    const result = await runImport(['--out', join(dir, 'articles'), '--map', map, await cleanFeed(dir)]);
    expect(result.code, result.stderr).toBe(0);
    const [singapore, hanoi, panmunjom] = await Promise.all(WRITTEN.map((f) => readArticle(dir, f)));
    expect(singapore!.data).toMatchObject({
      section: 'Diplomacy',
      topics: ['talks'],
      tags: ['Summits', 'Kim Jong Un'],
    });
    expect(hanoi!.data).toMatchObject({
      section: 'Diplomacy',
      topics: ['talks'],
      tags: ['Vietnam'],
      byline: ['Owen Clarke'],
    });
    expect(panmunjom!.data.section).toBe('Summits');
    expect(panmunjom!.data.tags).toBeUndefined();
  });

  it("writes the names of the archive's alias file for their spellings, with no --map given, and stops on a broken alias file", async () => {
    const dir = await archiveWithWireSources();
    await writeFile(
      join(dir, 'aliases.yaml'),
      'tags:\n  Kim Jong Un: [Kim Jong-un]\n  Socialist Republic of Vietnam: [vietnam]\n',
    );
    const result = await runImport(['--out', join(dir, 'articles'), await cleanFeed(dir)]);
    expect(result.code, result.stderr).toBe(0);
    const [singapore, hanoi] = await Promise.all(WRITTEN.map((f) => readArticle(dir, f)));
    expect(singapore!.data.tags).toEqual(['Nuclear talks', 'Kim Jong Un']);
    expect(hanoi!.data.tags).toEqual(['Socialist Republic of Vietnam']);

    await writeFile(join(dir, 'aliases.yaml'), 'tags:\n  Kim Jong Un: [Kim Jong-un]\n  Kim: [kim jong-un]\n');
    const before = await articleFiles(dir);
    const refused = await runImport(['--out', join(dir, 'articles'), '--force', await cleanFeed(dir)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(dir, 'aliases.yaml')}: tags.Kim[0]: "kim jong-un" is itself a name here`);
    expect(await articleFiles(dir)).toEqual(before);
  });

  it('refuses a map naming a topic the archive lacks as a usage error naming the file and entry, writing nothing', async () => {
    const dir = await archiveWithWireSources();
    const map = join(dir, 'map.yaml');
    await writeFile(map, 'topics:\n  Nuclear talks: nuclear-talks\n');
    const before = await articleFiles(dir);
    const result = await runImport(['--out', join(dir, 'articles'), '--map', map, fixture]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `import: --map ${map}: topics: "Nuclear talks" maps to "nuclear-talks", which is not a topic; use one of "talks", "tests-and-launches", or add ${join(dir, 'topics/nuclear-talks.md')}`,
    );
    expect(await articleFiles(dir)).toEqual(before);
  });

  it('writes nothing on --dry-run, but prints the paths and writes the report', async () => {
    const dir = await archiveWithWireSources();
    const report = await reportPath('report.jsonl');
    const before = await articleFiles(dir);
    const result = await runImport([
      '--out',
      join(dir, 'articles'),
      '--dry-run',
      '--report',
      report,
      await cleanFeed(dir),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(WRITTEN.map((f) => join(dir, 'articles', f)));
    expect(result.stderr).toContain(
      'import: dry run, nothing written: 3 imported, 0 already in the archive, 0 drafts, 0 failed',
    );
    expect((await reportOf(report)).map((l) => l.outcome)).toEqual(['imported', 'imported', 'imported']);
    expect(await articleFiles(dir)).toEqual(before);
  });

  it('fails a truncated feed naming the file and the line, writing no file, and says so for a feed of 0 items', async () => {
    const dir = await archiveWithWireSources();
    const text = await readFile(fixture, 'utf8');
    const truncated = join(dir, 'truncated.json');
    const cut = text.slice(0, text.indexOf('"Hanoi talks end early'));
    await writeFile(truncated, cut);
    const empty = join(dir, 'empty-feed.json');
    await writeFile(empty, '{"version": "https://jsonfeed.org/version/1.1", "title": "Korea desk", "items": []}\n');
    const before = await articleFiles(dir);
    const result = await runImport(['--out', join(dir, 'articles'), truncated, empty]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `${truncated.replace(/[.\\/]/g, '\\$&')} line ${cut.split('\n').length}, column \\d+: the JSON ends early \\(is the file cut short\\?\\) at line \\d+, column \\d+; nothing in this feed was imported`,
      ),
    );
    expect(result.stderr).toContain(
      `${empty}: this JSON Feed holds no items; nothing imported. Check that it is the export you meant`,
    );
    expect(result.stderr).toContain('import: 0 imported, 0 already in the archive, 0 drafts, 2 failed');
    expect(await articleFiles(dir)).toEqual(before);
  });
});
