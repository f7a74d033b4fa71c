/**
 * Which files of a content folder are content, and what each is called: the rule the build's
 * loader and `check:content` share. Hidden files and folders are skipped (editors' and
 * systems' own files); a file that looks meant as content but would not be read (`x.MD`,
 * `x.markdown`, an article outside a year folder, a name with no letters) is a problem, never
 * passed over in silence. Links are followed.
 */
import { glob, readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { slugify } from './slugs.ts';
import type { ContentProblem } from './validate.ts';

/**
 * The collections of a content folder. Each has its own folder but `versions`: a story's earlier
 * versions live beside it, in `articles/YYYY/<slug>/versions/<n>.md`, so they move with it.
 */
export type CollectionName = 'articles' | 'versions' | 'sources' | 'topics';

/** The folder under the content folder that holds a collection's files. */
export function collectionFolder(collection: CollectionName): string {
  return collection === 'versions' ? 'articles' : collection;
}

/** One content file. */
export interface ContentFile {
  collection: CollectionName;
  /** Collection id, from the path alone: `2016/blinken-urges-china`, `yonhap`, `2016/blinken-urges-china/versions/1`. */
  id: string;
  /** Under the collection's folder, with `/`: `2016/blinken-urges-china.md`. */
  entry: string;
  /** As error messages show it: `content/articles/2016/blinken-urges-china.md`. */
  file: string;
}

interface CollectionRule {
  /** The extensions read, as written (lowercase). */
  extensions: readonly string[];
  /** Extensions an editor may have meant for this collection, compared in lowercase. */
  meant: readonly string[];
  /** What the collection's files are, for messages. */
  what: string;
}

const MARKDOWN_LIKE = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx'];

const RULES: Record<CollectionName, CollectionRule> = {
  articles: { extensions: ['.md'], meant: MARKDOWN_LIKE, what: 'articles are Markdown files ending in .md' },
  versions: { extensions: ['.md'], meant: MARKDOWN_LIKE, what: 'versions are Markdown files ending in .md' },
  topics: { extensions: ['.md'], meant: MARKDOWN_LIKE, what: 'topics are Markdown files ending in .md' },
  sources: { extensions: ['.yaml', '.yml'], meant: ['.yaml', '.yml'], what: 'sources are YAML files ending in .yaml' },
};

/** An article's place: `YYYY/<name>.md`, one folder for its year. */
const ARTICLE_ENTRY = /^\d{4}\/[^/]+$/;

/** An earlier version's place: `YYYY/<slug>/versions/<n>.md`, beside its story's `YYYY/<slug>.md`. */
const VERSION_ENTRY = /^(\d{4}\/[^/]+)\/versions\/([1-9]\d*)\.md$/;

/** A file in a story's own folder, `YYYY/<slug>/…`, where only versions are read. */
const STORY_FOLDER_ENTRY = /^(\d{4}\/[^/]+)\/./;

/**
 * The temporary file an atomic write (src/interchange/atomic-write.ts) makes beside `name` before it takes
 * that name: `.<name>.<pid>.<8 hex digits>.tmp`, hidden, so neither the build nor an import reads it.
 */
export function atomicTempName(name: string, pid: number, random: string): string {
  return `.${name}.${pid}.${random}.tmp`;
}

/** A name atomicTempName makes; the group is the file it was to become. */
export const ATOMIC_TEMP_NAME = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

/** The story and number of a version id such as `2016/blinken-urges-china/versions/2`, or undefined. */
export function versionParts(id: string): { articleId: string; number: number } | undefined {
  const match = VERSION_ENTRY.exec(`${id}.md`);
  return match ? { articleId: match[1]!, number: Number(match[2]) } : undefined;
}

/** Where version `number` of the article with this id is kept, under `articles/`: `2016/x/versions/1.md`. */
export function versionEntry(articleId: string, number: number): string {
  return `${articleId}/versions/${number}.md`;
}

/** Which collection a file under `articles/` belongs to: a story's version, or an article. */
function articlesFolderCollection(entry: string): 'articles' | 'versions' {
  return VERSION_ENTRY.test(entry) ? 'versions' : 'articles';
}

/** The id of a file under its collection's folder: the path without its extension. */
export function entryId(entry: string): string {
  return entry.slice(0, entry.length - extname(entry).length);
}

/** The problem with a file's name or place, or undefined when the collection reads it as it is. */
export function entryProblem(collection: CollectionName, entry: string, file: string): ContentProblem | undefined {
  const rule = RULES[collection];
  const ext = extname(entry);
  const name = entry.split('/').pop()!;
  if (!rule.extensions.includes(ext)) {
    if (!rule.meant.includes(ext.toLowerCase())) return undefined;
    const fixed = `${name.slice(0, name.length - ext.length)}${rule.extensions[0]}`;
    return { file, field: '(file name)', message: `is not read: ${rule.what}; rename it to ${fixed}` };
  }
  const story = STORY_FOLDER_ENTRY.exec(entry)?.[1];
  if (collection === 'articles' && story !== undefined) {
    return {
      file,
      field: '(file name)',
      message: `is not read: in a story's folder ${story}/ only earlier versions are read, named versions/1.md, versions/2.md, …; rename it so, or move it to articles/YYYY/${name} if it is a story of its own`,
    };
  }
  if (collection === 'articles' && !ARTICLE_ENTRY.test(entry)) {
    return {
      file,
      field: '(file name)',
      message: `is not in a year folder; move it to articles/YYYY/${name}, where YYYY is the year of its date`,
    };
  }
  if (collection !== 'articles' && collection !== 'versions' && entry.includes('/')) {
    return {
      file,
      field: '(file name)',
      message: `is in a subfolder, which is not read; move it up into ${collection}/`,
    };
  }
  if (slugify(entryId(name)) === '') {
    return {
      file,
      field: '(file name)',
      message: `"${name}" has no letters or digits to make a page address from; rename the file after its headline, like kim-visits-beijing${ext}`,
    };
  }
  return undefined;
}

/** A collection's files, the problems with the rest, and hidden temporary files of unfinished writes. */
export interface CollectionListing {
  files: ContentFile[];
  problems: ContentProblem[];
  /**
   * Temporary files of atomic writes (atomicTempName), by path: a write under way, or one an
   * import left when it was killed. Not a problem for the build, which never reads them; `check:content` reports them.
   */
  unfinished: string[];
}

/** The content files of one collection in `contentDir`, sorted by entry, and the problems with the rest. */
export function listContentFiles(contentDir: string, collection: CollectionName): Promise<CollectionListing> {
  return listCollectionFolder(join(contentDir, collectionFolder(collection)), collection);
}

/** The same for a folder holding one collection's files, such as an importer's `--out` folder. */
export async function listCollectionFolder(root: string, collection: CollectionName): Promise<CollectionListing> {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const unfinished: string[] = [];
  const exists = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) return { files, problems, unfinished };
  const entries: string[] = [];
  // Dot-files and dot-folders are not matched by `*`; the temporary files of writes are asked for by name, in the same walk.
  for await (const found of glob('**/{*,.*.tmp}', { cwd: root, withFileTypes: true })) {
    const path = join(found.parentPath, found.name);
    const isFile =
      found.isFile() ||
      (found.isSymbolicLink() &&
        (await stat(path).then(
          (s) => s.isFile(),
          () => false,
        )));
    if (isFile) entries.push(relative(root, path).split('\\').join('/'));
    else if (
      found.isSymbolicLink() &&
      !(await stat(path).then(
        () => true,
        () => false,
      ))
    ) {
      problems.push({
        file: join(root, relative(root, path)),
        field: '(file)',
        message: 'is a link to a file that does not exist; remove the link or restore the file',
      });
    }
  }
  for (const entry of entries.sort()) {
    // `articles/` holds two collections: each listing takes its own files, and the articles' one reports the strays.
    const shared = collectionFolder(collection) === 'articles';
    if (shared && articlesFolderCollection(entry) !== collection) continue;
    const file = join(root, entry);
    if (entry.split('/').pop()!.startsWith('.')) {
      if (ATOMIC_TEMP_NAME.test(entry.split('/').pop()!)) unfinished.push(file);
      continue;
    }
    const problem = entryProblem(collection, entry, file);
    if (problem) problems.push(problem);
    else if (RULES[collection].extensions.includes(extname(entry)))
      files.push({ collection, id: entryId(entry), entry, file });
  }
  return { files, problems, unfinished };
}

/** Whether any story of `contentDir` keeps earlier versions (`articles/YYYY/<slug>/versions/`, as VERSION_ENTRY), without listing every file. */
export async function hasVersionFolders(contentDir: string): Promise<boolean> {
  const articles = join(contentDir, collectionFolder('versions'));
  const folders = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name));
  for (const year of await folders(articles)) {
    for (const story of await folders(year))
      if (
        await stat(join(story, 'versions')).then(
          (s) => s.isDirectory(),
          () => false,
        )
      )
        return true;
  }
  return false;
}

/** The year folder of an article's or version's id (`2016/slug`, `2016/slug/versions/1`): `2016`. */
export function yearOfId(id: string): string {
  return id.slice(0, id.indexOf('/'));
}

/** How many article files each year folder of `contentDir` holds: what build parts and search parts are cut from. */
export async function articlesPerYear(contentDir: string): Promise<Map<string, number>> {
  const perYear = new Map<string, number>();
  for (const { id } of (await listContentFiles(contentDir, 'articles')).files)
    perYear.set(yearOfId(id), (perYear.get(yearOfId(id)) ?? 0) + 1);
  return perYear;
}
