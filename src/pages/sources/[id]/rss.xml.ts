import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFeed } from '@/astro/listing-feed.ts';
import { sourceFeedPaths, type SourceFeedProps } from '@/astro/listing-paths.ts';

export const getStaticPaths = (() => sourceFeedPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<SourceFeedProps> = ({ props, site }) => sourceFeed(props, 'en', site);
