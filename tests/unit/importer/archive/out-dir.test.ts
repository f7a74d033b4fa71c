import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirWritable } from '../../../../src/importer/archive/out-dir.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'dateline-write-'));

describe('outDirWritable', () => {
  it('passes a folder this user may write, or one that can be made there', async () => {
    const dir = await tempDir();
    expect(await outDirWritable(dir)).toBeUndefined();
    expect(await outDirWritable(join(dir, 'new/articles'))).toBeUndefined();
  });

  it('names the file in the way of --out', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'articles'), 'not a folder');
    expect(await outDirWritable(join(dir, 'articles/2016'))).toBe(
      `articles cannot be written in ${join(dir, 'articles/2016')}: ${join(dir, 'articles')} is a file, not a folder; move or rename it, or pass another --out`,
    );
  });

  // root may write anywhere, so a read-only folder can only be tried as another user.
  it.skipIf(process.getuid?.() === 0)('names a read-only folder and the fix', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'locked'));
    await chmod(join(dir, 'locked'), 0o555);
    expect(await outDirWritable(join(dir, 'locked/articles'))).toBe(
      `articles cannot be written in ${join(dir, 'locked/articles')}: permission denied in ${join(dir, 'locked')} (where ${join(dir, 'locked/articles')} would be made); let this user write there (chmod u+w), or pass another --out`,
    );
  });
});
