import type { APIRoute, GetStaticPaths } from 'astro';
import { languageFolderPaths } from '@/astro/listing-paths.ts';
import { listingFeed } from '@/astro/listing-feed.ts';
import type { InterfaceLanguage } from '@/i18n/strings/index.ts';

export const getStaticPaths = languageFolderPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: InterfaceLanguage }> = ({ props, site }) => listingFeed(props.lang, site);
