import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '@/astro/archive.ts';
import { FEED_XMLNS, toFeedItems } from '@/lib/feed-items.ts';
import { urls } from '@/astro/site-urls.ts';
import { FEED_SIZE, SITE } from '@/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: urls.absolute(urls.home(), origin),
    xmlns: FEED_XMLNS,
    items: toFeedItems(archive.articles.slice(0, FEED_SIZE), { urls, site: origin, ...archive }),
  });
};
