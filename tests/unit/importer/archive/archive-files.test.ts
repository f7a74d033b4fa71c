import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFrontMatter } from '../../../../src/importer/archive/article-file.ts';
import { ArchiveFiles } from '../../../../src/importer/archive/archive-files.ts';
import { TargetExistsError } from '../../../../src/interchange/atomic-write.ts';

const story = (body: string) => ({
  data: { title: 'Talks resume', date: '2016-03-05', source: 'wire', section: 'Diplomacy' },
  body,
});
const text = (s: ReturnType<typeof story>) => writeFrontMatter(s.data, s.body);

describe('ArchiveFiles.write, two imports at the same time', () => {
  it('counts the same story written by the other import as already in the archive, not a failure', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dateline-archive-files-')), '2016/talks.md');
    const same = story('SEOUL, March 5 -- Talks resumed on Saturday.\n');
    const results = await Promise.all(
      [new ArchiveFiles(false), new ArchiveFiles(false)].map((files) => files.write(file, text(same), false, same)),
    );
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(results.find((r) => r !== undefined)).toEqual({
      file,
      reason: 'the same text, written by another import at the same time',
    });
    expect(await readFile(file, 'utf8')).toBe(text(same));
  });

  it('still refuses a name another story took meanwhile, so the caller chooses another', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dateline-archive-files-')), '2016/talks.md');
    const first = story('SEOUL, March 5 -- Talks resumed on Saturday.\n');
    const other = story('GENEVA, March 5 -- A different meeting opened.\n');
    await new ArchiveFiles(false).write(file, text(first), false, first);
    await expect(new ArchiveFiles(false).write(file, text(other), false, other)).rejects.toThrow(TargetExistsError);
    await expect(new ArchiveFiles(false).write(file, text(first), false)).rejects.toThrow(TargetExistsError);
    expect(await readFile(file, 'utf8')).toBe(text(first));
  });
});
