import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { shardInputDigests } from '../../../src/caches/shard-inputs.ts';
import { writeArticle } from '../../helpers/content.ts';

const plan = [['2016'], ['2017']];

describe('what each shard is built from', () => {
  let project: string;
  let content: string;
  const digests = () => shardInputDigests(project, content, plan, [], {});

  beforeEach(async () => {
    project = await mkdtemp(join(tmpdir(), 'dateline-project-'));
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'src', 'page.ts'), 'export const title = "Archive";\n');
    content = join(project, 'content');
    await writeArticle(
      content,
      '2016/first-talks-open.md',
      { title: 'First talks open', date: '2016-01-20', source: 'wire', section: 'Diplomacy' },
      'The talks opened on Wednesday.',
    );
    await writeArticle(
      content,
      '2017/envoys-meet.md',
      { title: 'Envoys meet', date: '2017-07-04', source: 'wire', section: 'Diplomacy' },
      'The envoys met for two hours.',
    );
    await mkdir(join(content, 'sources'), { recursive: true });
    await writeFile(join(content, 'sources', 'wire.yaml'), 'name: Wire\n');
  });

  it('stay the same while nothing changes', async () => {
    expect(await digests()).toEqual(await digests());
  });

  it('change only for the story’s own shard when its text is edited', async () => {
    const [first, second] = await digests();
    const story = join(content, 'articles/2017/envoys-meet.md');
    await writeFile(story, `${await readFile(story, 'utf8')}\nBoth sides called the talks useful.\n`);
    const [firstAfter, secondAfter] = await digests();
    expect(firstAfter).toBe(first);
    expect(secondAfter).not.toBe(second);
  });

  it('change for every shard when a story’s front matter, a source, the code or the site address changes', async () => {
    const before = await digests();
    const story = join(content, 'articles/2017/envoys-meet.md');
    await writeFile(story, (await readFile(story, 'utf8')).replace('"Envoys meet"', '"Envoys meet again"'));
    const retitled = await digests();
    expect(retitled[0]).not.toBe(before[0]);
    expect(retitled[1]).not.toBe(before[1]);

    await writeFile(join(content, 'sources', 'wire.yaml'), 'name: The Wire\n');
    const renamed = await digests();
    expect(renamed.every((d, i) => d !== retitled[i])).toBe(true);

    await writeFile(join(project, 'src', 'page.ts'), 'export const title = "The archive";\n');
    const recoded = await digests();
    expect(recoded.every((d, i) => d !== renamed[i])).toBe(true);

    const elsewhere = await shardInputDigests(project, content, plan, [], { SITE_URL: 'https://news.example' });
    expect(elsewhere.every((d, i) => d !== recoded[i])).toBe(true);
  });
});
