import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { copyFixture, writeArticle } from '../../helpers/content.ts';
import { listFiles } from '../../helpers/html.ts';

const article = { title: 'A story', date: '2016-03-01', source: 'wire', section: 'Diplomacy' };

describe('checkContent', () => {
  it('finds no problem in the valid fixture archive', async () => {
    const dir = await copyFixture('archive');
    const count = async (folder: string, ext: string) => (await listFiles(join(dir, folder), ext)).length;
    const versions = (await listFiles(join(dir, 'articles'), '.md')).filter((file) =>
      file.includes('/versions/'),
    ).length;
    expect(await checkContent(dir)).toEqual({
      problems: [],
      counts: {
        articles: (await count('articles', '.md')) - versions,
        versions,
        sources: await count('sources', '.yaml'),
        topics: await count('topics', '.md'),
      },
    });
  });

  describe("a story's earlier versions", () => {
    const story = (date: string, extra = '') =>
      `---\ntitle: Talks resume\ndate: ${date}\nsource: wire\nsection: Diplomacy\n${extra}---\nText.\n`;

    it('reads versions beside their story as articles, and counts them apart', async () => {
      const dir = await copyFixture('archive');
      await writeFile(
        join(dir, 'articles/2016/talks.md'),
        story('2016-03-05T08:00:00+09:00', 'updated: 2016-03-05T19:00:00+09:00\nlabel: LEAD\n'),
      );
      await mkdir(join(dir, 'articles/2016/talks/versions'), { recursive: true });
      await writeFile(join(dir, 'articles/2016/talks/versions/1.md'), story('2016-03-05T08:00:00+09:00'));
      const before = await checkContent(await copyFixture('archive'));
      const check = await checkContent(dir);
      expect(check.problems).toEqual([]);
      expect(check.counts).toEqual({
        ...before.counts,
        articles: before.counts.articles + 1,
        versions: before.counts.versions + 1,
      });
    });

    it('names a version whose story is gone, one dated after its story, and a stray file in a story folder', async () => {
      const dir = await copyFixture('archive');
      await mkdir(join(dir, 'articles/2016/gone/versions'), { recursive: true });
      await writeFile(join(dir, 'articles/2016/gone/versions/1.md'), story('2016-03-05'));
      await writeFile(join(dir, 'articles/2016/talks.md'), story('2016-03-05T08:00:00+09:00'));
      await mkdir(join(dir, 'articles/2016/talks/versions'), { recursive: true });
      await writeFile(
        join(dir, 'articles/2016/talks/versions/1.md'),
        story('2016-03-05T09:00:00+09:00', 'source: nowhere\n').replace('source: wire\n', ''),
      );
      await writeFile(join(dir, 'articles/2016/talks/notes.md'), story('2016-03-05'));
      const problems = (await checkContent(dir)).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /articles\/2016\/gone\/versions\/1\.md: \(file name\): is an earlier version of articles\/2016\/gone\.md, which does not exist; restore/,
          ),
          expect.stringMatching(
            /articles\/2016\/talks\/versions\/1\.md: date: this earlier version is dated after the current article/,
          ),
          expect.stringMatching(/articles\/2016\/talks\/versions\/1\.md: source: unknown source "nowhere"/),
          expect.stringMatching(
            /articles\/2016\/talks\/notes\.md: \(file name\): is not read: in a story's folder 2016\/talks\/ only earlier versions are read/,
          ),
        ]),
      );
      expect(problems).toHaveLength(4);
    });
  });

  describe('what a filing stopped half-way (kill -9, a full disk) leaves', () => {
    const version = (n: number, hour: number) =>
      `---\ntitle: Talks resume\ndate: 2016-03-05T0${hour}:00:00+09:00\nsource: wire\nsection: Diplomacy\n---\nText ${n}.\n`;
    const storyText = version(0, 9);
    const withStory = async (numbers: Record<number, string>) => {
      const dir = await copyFixture('archive');
      await writeFile(join(dir, 'articles/2016/talks.md'), storyText);
      await mkdir(join(dir, 'articles/2016/talks/versions'), { recursive: true });
      for (const [n, text] of Object.entries(numbers))
        await writeFile(join(dir, `articles/2016/talks/versions/${n}.md`), text);
      return dir;
    };

    it('names a gap in the version numbers', async () => {
      const dir = await withStory({ 2: version(2, 2), 3: version(3, 3), 4: version(4, 4) });
      expect((await checkContent(dir)).problems).toEqual([
        `${join(dir, 'articles/2016/talks/versions')}: (file name): holds versions 2, 3, 4 but no 1, as when a filing is stopped half-way; rename them so they are numbered from 1 without gaps, in time order (1.md the earliest)`,
      ]);
    });

    it('names a version with the same text as its story, or as another version', async () => {
      const dir = await withStory({ 1: version(1, 1), 2: version(1, 1), 3: storyText });
      expect((await checkContent(dir)).problems).toEqual([
        `${join(dir, 'articles/2016/talks/versions/2.md')}: (file): has the same text as ${join(dir, 'articles/2016/talks/versions/1.md')}, another version of this story, as when renumbering is stopped half-way; delete one of them, then number the versions from 1 without gaps`,
        `${join(dir, 'articles/2016/talks/versions/3.md')}: (file): has the same text as its story ${join(dir, 'articles/2016/talks.md')}, as when filing a new version is stopped after the story was kept and before the new one was written; delete this file, then import the new version again`,
      ]);
    });

    it('names the hidden temporary file of an unfinished write, in a year folder or a versions folder', async () => {
      const dir = await withStory({ 1: version(1, 1) });
      await writeFile(join(dir, 'articles/2016/.summit.md.4242.0a1b2c3d.tmp'), storyText.slice(0, 20));
      await writeFile(join(dir, 'articles/2016/talks/versions/.2.md.4242.deadbeef.tmp'), '');
      expect((await checkContent(dir)).problems).toEqual([
        `${join(dir, 'articles/2016/.summit.md.4242.0a1b2c3d.tmp')}: (file): is the unfinished write of summit.md that an import left when it was stopped (killed, or the disk was full); summit.md itself is whole (written before, or not at all). If no import is running, delete this file`,
        `${join(dir, 'articles/2016/talks/versions/.2.md.4242.deadbeef.tmp')}: (file): is the unfinished write of 2.md that an import left when it was stopped (killed, or the disk was full); 2.md itself is whole (written before, or not at all). If no import is running, delete this file`,
      ]);
    });
  });

  it('reports an unquoted impossible date, which a YAML date type would roll into March', async () => {
    const dir = await copyFixture('archive');
    const file = join(dir, 'articles/2016/leap.md');
    await writeFile(file, '---\ntitle: Leap day\ndate: 2016-02-31\nsource: wire\nsection: Diplomacy\n---\nText.\n');
    expect((await checkContent(dir)).problems).toEqual([
      `${file}: date: "2016-02-31" is not a valid ISO 8601 date; write it like "2016-01-20" or "2016-01-20T19:27:00+09:00"`,
    ]);
  });

  it('accepts an unquoted date-time, kept as written, as the build does', async () => {
    const dir = await copyFixture('archive');
    await writeFile(
      join(dir, 'articles/2016/unquoted.md'),
      [
        '---',
        'title: Talks resume',
        'date: 2016-02-06T15:00:00-09:00',
        'updated: 2016-03-06 10:30:00',
        'source: wire',
        'section: Diplomacy',
        'corrections:',
        '  - date: 2016-03-08T09:00:00+09:00',
        '    text: Fixed a figure.',
        '---',
        'Text.',
      ].join('\n'),
    );
    expect((await checkContent(dir)).problems).toEqual([]);
  });

  it('accepts an unquoted date without a time, and a quoted date-time', async () => {
    const dir = await copyFixture('archive');
    await writeFile(
      join(dir, 'articles/2016/date-only.md'),
      '---\ntitle: Talks resume\ndate: 2016-03-05\nsource: wire\nsection: Diplomacy\n---\nText.\n',
    );
    await writeFile(
      join(dir, 'articles/2016/quoted.md'),
      '---\ntitle: Talks end\ndate: \'2016-03-05T08:00:00+09:00\'\nupdated: "2016-03-06T10:30:00+09:00"\nsource: wire\nsection: Diplomacy\n---\nText.\n',
    );
    expect((await checkContent(dir)).problems).toEqual([]);
  });

  it('reports schema problems as file: field: problem, a misspelt field included', async () => {
    const dir = await copyFixture('archive');
    const file = await writeArticle(dir, '2016/typo.md', {
      ...article,
      sumary: 'x',
      gallery: [{ captoin: 'y' }],
      source: 'Wire',
    });
    expect((await checkContent(dir)).problems).toEqual([
      `${file}: source: "Wire" is not an id: use lowercase letters, digits and hyphens, like "yonhap"`,
      `${file}: gallery[0].captoin: unknown field; check the spelling against the field list in README.md, or remove it`,
      `${file}: sumary: unknown field; check the spelling against the field list in README.md, or remove it`,
    ]);
  });

  it('runs the build’s cross-checks: unknown sources and topics, the year folder, shared URLs', async () => {
    const dir = await copyFixture('archive');
    const unknown = await writeArticle(dir, '2016/unknown.md', {
      ...article,
      source: 'reuters',
      topics: ['talks', 'nope'],
    });
    const wrongYear = await writeArticle(dir, '2017/wrong-year.md', article);
    const problems = (await checkContent(dir)).problems;
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${unknown}: source: unknown source "reuters"; use one of .*"wire".* or add sources/reuters\\.yaml$`,
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${unknown}: topics\\[1\\]: unknown topic "nope"; use one of .*"talks".* or add topics/nope\\.md$`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${wrongYear}: date: the date is in 2016 but the file is in the 2017/ folder`)),
    );
    expect(problems).toHaveLength(3);
  });

  it('checks sources and topics too, and reports YAML that does not parse', async () => {
    const dir = await copyFixture('archive');
    await writeFile(join(dir, 'sources/bad.yaml'), 'name: Bad\nurl: not-a-url\ncountry: Korea\n');
    await writeFile(join(dir, 'topics/empty.md'), '---\ntitle: Empty\n---\n');
    await writeFile(join(dir, 'articles/2016/broken.md'), '---\ntitle: [unclosed\n---\n');
    const problems = (await checkContent(dir)).problems;
    expect(problems).toEqual([
      `${join(dir, 'sources/bad.yaml')}: url: "not-a-url" is not an absolute http(s) URL`,
      `${join(dir, 'sources/bad.yaml')}: country: expected a two-letter ISO 3166 country code such as "KR"`,
      `${join(dir, 'topics/empty.md')}: description: is required: expected text`,
      expect.stringMatching(
        new RegExp(
          `^${join(dir, 'articles/2016/broken.md')}: \\(front matter\\): the YAML does not parse on line \\d+: `,
        ),
      ),
    ]);
  });

  it('checks the alias file, and one saved under a name it is not read by', async () => {
    const dir = await copyFixture('archive');
    await writeFile(
      join(dir, 'aliases.yaml'),
      'people:\n  Kim Jong Un: [Supreme Leader]\n  Ada Envoy: [supreme leader]\n',
    );
    expect((await checkContent(dir)).problems).toEqual([
      `${dir}/aliases.yaml: people.Ada Envoy[0]: "supreme leader" is also listed under "Kim Jong Un"; a spelling belongs to one name, so remove it from one of the two`,
    ]);
    await rm(join(dir, 'aliases.yaml'));
    await writeFile(join(dir, 'aliases.yml'), 'people:\n  Kim Jong Un: [Kim Jong-un]\n');
    expect((await checkContent(dir)).problems).toEqual([
      `${dir}/aliases.yml: (file): the alias file is read only as aliases.yaml; rename it`,
    ]);
  });

  it('skips hidden files, as the content loader does', async () => {
    const dir = await copyFixture('archive');
    await writeFile(join(dir, 'articles/2016/.draft.md'), '---\ntitle: [unclosed\n---\n');
    await mkdir(join(dir, 'articles/.trash'));
    await writeFile(join(dir, 'articles/.trash/old.md'), 'no front matter\n');
    expect((await checkContent(dir)).problems).toEqual([]);
  });

  it('says so when the folder does not exist', async () => {
    const dir = await copyFixture('archive');
    await rm(dir, { recursive: true });
    expect((await checkContent(dir)).problems).toEqual([
      `${dir}: (folder): no such folder; pass the folder holding articles/, sources/ and topics/, or set CONTENT_DIR`,
    ]);
  });
});
