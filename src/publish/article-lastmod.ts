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

/** Maps each article's absolute URL to its `updated` date, else its `date`. */
export async function readArticleLastModified(contentDir: string, urls: Urls, site: string): Promise<Map<string, Date>> {
  const dir = join(contentDir, 'articles');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md'));
  const lastModified = new Map<string, Date>();
  await Promise.all(
    files.map(async (file) => {
      const parsed = articleSchema.safeParse(readFrontMatter(await readFile(join(dir, file), 'utf8')).data);
      // The build itself reports invalid files; here they simply get no lastmod.
      if (!parsed.success || parsed.data.draft) return;
      const record = toArticleRecord({ id: file.replace(/\.md$/, ''), data: parsed.data });
      lastModified.set(urls.absolute(urls.article(record), site), new Date(dateEpoch(parsed.data.updated ?? parsed.data.date)));
    }),
  );
  return lastModified;
}
