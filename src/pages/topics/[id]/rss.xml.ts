import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed } from '@/astro/listing-feed.ts';
import { topicFeedPaths, type TopicFeedProps } from '@/astro/listing-paths.ts';

export const getStaticPaths = (() => topicFeedPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<TopicFeedProps> = ({ props, site }) => topicFeed(props, 'en', site);
