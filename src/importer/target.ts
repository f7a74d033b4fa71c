/**
 * Where an imported article goes: `YYYY/<slug>.md`, or, when that name already holds another
 * story with the same headline, the first free `<slug>-2.md`, `<slug>-3.md`, ... A file on the
 * way that holds this same story is returned as the duplicate, never passed over.
 */
import { readFile } from 'node:fs/promises';
import { sameStory, type Duplicate, type FrontMatter } from './duplicates.ts';
import { readFrontMatter } from '../model/front-matter.ts';

/** The file to write, and the duplicate it would replace when it already holds this story. */
export interface Target {
  path: string;
  duplicate?: Duplicate;
}

/** The front matter of the file at `path`; `undefined` when there is no file, `{}` when it cannot be read as an article. */
async function existingArticle(path: string): Promise<FrontMatter | undefined> {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // Anything there but unreadable still takes the name.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : {};
  }
  try {
    return readFrontMatter(text).data;
  } catch {
    return {};
  }
}

/**
 * Chooses the file for an article whose natural path is `path` (ending in `.md`). `planned`
 * holds files this run has already chosen but not written (a dry run), by path.
 */
export async function chooseTarget(path: string, data: FrontMatter, planned: ReadonlyMap<string, FrontMatter> = new Map()): Promise<Target> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? path : path.replace(/\.md$/, `-${n}.md`);
    const existing = planned.get(candidate) ?? (await existingArticle(candidate));
    if (!existing) return { path: candidate };
    const reason = sameStory(existing, data);
    if (reason) return { path: candidate, duplicate: { file: candidate, reason } };
  }
}
