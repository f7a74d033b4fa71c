import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, keyedStaticPaths } from '@/astro/archive.ts';
import { FEED_XMLNS, toFeedItems } from '@/views/feed-items.ts';
import type { ArticleRecord } from '@/model/records.ts';
import { urls } from '@/astro/site-urls.ts';
import { FEED_SIZE, SITE } from '@/config/site.ts';

export const getStaticPaths = (() =>
  keyedStaticPaths((archive) =>
    [...archive.bySection.values()].map((section) => ({
      params: { slug: section.slug },
      props: { name: section.name, newest: section.articles.slice(0, FEED_SIZE) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; newest: ArticleRecord[] }> = async ({ props, site }) => {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  return rss({
    title: `${props.name} · ${SITE.title}`,
    description: `The latest articles in the ${props.name} section of ${SITE.title}.`,
    site: urls.absolute(urls.section(props.name), origin),
    xmlns: FEED_XMLNS,
    items: toFeedItems(props.newest, { urls, site: origin, ...archive }),
  });
};
