import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseTarget, MAX_NAMES } from '../../../../src/importer/archive/target.ts';

const headline = 'North Korea fires ballistic missile';
const february = 'SEOUL, Feb. 12 -- North Korea fired a ballistic missile into the East Sea on Sunday.';
const march = 'SEOUL, March 6 -- North Korea fired four ballistic missiles early Monday.';
const file = (date: string, body: string) => `---\ntitle: ${headline}\ndate: "${date}"\n---\n${body}\n`;
const story = (date: string, body: string) => ({ data: { title: headline, date }, body });

async function yearFolder(files: Record<string, string>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'dateline-target-')), '2017');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('chooseTarget', () => {
  it('is the natural path when it is free', async () => {
    const dir = await yearFolder({});
    expect(await chooseTarget(join(dir, 'missile.md'), story('2017-02-12', february))).toEqual({
      path: join(dir, 'missile.md'),
    });
  });

  it('passes over files holding other stories, and unreadable ones, to the first free -N name', async () => {
    const dir = await yearFolder({
      'missile.md': file('2017-02-12', february),
      'missile-2.md': '---\ntitle: [unclosed\n---\n',
    });
    expect(await chooseTarget(join(dir, 'missile.md'), story('2017-03-06', march))).toEqual({
      path: join(dir, 'missile-3.md'),
    });
  });

  it('passes over another story with the same headline on the same day', async () => {
    const dir = await yearFolder({ 'missile.md': file('2017-03-06', february) });
    expect(await chooseTarget(join(dir, 'missile.md'), story('2017-03-06', march))).toEqual({
      path: join(dir, 'missile-2.md'),
    });
  });

  it('stops at a file holding the same story, and says why it is one', async () => {
    const dir = await yearFolder({
      'missile.md': file('2017-02-12', february),
      'missile-2.md': file('2017-03-06', march),
    });
    expect(
      await chooseTarget(join(dir, 'missile.md'), story('2017-03-06T07:36:00+09:00', `${march.replace(/ /g, '\n')}\n`)),
    ).toEqual({
      path: join(dir, 'missile-2.md'),
      duplicate: { file: join(dir, 'missile-2.md'), reason: 'the same text' },
    });
  });

  it('counts names this run has planned but not written', async () => {
    const dir = await yearFolder({});
    const planned = new Map([[join(dir, 'missile.md'), story('2017-02-12', february)]]);
    expect(await chooseTarget(join(dir, 'missile.md'), story('2017-03-06', march), planned)).toEqual({
      path: join(dir, 'missile-2.md'),
    });
  });

  it('fails at once, naming the file, when the year folder is a file', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'dateline-target-')), 'articles');
    await mkdir(dir);
    await writeFile(join(dir, '2017'), 'not a folder');
    await expect(chooseTarget(join(dir, '2017/missile.md'), story('2017-02-12', february))).rejects.toThrow(
      `${join(dir, '2017')} is a file, not a folder, so ${join(dir, '2017/missile.md')} cannot be written; move or rename ${join(dir, '2017')}`,
    );
  });

  it('fails at once when a folder has the article’s name', async () => {
    const dir = await yearFolder({});
    await mkdir(join(dir, 'missile.md'));
    await expect(chooseTarget(join(dir, 'missile.md'), story('2017-02-12', february))).rejects.toThrow(
      `${join(dir, 'missile.md')} is a folder, so the article cannot take that name; move or rename the folder`,
    );
  });

  it(`gives up, saying why, when all ${MAX_NAMES} names hold other stories with the headline`, async () => {
    const dir = await yearFolder({});
    const names = Array.from({ length: MAX_NAMES }, (_, i) => join(dir, i ? `missile-${i + 1}.md` : 'missile.md'));
    const planned = new Map(names.map((name, i) => [name, story('2017-02-12', `${february} (${i})`)]));
    await expect(chooseTarget(join(dir, 'missile.md'), story('2017-03-06', march), planned)).rejects.toThrow(
      `${join(dir, 'missile.md')} and every numbered name up to ${join(dir, `missile-${MAX_NAMES}.md`)} hold other stories with this headline`,
    );
    planned.delete(names.at(-1)!);
    expect(await chooseTarget(join(dir, 'missile.md'), story('2017-03-06', march), planned)).toEqual({
      path: names.at(-1),
    });
  });
});
