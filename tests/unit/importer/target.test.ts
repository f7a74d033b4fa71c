import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseTarget, MAX_NAMES } from '../../../src/importer/target.ts';

const headline = 'North Korea fires ballistic missile';
const story = (date: string) => `---\ntitle: ${headline}\ndate: "${date}"\n---\nText.\n`;

async function yearFolder(files: Record<string, string>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'dateline-target-')), '2017');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('chooseTarget', () => {
  it('is the natural path when it is free', async () => {
    const dir = await yearFolder({});
    expect(await chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-02-12' })).toEqual({ path: join(dir, 'missile.md') });
  });

  it('passes over files holding other stories, and unreadable ones, to the first free -N name', async () => {
    const dir = await yearFolder({ 'missile.md': story('2017-02-12'), 'missile-2.md': '---\ntitle: [unclosed\n---\n' });
    expect(await chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-03-06' })).toEqual({ path: join(dir, 'missile-3.md') });
  });

  it('stops at a file holding the same story, and says why it is one', async () => {
    const dir = await yearFolder({ 'missile.md': story('2017-02-12'), 'missile-2.md': story('2017-03-06') });
    expect(await chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-03-06T07:36:00+09:00' })).toEqual({
      path: join(dir, 'missile-2.md'),
      duplicate: { file: join(dir, 'missile-2.md'), reason: 'the same title on the same day' },
    });
  });

  it('counts names this run has planned but not written', async () => {
    const dir = await yearFolder({});
    const planned = new Map([[join(dir, 'missile.md'), { title: headline, date: '2017-02-12' }]]);
    expect(await chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-03-06' }, planned)).toEqual({ path: join(dir, 'missile-2.md') });
  });

  it('fails at once, naming the file, when the year folder is a file', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'dateline-target-')), 'articles');
    await mkdir(dir);
    await writeFile(join(dir, '2017'), 'not a folder');
    await expect(chooseTarget(join(dir, '2017/missile.md'), { title: headline, date: '2017-02-12' })).rejects.toThrow(
      `${join(dir, '2017')} is a file, not a folder, so ${join(dir, '2017/missile.md')} cannot be written; move or rename ${join(dir, '2017')}`,
    );
  });

  it('fails at once when a folder has the article’s name', async () => {
    const dir = await yearFolder({});
    await mkdir(join(dir, 'missile.md'));
    await expect(chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-02-12' })).rejects.toThrow(
      `${join(dir, 'missile.md')} is a folder, so the article cannot take that name; move or rename the folder`,
    );
  });

  it(`gives up, saying why, when all ${MAX_NAMES} names hold other stories with the headline`, async () => {
    const dir = await yearFolder({});
    const names = Array.from({ length: MAX_NAMES }, (_, i) => join(dir, i ? `missile-${i + 1}.md` : 'missile.md'));
    const planned = new Map(names.map((name) => [name, { title: headline, date: '2017-02-12' }]));
    await expect(chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-03-06' }, planned)).rejects.toThrow(
      `${join(dir, 'missile.md')} and every numbered name up to ${join(dir, `missile-${MAX_NAMES}.md`)} hold other stories with this headline`,
    );
    planned.delete(names.at(-1)!);
    expect(await chooseTarget(join(dir, 'missile.md'), { title: headline, date: '2017-03-06' }, planned)).toEqual({ path: names.at(-1) });
  });
});
