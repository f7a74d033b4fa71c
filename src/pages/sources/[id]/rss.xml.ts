import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, sourceStaticPaths } from '@/astro/archive.ts';
import { FEED_XMLNS, toFeedItems } from '@/views/feed-items.ts';
import { sourceDescription, type ArticleRecord, type SourceRecord } from '@/model/records.ts';
import { urls } from '@/astro/site-urls.ts';
import { FEED_SIZE, SITE } from '@/config/site.ts';

export const getStaticPaths = sourceStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ source: SourceRecord; articles: ArticleRecord[] }> = async ({ props, site }) => {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  return rss({
    title: `${props.source.data.name} · ${SITE.title}`,
    description: sourceDescription(props.source),
    site: urls.absolute(urls.source(props.source.id), origin),
    xmlns: FEED_XMLNS,
    items: toFeedItems(props.articles.slice(0, FEED_SIZE), { urls, site: origin, ...archive }),
  });
};
