/**
 * Finding an article already in the archive: the same story is the same original URL, or the
 * same text (whitespace aside). A headline is not a story: two stories may share one on the
 * same day. The index is built once per run from every article file, then kept up to date as
 * files are written, so a bulk import looks each story up instead of comparing every pair.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { listCollectionFolder } from '../model/content-files.ts';
import { readFrontMatter } from '../model/front-matter.ts';
import type { ArticleFields } from './page.ts';

/** Front matter as read from a file: the schema's fields, not yet checked. */
export type FrontMatter = Partial<Record<keyof ArticleFields, unknown>>;

/** An article as the duplicate check sees it: its front matter and its Markdown body. */
export interface Story {
  data: FrontMatter;
  body: string;
}

/** Where an earlier copy of an article is, and why it counts as one. */
export interface Duplicate {
  file: string;
  reason: string;
}

const urlKey = (url: unknown) => {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
};

// A digest, so an index of thousands of stories holds short keys rather than every body.
const textKey = (body: string) => {
  const text = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text ? createHash('sha256').update(text).digest('base64url') : undefined;
};

const URL_REASON = (data: FrontMatter) => `the same originalUrl ${String(data.originalUrl)}`;
const TEXT_REASON = 'the same text';

/** Why `existing` is the same story as `story` (same original URL, or same text), or `undefined`. */
export function sameStory(existing: Story, story: Story): string | undefined {
  const url = urlKey(story.data.originalUrl);
  if (url && url === urlKey(existing.data.originalUrl)) return URL_REASON(story.data);
  const text = textKey(story.body);
  if (text && text === textKey(existing.body)) return TEXT_REASON;
  return undefined;
}

/** An index of the archive's articles by original URL and by text. */
export class DuplicateIndex {
  readonly #byUrl = new Map<string, string>();
  readonly #byText = new Map<string, string>();

  /** Adds an article file and what it holds. */
  add(file: string, story: Story): void {
    const url = urlKey(story.data.originalUrl);
    const text = textKey(story.body);
    if (url && !this.#byUrl.has(url)) this.#byUrl.set(url, file);
    if (text && !this.#byText.has(text)) this.#byText.set(text, file);
  }

  /** The earlier copy of this story, if there is one. */
  find(story: Story): Duplicate | undefined {
    const url = urlKey(story.data.originalUrl);
    const byUrl = url && this.#byUrl.get(url);
    if (byUrl) return { file: byUrl, reason: URL_REASON(story.data) };
    const text = textKey(story.body);
    const byText = text && this.#byText.get(text);
    if (byText) return { file: byText, reason: TEXT_REASON };
    return undefined;
  }
}

/** Indexes every article file under the given article folders, as the build finds them (missing folders are skipped). */
export async function indexArticles(dirs: readonly string[]): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  const seen = new Set<string>();
  // The archive's folder and --out are the same folder unless --out says otherwise: list it once.
  const folders = new Map<string, string>();
  for (const dir of dirs) if (!folders.has(resolve(dir))) folders.set(resolve(dir), dir);
  for (const dir of folders.values()) {
    for (const { file } of (await listCollectionFolder(dir, 'articles')).files) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      try {
        index.add(file, readFrontMatter(await readFile(file, 'utf8')));
      } catch {
        // A file that does not parse cannot be matched; `npm run check:content` reports it.
      }
    }
  }
  return index;
}
