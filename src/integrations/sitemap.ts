/**
 * The sitemap's options: which pages it lists, and each article's `lastmod`. @astrojs/sitemap
 * runs after the pages are built and sees only their URLs, so the dates are read from the
 * content on disk with the model's reader, the same one the build's loader uses.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { isWithheld } from '../model/article.ts';
import { dateEpoch } from '../model/dates.ts';
import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import { readAliasesFile, readContentFolder } from '../model/read-content.ts';
import { slugify } from '../model/slugs.ts';
import type { ArticleRecord } from '../model/records.ts';
import type { Urls } from '../views/urls.ts';

/**
 * Maps each published article's absolute URL to its latest version's time: the current file is
 * the latest version (the build refuses an earlier one filed after it), so its `updated`, else its `date`.
 */
export async function readArticleLastModified(
  contentDir: string,
  urls: Urls,
  site: string,
  readArticles: () => Promise<readonly ArticleRecord[]> = async () => (await readContentFolder(contentDir)).articles,
): Promise<Map<string, Date>> {
  const articles = await readArticles();
  const lastModified = new Map<string, Date>();
  // The build itself reports invalid files; here they simply get no lastmod.
  for (const article of articles) {
    if (isWithheld(article.data, Date.now())) continue;
    lastModified.set(
      urls.absolute(urls.article(article), site),
      new Date(dateEpoch(article.data.updated ?? article.data.date)),
    );
  }
  return lastModified;
}

/**
 * Pages that are not for search engines: the 404 page, search results, and a story's versions
 * (its list and each earlier version), whose canonical page is the story itself.
 */
export function isListedPage(page: string): boolean {
  const { pathname } = new URL(page);
  return !/\/(404|search)\/?$/.test(pathname) && !/\/articles\/.+\/versions(\/|$)/.test(pathname);
}

/**
 * The absolute URLs of the alias file's other spellings (`/people/tony-blinken/`): pages that
 * only send the reader to the name's own page, so they are not listed.
 */
export async function readAliasPageUrls(contentDir: string, urls: Urls, site: string): Promise<Set<string>> {
  const { aliases } = await readAliasesFile(contentDir);
  const pages = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    for (const [name, spellings] of Object.entries(aliases[kind])) {
      for (const spelling of spellings) {
        if (slugify(spelling) !== slugify(name)) pages.add(urls.absolute(urls.entity(kind, spelling), site));
      }
    }
  }
  return pages;
}

/**
 * readArticleLastModified, read at most once a build: a merged build in parts wants it for its
 * page list before the build and for the dates after it (two reads of every file at 100,000 articles).
 */
export function articleLastModified(
  contentDir: string,
  urls: Urls,
  site: string,
  readArticles?: () => Promise<readonly ArticleRecord[]>,
): () => Promise<Map<string, Date>> {
  let read: Promise<Map<string, Date>> | undefined;
  return () => (read ??= readArticleLastModified(contentDir, urls, site, readArticles));
}

/** @astrojs/sitemap's options for an archive in `contentDir`, published at `site` under `urls.base`. */
export function getSitemapConfig(
  contentDir: string,
  urls: Urls,
  site: string,
  lastModified = articleLastModified(contentDir, urls, site),
): NonNullable<SitemapOptions> {
  let aliasPages: Promise<Set<string>> | undefined;
  return {
    filter: isListedPage,
    serialize: async (item) => {
      aliasPages ??= readAliasPageUrls(contentDir, urls, site);
      // Returning nothing leaves the page out.
      if ((await aliasPages).has(item.url)) return undefined;
      const date = (await lastModified()).get(item.url);
      return date ? { ...item, lastmod: date.toISOString() } : item;
    },
  };
}
