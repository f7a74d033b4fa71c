import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, topicFeedStaticPaths } from '@/astro/archive.ts';
import { FEED_XMLNS, toFeedItems } from '@/views/feed-items.ts';
import type { ArticleRecord, TopicRecord } from '@/model/records.ts';
import { urls } from '@/astro/site-urls.ts';
import { SITE } from '@/config/site.ts';

export const getStaticPaths = topicFeedStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicRecord; newest: ArticleRecord[] }> = async ({ props, site }) => {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  return rss({
    title: `${props.topic.data.title} · ${SITE.title}`,
    description: props.topic.data.description,
    site: urls.absolute(urls.topic(props.topic.id), origin),
    xmlns: FEED_XMLNS,
    items: toFeedItems(props.newest, { urls, site: origin, ...archive }),
  });
};
