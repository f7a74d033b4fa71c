/**
 * The RSS feeds of a language's listings: the site-wide one (`/rss.xml`, `/ko/rss.xml`) and one
 * per topic, source and section (`/ko/topics/<id>/rss.xml`), each saying its language.
 */
import rss from '@astrojs/rss';
import { getArchive } from './archive.ts';
import { urls as siteUrls } from './site-urls.ts';
import { FEED_XMLNS, toFeedItems } from '../views/feed-items.ts';
import { strings, type InterfaceLanguage } from '../i18n/strings/index.ts';
import { listingUrls } from '../views/urls.ts';
import type { ArticleRecord } from '../model/records.ts';
import { sourceDescriptionIn, sourceName, topicDescription, topicTitle } from '../archive/localized-names.ts';
import { sectionName } from '../archive/sections.ts';
import type { SectionFeedProps, SourceFeedProps, TopicFeedProps } from './listing-paths.ts';
import { FEED_SIZE, SITE } from '../config/site.ts';

/** The newest stories of `lang`'s listing, with the channel's `<language>`. */
export async function listingFeed(lang: InterfaceLanguage, site: URL | undefined): Promise<Response> {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  const urls = listingUrls(siteUrls, lang);
  return rss({
    title: SITE.title,
    description: strings(lang).site.description,
    site: urls.absolute(urls.home(), origin),
    xmlns: FEED_XMLNS,
    customData: `<language>${lang}</language>`,
    items: toFeedItems(archive.listing(lang).articles.slice(0, FEED_SIZE), {
      urls: siteUrls,
      site: origin,
      ...archive,
      lang,
    }),
  });
}

/** What the feed of one topic, source or section is called, where its page is and what it carries. */
export interface NamedListingFeed {
  /** Its name in the feed's language. */
  name: string;
  description: string;
  /** Its page's address, from the language's URL helpers. */
  href: string;
  /** Its newest stories, newest first. */
  newest: readonly ArticleRecord[];
}

/** The feed of one topic, source or section in `lang`'s listings. */
export async function namedListingFeed(
  feed: NamedListingFeed,
  lang: InterfaceLanguage,
  site: URL | undefined,
): Promise<Response> {
  const archive = await getArchive();
  const origin = site ?? 'http://localhost:4321';
  return rss({
    title: `${feed.name} · ${SITE.title}`,
    description: feed.description,
    site: siteUrls.absolute(feed.href, origin),
    xmlns: FEED_XMLNS,
    customData: `<language>${lang}</language>`,
    items: toFeedItems(feed.newest, { urls: siteUrls, site: origin, ...archive, lang }),
  });
}

/** A topic's feed in `lang`: `/topics/<id>/rss.xml`, `/ko/topics/<id>/rss.xml`. */
export function topicFeed({ topic, newest }: TopicFeedProps, lang: InterfaceLanguage, site: URL | undefined) {
  const name = topicTitle(topic, lang);
  const href = listingUrls(siteUrls, lang).topic(topic.id);
  return namedListingFeed({ name, description: topicDescription(topic, lang), href, newest }, lang, site);
}

/** A source's feed in `lang`: `/sources/<id>/rss.xml`, `/ko/sources/<id>/rss.xml`. */
export function sourceFeed({ source, newest }: SourceFeedProps, lang: InterfaceLanguage, site: URL | undefined) {
  const name = sourceName(source, lang);
  const description = sourceDescriptionIn(source, lang) ?? strings(lang).namedListing.source.description(name);
  const href = listingUrls(siteUrls, lang).source(source.id);
  return namedListingFeed({ name, description, href, newest }, lang, site);
}

/** A section's feed in `lang`: `/sections/<slug>/rss.xml`, `/ko/sections/<slug>/rss.xml`. */
export async function sectionFeed({ name, newest }: SectionFeedProps, lang: InterfaceLanguage, site: URL | undefined) {
  const shown = sectionName((await getArchive()).sectionNames, name, lang);
  const description = strings(lang).namedListing.section.feedDescription(shown, SITE.title);
  const href = listingUrls(siteUrls, lang).section(name);
  return namedListingFeed({ name: shown, description, href, newest }, lang, site);
}
