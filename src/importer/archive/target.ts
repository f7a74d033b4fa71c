/**
 * Where an imported article goes: `YYYY/<slug>.md`, or, when that name already holds another
 * story with the same headline, the first free `<slug>-2.md`, `<slug>-3.md`, ... A file on the
 * way that holds this same story is returned as the duplicate, never passed over.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sameStory, type Duplicate, type Story } from './duplicates.ts';
import { ImportError } from '../errors.ts';
import { readFrontMatter } from '../../model/front-matter.ts';

/** The file to write, and the duplicate it would replace when it already holds this story. */
export interface Target {
  path: string;
  duplicate?: Duplicate;
}

/** How many names one headline may take in a year folder: `<slug>.md` up to `<slug>-1000.md`. */
export const MAX_NAMES = 1000;

/** The nearest folder above `path` that is in fact a file, if there is one. */
export async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const found = await stat(dir).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    );
    if (found === 'file') return dir;
    if (found === 'folder' || dirname(dir) === dir) return undefined;
  }
}

/**
 * The story in the file at `path`; `undefined` when there is no file, an empty one when it is
 * not an article (it still takes the name). Throws when the name cannot be checked, since
 * every numbered name beside it would fail the same way.
 */
async function existingArticle(path: string): Promise<Story | undefined> {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new ImportError(await cannotCheck(path, code, (error as Error).message));
  }
  try {
    return readFrontMatter(text);
  } catch {
    return { data: {}, body: '' };
  }
}

async function cannotCheck(path: string, code: string | undefined, message: string): Promise<string> {
  if (code === 'ENOTDIR') {
    const file = (await fileInTheWay(path)) ?? dirname(path);
    return `${file} is a file, not a folder, so ${path} cannot be written; move or rename ${file}`;
  }
  if (code === 'EISDIR') return `${path} is a folder, so the article cannot take that name; move or rename the folder`;
  if (code === 'EACCES' || code === 'EPERM')
    return `cannot read ${path} to see whether it holds this story: permission denied; check the permissions of the file and its folder`;
  return `cannot read ${path} to see whether it holds this story: ${message}; check the file and its folder`;
}

/**
 * The duplicate at `path` when the file there now holds this same story, else `undefined`: for a
 * write refused because the name was taken meanwhile, which another import running at the same
 * time does when it takes the same item. Throws an ImportError when the file cannot be read.
 */
export async function storyNowAt(path: string, story: Story): Promise<Duplicate | undefined> {
  const existing = await existingArticle(path);
  const reason = existing && sameStory(existing, story);
  return reason ? { file: path, reason } : undefined;
}

/**
 * Chooses the file for an article whose natural path is `path` (ending in `.md`). `planned`
 * holds files this run has already chosen but not written (a dry run), by path.
 */
export async function chooseTarget(
  path: string,
  story: Story,
  planned: ReadonlyMap<string, Story> = new Map(),
): Promise<Target> {
  for (let n = 1; n <= MAX_NAMES; n++) {
    const candidate = n === 1 ? path : path.replace(/\.md$/, `-${n}.md`);
    const existing = planned.get(candidate) ?? (await existingArticle(candidate));
    if (!existing) return { path: candidate };
    const reason = sameStory(existing, story);
    if (reason) return { path: candidate, duplicate: { file: candidate, reason } };
  }
  const last = path.replace(/\.md$/, `-${MAX_NAMES}.md`);
  throw new ImportError(
    `${path} and every numbered name up to ${last} hold other stories with this headline; nothing written. Give this story a headline that tells it apart`,
  );
}
