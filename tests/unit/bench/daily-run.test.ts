import { describe, expect, it } from 'vitest';
import {
  addedStories,
  generateCorpus,
  lastDayOf,
  newestYear,
  seededRandom,
  type CorpusFile,
  type CorpusOptions,
} from '../../../scripts/bench/corpus.ts';
import { writtenFiles, type FileStamps } from '../../../scripts/bench/written-files.ts';
import { dailyRunRows, plannedParts, reportRows, type BenchResult } from '../../../scripts/bench/report.ts';
import { readFrontMatter } from '../../../src/model/front-matter.ts';
import { toArticleRecord } from '../../../src/model/records.ts';
import { validateArticles } from '../../../src/model/validate.ts';
import { articleSchema } from '../../../src/model/article.ts';
import { formatIssues } from '../../../src/model/issues.ts';

const articleFiles = (files: CorpusFile[]) => files.filter((f) => f.path.startsWith('articles/'));

/** Article records as the build reads them, failing on a file the schema refuses. */
function records(files: CorpusFile[]) {
  return articleFiles(files).map((file) => {
    const parsed = articleSchema.safeParse(readFrontMatter(file.text).data);
    if (!parsed.success) throw new Error(`${file.path}: ${formatIssues(parsed.error.issues).join('; ')}`);
    return toArticleRecord(
      { id: file.path.replace(/^articles\//, '').replace(/\.md$/, ''), data: parsed.data },
      'bench',
    );
  });
}

describe('the stories a daily run adds', () => {
  const options: CorpusOptions = { articles: 120, seed: 3 };
  const archive = [...generateCorpus(options)];
  const year = newestYear(articleFiles(archive).map((f) => f.path));
  const added = [...addedStories(options, 30, year)];

  it('go into the newest year folder, filed on its last day, after every story already there', () => {
    expect(added).toHaveLength(30);
    const newestBefore = records(archive)
      .map((r) => r.published.epoch)
      .reduce((a, b) => Math.max(a, b));
    for (const record of records(added)) {
      expect(record.id.startsWith(`${year}/`)).toBe(true);
      expect([record.year, record.month, record.day]).toEqual([year, 12, 31]);
      expect(record.published.epoch).toBeGreaterThan(newestBefore);
    }
  });

  it('pass the archive checks beside the archive: no story is repeated and no name is new', () => {
    const ids = (prefix: string, ext: RegExp) =>
      new Set(
        archive.filter((f) => f.path.startsWith(prefix)).map((f) => f.path.slice(prefix.length).replace(ext, '')),
      );
    const all = records([...archive, ...added]);
    expect(validateArticles(all, ids('sources/', /\.yaml$/), ids('topics/', /\.md$/))).toEqual([]);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    // A small cast, which the archive's stories use up: a name the added stories bring would be a new one.
    const few: CorpusOptions = { articles: 120, seed: 3, names: 'few' };
    const people = new Set(records([...generateCorpus(few)]).flatMap((r) => r.data.people));
    const addedPeople = records([...addedStories(few, 30, year)]).flatMap((r) => r.data.people);
    expect(addedPeople.length).toBeGreaterThan(0);
    expect(addedPeople.every((name) => people.has(name))).toBe(true);
  });

  it('are the same for the same archive and leave its own files as they were', () => {
    expect([...addedStories(options, 30, year)]).toEqual(added);
    expect([...generateCorpus(options)]).toEqual(archive);
    const texts = new Set(articleFiles(archive).map((f) => f.text.slice(f.text.indexOf('\n---\n'))));
    expect(added.some((f) => texts.has(f.text.slice(f.text.indexOf('\n---\n'))))).toBe(false);
  });

  it('are Korean in the archive’s share', () => {
    const korean = [...addedStories({ articles: 100, seed: 2, korean: 20 }, 50, 2024)];
    const languages = korean.map((f) => readFrontMatter(f.text).data.language);
    expect(languages.filter((l) => l === 'ko')).toHaveLength(10);
  });
});

describe('newestYear and lastDayOf', () => {
  it('finds the newest year folder, and refuses a list without one', () => {
    expect(newestYear(['articles/2003/a.md', 'articles/2024/b.md', 'articles/2019/c.md', 'sources/x.yaml'])).toBe(2024);
    expect(() => newestYear(['sources/x.yaml'])).toThrow(/at least one article/);
  });

  it('dates every story within the year in UTC, whatever its zone', () => {
    const draw = lastDayOf(2024);
    const random = seededRandom(1);
    for (let i = 0; i < 500; i++) {
      const date = new Date(draw(random));
      expect(date.getUTCFullYear()).toBe(2024);
      expect(date.getUTCMonth()).toBe(11);
    }
  });
});

describe('writtenFiles', () => {
  const stamps = (entries: [string, number, number][]): FileStamps =>
    new Map(entries.map(([path, bytes, mtimeMs]) => [path, { bytes, mtimeMs }]));

  it('counts new files and files whose size or time changed, not the ones left alone', () => {
    const before = stamps([
      ['index.html', 100, 1],
      ['kept.html', 50, 1],
      ['rewritten.html', 70, 1],
      ['gone.html', 10, 1],
    ]);
    const after = stamps([
      ['index.html', 120, 2],
      ['kept.html', 50, 1],
      ['rewritten.html', 70, 5],
      ['articles/2024/12/31/new/index.html', 300, 5],
    ]);
    expect(writtenFiles(before, after)).toEqual({ written: 3, added: 1, removed: 1, bytes: 490, total: 4 });
    expect(writtenFiles(after, after)).toEqual({ written: 0, added: 0, removed: 0, bytes: 0, total: 4 });
  });
});

describe('the daily run in the report', () => {
  const GIB = 1024 ** 3;
  const bench = (articles: number, addMs: number, editMs: number): BenchResult => ({
    articles,
    seed: 1,
    machine: { cpus: 2, memoryBytes: 8 * GIB, node: 'v24.0.0', platform: 'linux' },
    date: '2026-01-01',
    corpusMs: 1,
    corpusBytes: 1,
    ours: {
      cold: { ms: 1_000_000, peakRssBytes: GIB },
      warm: { ms: editMs, peakRssBytes: GIB },
      size: { bytes: 2_000_000, files: 600, pages: 300, articlePages: 200, pagefindBytes: 1 },
    },
    search: [],
    articlePages: [],
    added: {
      stories: 100,
      year: 2024,
      build: { ms: addMs, peakRssBytes: 2 * GIB, parts: [{ name: 'Part 5 of 5', ms: addMs / 2 }] },
      files: { written: 420, added: 300, removed: 2, bytes: 5_000_000, total: 600 },
    },
  });
  const row = (result: BenchResult, start: string) => dailyRunRows(result).find((r) => r.metric.startsWith(start))!;

  it('judges the added stories’ build and the edit after it at 100,000 stories', () => {
    expect(row(bench(100_000, 110_000, 70_000), 'daily run: 100 stories added to 2024').met).toBe('yes');
    expect(row(bench(100_000, 130_000, 70_000), 'daily run: 100 stories added').met).toBe('NO');
    expect(row(bench(100_000, 110_000, 70_000), 'daily run: one story edited').met).toBe('NO');
    expect(row(bench(100_000, 110_000, 50_000), 'daily run: one story edited').met).toBe('yes');
  });

  it('says when the day took the archive into one part more, which builds every part cold', () => {
    const inParts = (count: number) => [
      ...Array.from({ length: count }, (_, i) => ({ name: `Part ${i + 1} of ${count}`, ms: 1000 })),
      { name: 'The merge', ms: 1000 },
    ];
    const day = bench(100_000, 130_000, 70_000);
    const withParts = (cold: number, daily: number): BenchResult => ({
      ...day,
      ours: { ...day.ours, cold: { ...day.ours.cold, parts: inParts(cold) } },
      added: { ...day.added!, build: { ...day.added!.build, parts: inParts(daily) } },
    });
    expect(plannedParts({ ms: 1, peakRssBytes: 1, parts: inParts(5) })).toBe(5);
    expect(plannedParts({ ms: 1, peakRssBytes: 1 })).toBeUndefined();
    expect(row(withParts(5, 6), 'daily run: 100 stories added').baseline).toMatch(
      /^part 1 of 6 1\.0 s, .*the merge 1\.0 s; planned in 6 parts where the cold build had 5/,
    );
    expect(row(withParts(5, 5), 'daily run: 100 stories added').baseline).not.toMatch(/planned in/);
  });

  it('shows the figures without a verdict on a smaller archive, with what the build wrote', () => {
    const small = bench(300, 130_000, 70_000);
    expect(row(small, 'daily run: 100 stories added').met).toBe('');
    expect(row(small, 'daily run: 100 stories added').value).toBe('130.0 s');
    expect(row(small, 'daily run: files written').value).toContain('420 of 600 (300 new)');
    expect(row(small, 'daily run: peak memory').value).toContain('2.00 GiB');
  });

  it('counts the added stories in the site’s files and bytes a story', () => {
    const perStory = reportRows(bench(100, 1, 1)).find((r) => r.metric === 'dist/ per story')!;
    expect(perStory.value).toMatch(/^3\.00 files/);
    const none = reportRows({ ...bench(100, 1, 1), added: undefined }).find((r) => r.metric === 'dist/ per story')!;
    expect(none.value).toMatch(/^6\.00 files/);
  });
});
