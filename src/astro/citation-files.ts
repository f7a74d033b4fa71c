/**
 * The citation files of an article page (`cite.ris`, `cite.bib`), listed in its "Cite this
 * article" block: one route shape for each file format.
 */
import type { APIRoute } from 'astro';
import { citedArticle, type CitedArticle } from '../citations/format.ts';
import { articleRouteParams } from '../views/urls.ts';
import type { ArticleRecord } from '../model/records.ts';
import { SITE } from '../config/site.ts';
import { articleStaticPaths } from './archive.ts';
import { urls } from './site-urls.ts';

/** One file per article, at the article's address. */
export function citationFilePaths() {
  // Built with their article's shard in a build in parts, not by the merge (200,000 files at 100,000 articles).
  return articleStaticPaths((article) => [{ params: articleRouteParams(article), props: { article } }]);
}

/** The route that answers with `write`'s file of the article, as `contentType`. */
export function citationFile(
  write: (cited: CitedArticle) => string,
  contentType: string,
): APIRoute<{ article: ArticleRecord }> {
  return ({ props, site }) => {
    const url = urls.absolute(urls.article(props.article), site ?? 'http://localhost:4321');
    return new Response(write(citedArticle(props.article, url, SITE.title)), {
      headers: { 'Content-Type': `${contentType}; charset=utf-8` },
    });
  };
}
