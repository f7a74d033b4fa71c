import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedStaticPaths } from '@/astro/archive.ts';
import { urls } from '@/astro/site-urls.ts';
import { bibtexFile, citedArticle } from '@/lib/citations.ts';
import { articleRouteParams } from '@/lib/urls.ts';
import type { ArticleRecord } from '@/model/records.ts';
import { SITE } from '@/site.ts';

/** The article's citation as a BibTeX file, listed in its "Cite this article" block. */
export const getStaticPaths = (() =>
  keyedStaticPaths((archive) =>
    archive.articles.map((article) => ({ params: articleRouteParams(article), props: { article } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleRecord }> = ({ props, site }) => {
  const url = urls.absolute(urls.article(props.article), site ?? 'http://localhost:4321');
  return new Response(bibtexFile(citedArticle(props.article, url, SITE.title)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
