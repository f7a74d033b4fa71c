/** The files of a built site with their sizes, as scripts/lib/host-check.ts checks them. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { OutputFile } from './host-check.ts';

/** Every file under `dir`, its path relative to `dir` and `/`-separated; a hard link counts as the file it is, as a host's upload copies it. */
export async function listOutputFiles(dir: string): Promise<OutputFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const files: OutputFile[] = [];
  // In batches: 300,000 files of a 100,000-story site would otherwise be 300,000 open stat calls at once.
  for (let i = 0; i < paths.length; i += 512) {
    const batch = paths.slice(i, i + 512);
    const sizes = await Promise.all(batch.map(async (path) => (await stat(path)).size));
    batch.forEach((path, j) => files.push({ path: relative(dir, path).split(sep).join('/'), bytes: sizes[j]! }));
  }
  return files;
}
