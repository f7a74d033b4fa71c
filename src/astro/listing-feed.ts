/** The site-wide RSS feed of a language's listings: `/rss.xml`, `/ko/rss.xml`. */
import rss from '@astrojs/rss';
import { getArchive } from './archive.ts';
import { urls as siteUrls } from './site-urls.ts';
import { FEED_XMLNS, toFeedItems } from '../views/feed-items.ts';
import { strings, type InterfaceLanguage } from '../i18n/strings/index.ts';
import { listingUrls } from '../views/urls.ts';
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
    }),
  });
}
