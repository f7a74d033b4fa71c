/**
 * What the content loader last found in each content file, by the digest of the file's text: its
 * checked fields and the images its body takes from beside it. An archive too large for one
 * process is built in parts one after another (scripts/build.ts), and every part needs every
 * article's fields, since its pages link to stories of all years; kept in the content folder's
 * cache, which the parts share, a file is parsed and checked by the first part that meets it and
 * the others only compare its digest instead of each part checking every file again. The digest of the model's code is part of the key: a changed schema checks every
 * file again. A part reads the stories it does not render from here rather than from Astro's
 * store (src/astro/archive.ts), so its store holds only its own.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentCacheDir, sourceDigest } from './build-cache.ts';
import type { ArticleData } from '../model/article.ts';
import type { CollectionName } from '../model/content-files.ts';
import { readContentFolder } from '../model/read-content.ts';
import { toArticleRecord, type ArticleRecord } from '../model/records.ts';

/** One file as the loader found it: the digest of its text, its checked fields, its body's own images. */
export interface CheckedEntry {
  digest: string;
  /** The file relative to the project, as Astro's store gives it (`content/articles/2016/x.md`). */
  filePath: string;
  data: Record<string, unknown>;
  /** The body's images from beside the file, as written: they are looked for again in every build. */
  images: string[];
}

interface CheckedFile {
  version: 2;
  model: string;
  entries: Map<string, CheckedEntry>;
}

/** Where a collection's checked entries are kept, in the content folder's cache (not a part's own). */
export function checkedEntriesFile(contentCache: string, collection: CollectionName): string {
  return join(contentCache, 'checked', `${collection}.v8`);
}

let modelDigest: string | undefined;
let writes = 0;

/** The digest of the model's code (src/model/ under `projectRoot`), read once a process. */
export function checkedBy(projectRoot: string): string {
  modelDigest ??= sourceDigest(join(projectRoot, 'src', 'model'));
  return modelDigest;
}

/** The entries of `file` by id, when they were checked by the same model code; otherwise none. */
export async function readCheckedEntries(file: string, model: string): Promise<Map<string, CheckedEntry>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  try {
    const kept = deserialize(bytes) as Partial<CheckedFile> | undefined;
    if (kept?.version === 2 && kept.model === model && kept.entries instanceof Map) return kept.entries;
  } catch {
    // Cut short (a build killed while writing it) or from another Node's serialiser: every file is checked again.
  }
  return new Map();
}

/** Writes `entries` to `file`, whole or not at all. */
export async function writeCheckedEntries(
  file: string,
  model: string,
  entries: Map<string, CheckedEntry>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Its own name for each write: `astro dev` may sync a collection again before the last sync has written.
  const partial = `${file}.${process.pid}-${++writes}.tmp`;
  await writeFile(partial, serialize({ version: 2, model, entries } satisfies CheckedFile));
  await rename(partial, file);
}

/**
 * The valid articles of `contentDir` as this build's content sync checked them, for steps after
 * it that want every article's fields (the sitemap's dates), so that a rebuild does not read every
 * file a second time. Before any sync (no entries kept) they are read
 * from the files.
 */
export async function checkedArticles(contentDir: string, projectRoot: string): Promise<ArticleRecord[]> {
  const entries = await readCheckedEntries(
    checkedEntriesFile(contentCacheDir(contentDir, projectRoot), 'articles'),
    checkedBy(projectRoot),
  );
  if (entries.size === 0) return (await readContentFolder(contentDir)).articles;
  return [...entries].map(([id, entry]) =>
    toArticleRecord({ id, filePath: entry.filePath, data: entry.data as ArticleData }, contentDir),
  );
}
