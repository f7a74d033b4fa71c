/**
 * The "Cite this article" block of the article pages (references and RIS and BibTeX files), made
 * on the citation worker (src/citations/pool.ts). A build queues those of every article page it
 * will render as soon as it has read the archive: the worker makes them while Astro renders the
 * pages before the articles (the archive's listings), instead of Astro waiting on it at each
 * article page (a third of a cold build's time, with the main thread idle).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { outDir, site, srcDir } from 'astro:config/server';
import { sharedCitationPool } from '../citations/pool.ts';
import { citedArticle, type CitedArticle } from '../citations/cited-article.ts';
import type { ArticleCitation } from '../citations/format.ts';
import { createUrls } from '../views/urls.ts';
import type { ArticleRecord } from '../model/records.ts';
import { SITE } from '../config/site.ts';
import { urls } from './site-urls.ts';

// Found from Astro's srcDir: bundled into dist/, this file has no src/citations/ beside it.
const pool = () => sharedCitationPool(new URL('citations/worker.ts', srcDir));

/** What the citation of `article` cites, on the site at `siteUrl`. */
function cited(article: ArticleRecord, siteUrl: string | URL): CitedArticle {
  return citedArticle(article, urls.absolute(urls.article(article), siteUrl), SITE.title);
}

/** The citation of `article`'s page on the site at `siteUrl`: made now, or by the queue. */
export function articleCitation(article: ArticleRecord, siteUrl: string | URL): Promise<ArticleCitation> {
  return pool().citation(cited(article, siteUrl), article.file);
}

// Page files in the output folder, whatever the base path.
const pagePath = createUrls('/');

/**
 * Queues the citations of `articles`, in the order their pages are rendered, when building.
 * A page already in the output folder is most likely kept by the incremental build and not
 * rendered at all, so its citation is not queued: a page that is rendered asks for it itself.
 */
export function queueArticleReferences(articles: readonly ArticleRecord[]): void {
  if (!import.meta.env.PROD || !site) return;
  const dir = String(outDir);
  const out = /^file:/.test(dir) ? new URL(dir.endsWith('/') ? dir : `${dir}/`) : pathToFileURL(`${dir}/`);
  for (const article of articles) {
    if (existsSync(new URL(`.${pagePath.article(article)}index.html`, out))) continue;
    pool().prefetch(cited(article, site), article.file);
  }
}
