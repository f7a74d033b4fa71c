import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFeed } from '@/astro/listing-feed.ts';
import { inLanguageFolders, sourceFeedPaths, type SourceFeedProps } from '@/astro/listing-paths.ts';
import type { InterfaceLanguage } from '@/i18n/strings/index.ts';

export const getStaticPaths = (() => inLanguageFolders(sourceFeedPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<SourceFeedProps & { lang: InterfaceLanguage }> = ({ props, site }) =>
  sourceFeed(props, props.lang, site);
