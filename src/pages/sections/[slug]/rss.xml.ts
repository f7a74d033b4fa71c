import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionFeed } from '@/astro/listing-feed.ts';
import { sectionFeedPaths, type SectionFeedProps } from '@/astro/listing-paths.ts';

export const getStaticPaths = (() => sectionFeedPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<SectionFeedProps> = ({ props, site }) => sectionFeed(props, 'en', site);
