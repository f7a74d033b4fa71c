import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionFeed } from '@/astro/listing-feed.ts';
import { inLanguageFolders, sectionFeedPaths, type SectionFeedProps } from '@/astro/listing-paths.ts';
import type { InterfaceLanguage } from '@/i18n/strings/index.ts';

export const getStaticPaths = (() => inLanguageFolders(sectionFeedPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<SectionFeedProps & { lang: InterfaceLanguage }> = ({ props, site }) =>
  sectionFeed(props, props.lang, site);
