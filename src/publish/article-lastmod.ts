/**
 * When each article last changed, keyed by its absolute URL, for the sitemap's `lastmod`.
 * Read from the front matter on disk because @astrojs/sitemap runs after the pages are built
 * and only sees their URLs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontMatter } from '../importer/front-matter.ts';
import { dateEpoch } from '../lib/dates.ts';
import { toArticleRecord } from '../lib/records.ts';
import type { Urls } from '../lib/urls.ts';
import { articleSchema } from '../schema/article.ts';

const READ_BATCH = 64;

/** Maps each article's absolute URL to its `updated` date, else its `date`. */
export async function readArticleLastModified(contentDir: string, urls: Urls, site: string): Promise<Map<string, Date>> {
  const dir = join(contentDir, 'articles');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md'));
  const lastModified = new Map<string, Date>();
  // A few files at a time: opening every file at once runs out of file handles on large archives.
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const texts = await Promise.all(batch.map((file) => readFile(join(dir, file), 'utf8')));
    batch.forEach((file, j) => {
      const parsed = articleSchema.safeParse(readFrontMatter(texts[j]!).data);
      // The build itself reports invalid files; here they simply get no lastmod.
      if (!parsed.success || parsed.data.draft) return;
      const record = toArticleRecord({ id: file.replace(/\.md$/, ''), data: parsed.data });
      lastModified.set(urls.absolute(urls.article(record), site), new Date(dateEpoch(parsed.data.updated ?? parsed.data.date)));
    });
  }
  return lastModified;
}
