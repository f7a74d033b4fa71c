/**
 * Whether `--out` can hold articles, checked once before an import, so a folder in the way or a
 * read-only disk is one usage error naming the folder, not a failure per item.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeProblem } from '../../interchange/atomic-write.ts';
import { defaultOutDir } from './content-root.ts';
import { fileInTheWay } from './target.ts';

/** Why articles cannot go under `outDir` (it, or a folder above it, is a file), or `undefined`. */
export async function outDirProblem(
  outDir: string,
  given: boolean,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const yearFolder = join(outDir, '2000');
  const file = await fileInTheWay(yearFolder);
  if (!file) return undefined;
  const named = given ? `--out ${outDir}` : `${outDir} (where articles go without --out)`;
  return file === dirname(yearFolder)
    ? `${named} is a file, not a folder; pass the folder that holds the year folders, like ${defaultOutDir(env)}`
    : `${named} cannot be made: ${file} is a file, not a folder; move or rename it, or pass another --out`;
}

/**
 * Why articles cannot be written under `dir` (`--out`), or `undefined` when they can: checked once
 * before an import, so a read-only folder is one usage error, not a failure per item. The nearest
 * folder that exists must let this user create files; the rest is made as needed.
 */
export async function outDirWritable(dir: string): Promise<string | undefined> {
  let folder = resolve(dir);
  for (;;) {
    const found = await stat(folder).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    );
    if (found === 'file')
      return `articles cannot be written in ${dir}: ${folder} is a file, not a folder; move or rename it, or pass another --out`;
    if (found === 'folder') break;
    if (dirname(folder) === folder)
      return `articles cannot be written in ${dir}: none of its folders exists; pass another --out`;
    folder = dirname(folder);
  }
  try {
    await access(folder, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const made = folder === resolve(dir) ? '' : ` (where ${dir} would be made)`;
    return `articles cannot be written in ${dir}: ${writeProblem(code, `${folder}${made}`, (error as Error).message)}`;
  }
}
