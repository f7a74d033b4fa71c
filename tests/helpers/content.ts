import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixturesDir = resolve(import.meta.dirname, '../fixtures');

/** Copies a fixture archive into a fresh temp folder, so tests can add or break files. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dateline-${name}-`));
  await cp(join(fixturesDir, name), dir, { recursive: true });
  return dir;
}

/** Writes an article file under `contentDir/articles/`. */
export async function writeArticle(
  contentDir: string,
  path: string,
  frontMatter: Record<string, unknown>,
  body = 'Text.',
) {
  const file = join(contentDir, 'articles', path);
  await mkdir(join(file, '..'), { recursive: true });
  const yaml = Object.entries(frontMatter)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  await writeFile(file, `---\n${yaml}\n---\n${body}\n`);
  return file;
}
