/**
 * Finding an article already in the archive: the same original URL, or the same title on the
 * same day. Built once per run from every article file, then kept up to date as files are written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calendarDay, parseArticleDate } from '../model/dates.ts';
import { readFrontMatter } from '../model/front-matter.ts';
import type { ArticleFields } from './page.ts';

/** Front matter as read from a file: the schema's fields, not yet checked. */
export type FrontMatter = Partial<Record<keyof ArticleFields, unknown>>;

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

const titleKey = (title: unknown, date: unknown) => {
  if (typeof title !== 'string' || typeof date !== 'string') return undefined;
  const iso = parseArticleDate(date)?.iso;
  if (!iso) return undefined;
  return `${calendarDay(iso)} ${title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
};

const URL_REASON = (data: FrontMatter) => `the same originalUrl ${String(data.originalUrl)}`;
const TITLE_REASON = 'the same title on the same day';

/** Why `existing` is the same story as `data` (same original URL, or same title on the same day), or `undefined`. */
export function sameStory(existing: FrontMatter, data: FrontMatter): string | undefined {
  const url = urlKey(data.originalUrl);
  if (url && url === urlKey(existing.originalUrl)) return URL_REASON(data);
  const title = titleKey(data.title, data.date);
  if (title && title === titleKey(existing.title, existing.date)) return TITLE_REASON;
  return undefined;
}

/** An index of the archive's articles by original URL and by day and title. */
export class DuplicateIndex {
  readonly #byUrl = new Map<string, string>();
  readonly #byTitle = new Map<string, string>();

  /** Adds an article file and its front matter. */
  add(file: string, data: FrontMatter): void {
    const url = urlKey(data.originalUrl);
    const title = titleKey(data.title, data.date);
    if (url && !this.#byUrl.has(url)) this.#byUrl.set(url, file);
    if (title && !this.#byTitle.has(title)) this.#byTitle.set(title, file);
  }

  /** The earlier copy of this article, if there is one. */
  find(data: FrontMatter): Duplicate | undefined {
    const url = urlKey(data.originalUrl);
    const byUrl = url && this.#byUrl.get(url);
    if (byUrl) return { file: byUrl, reason: URL_REASON(data) };
    const title = titleKey(data.title, data.date);
    const byTitle = title && this.#byTitle.get(title);
    if (byTitle) return { file: byTitle, reason: TITLE_REASON };
    return undefined;
  }
}

/** Indexes every `.md` file under the given folders (missing folders are skipped). */
export async function indexArticles(dirs: readonly string[]): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  const seen = new Set<string>();
  for (const dir of dirs) {
    let entries;
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name.startsWith('.')) continue;
      const file = join(entry.parentPath, entry.name);
      if (seen.has(file)) continue;
      seen.add(file);
      try {
        index.add(file, readFrontMatter(await readFile(file, 'utf8')).data);
      } catch {
        // A file that does not parse cannot be matched; `npm run check:content` reports it.
      }
    }
  }
  return index;
}
