import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeIfStopped } from './temp-files.ts';

/** Thrown when the target exists and overwriting was not asked for. */
export class TargetExistsError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${path} already exists`);
    this.name = 'TargetExistsError';
    this.path = path;
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a part: the text goes
 * to a temporary file beside the target, then takes the target's name in one step. Without
 * `overwrite`, that step is a hard link, which fails if the target appeared in the meantime.
 */
export async function writeFileAtomic(path: string, text: string, { overwrite = false } = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  // A dot name: the content loader and the importer's own scan both skip hidden files.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Registered before it exists, so no moment of its life is left uncovered.
  const release = removeIfStopped(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) {
      await rename(temp, path);
      return;
    }
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new TargetExistsError(path);
      // Some file systems have no hard links; check, then rename.
      if (await exists(path)) throw new TargetExistsError(path);
      await rename(temp, path);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
    release();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
