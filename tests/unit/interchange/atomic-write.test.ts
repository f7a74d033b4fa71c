import { chmod, mkdtemp, open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetExistsError, WriteError, writeFileAtomic } from '../../../src/interchange/atomic-write.ts';

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

  it('keeps the mode of a file it replaces, a read-only one too', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.md');
    await writeFile(file, 'old text');
    for (const mode of [0o444, 0o640]) {
      await chmod(file, mode);
      await writeFileAtomic(file, `text for ${mode.toString(8)}`, { overwrite: true });
      expect((await stat(file)).mode & 0o7777).toBe(mode);
      expect(await readFile(file, 'utf8')).toBe(`text for ${mode.toString(8)}`);
    }
  });
});

/** Makes every FileHandle.writeFile fail as a full disk or a denied folder would, naming the file it was writing. */
async function failingWrites(code: string, run: () => Promise<unknown>): Promise<unknown> {
  const probe = await open(import.meta.filename, 'r');
  const handle: { writeFile(...args: unknown[]): Promise<void> } = Object.getPrototypeOf(probe);
  await probe.close();
  const writeFile = handle.writeFile;
  handle.writeFile = async function (this: { fd: number }) {
    const temp = (await readdir(lastDir)).find((name) => name.endsWith('.tmp'))!;
    throw Object.assign(new Error(`${code}: it failed, write '${join(lastDir, temp)}'`), { code });
  };
  try {
    return await run().then(
      () => undefined,
      (error: unknown) => error,
    );
  } finally {
    handle.writeFile = writeFile;
  }
}
let lastDir = '';

describe('writeFileAtomic when the write fails', () => {
  it('names the article, never its hidden temporary file, says what to do, and leaves the old file and no temporary one', async () => {
    lastDir = await tempDir();
    const file = join(lastDir, 'a.md');
    await writeFile(file, 'old text');
    const full = await failingWrites('ENOSPC', () => writeFileAtomic(file, 'new text', { overwrite: true }));
    expect(full).toBeInstanceOf(WriteError);
    expect((full as Error).message).toBe(
      `cannot write ${file}: the disk is full (nothing was left half-written); free some space and import again`,
    );
    const denied = await failingWrites('EACCES', () => writeFileAtomic(join(lastDir, 'b.md'), 'text'));
    expect((denied as Error).message).toBe(
      `cannot write ${join(lastDir, 'b.md')}: permission denied in ${lastDir}; let this user write there (chmod u+w), or pass another --out`,
    );
    const odd = await failingWrites('EIO', () => writeFileAtomic(join(lastDir, 'c.md'), 'text'));
    expect((odd as Error).message).toBe(
      `cannot write ${join(lastDir, 'c.md')}: EIO: it failed, write '${join(lastDir, 'c.md')}'; check ${lastDir}`,
    );
    expect(await readFile(file, 'utf8')).toBe('old text');
    expect(await readdir(lastDir)).toEqual(['a.md']);
  });

  it('says which file is in the way of its folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'articles'), 'not a folder');
    const file = join(dir, 'articles/2016/a.md');
    await expect(writeFileAtomic(file, 'text')).rejects.toThrow(
      `cannot write ${file}: a folder on the way to ${join(dir, 'articles/2016')} is a file; move or rename it, or pass another --out`,
    );
  });
});
