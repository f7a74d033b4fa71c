import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed } from '@/astro/listing-feed.ts';
import { inLanguageFolders, topicFeedPaths, type TopicFeedProps } from '@/astro/listing-paths.ts';
import type { InterfaceLanguage } from '@/i18n/strings/index.ts';

export const getStaticPaths = (() => inLanguageFolders(topicFeedPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<TopicFeedProps & { lang: InterfaceLanguage }> = ({ props, site }) =>
  topicFeed(props, props.lang, site);
