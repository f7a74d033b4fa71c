/**
 * A broken archive refused as the build refuses it: the problems the model finds in the folder
 * (read-content.ts, the reader the build's content loader and check:content share) in a
 * ContentError, whose message is what the build prints. That a failing build prints exactly
 * these lines is tests/build/careless-editor.test.ts; which of two files sharing a URL is named
 * first is the build's order (tests/build/archive-build.test.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderProblems, readContentFolder } from '../../../src/model/read-content.ts';
import { ContentError } from '../../../src/model/validate.ts';
import { copyFixture, writeArticle } from '../../helpers/content.ts';

/** The message of the ContentError the build stops with; fails the test if the folder has no problem. */
async function refusal(dir: string): Promise<string> {
  const problems = await folderProblems(await readContentFolder(dir, { bodies: true }));
  expect(problems).not.toEqual([]);
  return new ContentError(problems).message;
}

describe('a broken archive', () => {
  it('fails on bad front matter, naming the file and the field', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2016/bad-date.md', {
      title: 'Bad date',
      date: '2016-02-30',
      source: 'wire',
      section: 'S',
    });
    const message = await refusal(dir);
    expect(message).toContain('articles/2016/bad-date.md');
    expect(message).toContain('date: "2016-02-30" is not a valid ISO 8601 date');
  });

  it('fails on an earlier version dated after its story, naming the version file and the field', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2016/launch-condemned/versions/1.md', {
      title: 'Launch condemned',
      date: '2016-02-09',
      source: 'paper',
      section: 'Security',
    });
    expect(await refusal(dir)).toMatch(
      /articles\/2016\/launch-condemned\/versions\/1\.md: date: this earlier version is dated after the current article/,
    );
  });

  it('fails on a broken alias file, naming the file, the name and the fix', async () => {
    const dir = await copyFixture('archive');
    await writeFile(
      join(dir, 'aliases.yaml'),
      'people:\n  Kim Jong Un: [Supreme Leader]\n  Ada Envoy: [supreme leader]\n',
    );
    expect(await refusal(dir)).toContain(
      `${join(dir, 'aliases.yaml')}: people.Ada Envoy[0]: "supreme leader" is also listed under "Kim Jong Un"`,
    );
  });
});
