import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, topicStaticPaths } from '@/astro/archive.ts';
import { FEED_XMLNS, toFeedItems } from '@/lib/feed-items.ts';
import type { ArticleRecord, TopicRecord } from '@/model/records.ts';
import { urls } from '@/astro/site-urls.ts';
import { FEED_SIZE, SITE } from '@/site.ts';

export const getStaticPaths = topicStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicRecord; timeline: ArticleRecord[] }> = async ({ props, site }) => {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  // The topic page is a timeline (oldest first); a feed wants the newest.
  const newest = [...props.timeline].reverse().slice(0, FEED_SIZE);
  return rss({
    title: `${props.topic.data.title} · ${SITE.title}`,
    description: props.topic.data.description,
    site: urls.absolute(urls.topic(props.topic.id), origin),
    xmlns: FEED_XMLNS,
    items: toFeedItems(newest, { urls, site: origin, ...archive }),
  });
};
