/**
 * Writing an article's file atomically, keeping the mode of a file it replaces, with errors that
 * name the article (never the hidden temporary file) and say what to do.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { atomicTempName } from '../model/content-files.ts';
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

/** Thrown when an article's file cannot be written: the message names the article's path and the fix. */
export class WriteError extends Error {
  readonly path: string;
  readonly code: string | undefined;
  /** `temp`, the hidden file the text went to first, is named in no message: it is said as `path`. */
  constructor(path: string, error: unknown, temp?: string) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    super(
      `cannot write ${path}: ${writeProblem(code, dirname(path), temp ? message.replaceAll(temp, path) : message)}`,
    );
    this.name = 'WriteError';
    this.path = path;
    this.code = code;
  }
}

/** What went wrong writing in `folder`, in words, with what to do. */
export function writeProblem(code: string | undefined, folder: string, message: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied in ${folder}; let this user write there (chmod u+w), or pass another --out`;
    case 'EROFS':
      return `${folder} is on a read-only file system; pass another --out`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full (nothing was left half-written); free some space and import again`;
    case 'ENOTDIR':
      return `a folder on the way to ${folder} is a file; move or rename it, or pass another --out`;
    case 'ENAMETOOLONG':
      return 'the name is too long for the file system; give the story a shorter headline or pass a shorter --out';
    default:
      return `${message}; check ${folder}`;
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a part: the text goes
 * to a temporary file beside the target, then takes the target's name in one step. Without
 * `overwrite`, that step is a hard link, which fails if the target appeared in the meantime.
 * A replaced file keeps its mode (a read-only article stays read-only). Throws TargetExistsError,
 * or a WriteError naming `path`.
 */
export async function writeFileAtomic(path: string, text: string, { overwrite = false } = {}): Promise<void> {
  const dir = dirname(path);
  // A dot name: the content loader and the importer's own scan both skip hidden files.
  const temp = join(dir, atomicTempName(basename(path), process.pid, randomBytes(4).toString('hex')));
  // Registered before it exists, so no moment of its life is left uncovered.
  const release = removeIfStopped(temp);
  try {
    await mkdir(dir, { recursive: true });
    const replaced = overwrite ? await stat(path).catch(() => undefined) : undefined;
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      // The mode is set on the open file, so even a read-only one is fully written first.
      if (replaced) await handle.chmod(replaced.mode & 0o7777);
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
  } catch (error) {
    if (error instanceof TargetExistsError) throw error;
    throw new WriteError(path, error, temp);
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
