import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetExistsError, writeFileAtomic } from '../../../src/importer/write.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'dateline-write-'));

describe('writeFileAtomic', () => {
  it('creates the folders and the file, and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'articles/2016/a.md');
    await writeFileAtomic(file, 'new text');
    expect(await readFile(file, 'utf8')).toBe('new text');
    expect(await readdir(join(dir, 'articles/2016'))).toEqual(['a.md']);
  });

  it('never replaces an existing file unless asked', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.md');
    await writeFile(file, 'old text');
    await expect(writeFileAtomic(file, 'new text')).rejects.toThrow(TargetExistsError);
    expect(await readFile(file, 'utf8')).toBe('old text');
    expect(await readdir(dir)).toEqual(['a.md']);
    await writeFileAtomic(file, 'new text', { overwrite: true });
    expect(await readFile(file, 'utf8')).toBe('new text');
  });

  it('lets exactly one of two simultaneous writers create a file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.md');
    const results = await Promise.allSettled(['first', 'second', 'third'].map((text) => writeFileAtomic(file, text)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(['first', 'second', 'third']).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('stops listening for Ctrl-C once each write is done, refused ones too', async () => {
    const dir = await tempDir();
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    await writeFileAtomic(join(dir, 'a.md'), 'text');
    await expect(writeFileAtomic(join(dir, 'a.md'), 'text')).rejects.toThrow(TargetExistsError);
    await writeFileAtomic(join(dir, 'a.md'), 'new text', { overwrite: true });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
