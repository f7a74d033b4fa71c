import type { RSSFeedItem } from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import { articleDescription } from './article-view.ts';
import { dateEpoch } from '../model/dates.ts';
import type { ArticleRecord, TopicRecord } from '../model/records.ts';
import { NO_SECTION_NAMES, type SectionNames } from '../model/translations.ts';
import { topicTitle } from '../archive/localized-names.ts';
import { sectionCanonicalName, sectionName } from '../archive/sections.ts';
import type { Urls } from './urls.ts';

/** Escapes text for XML we write ourselves (`customData`); @astrojs/rss escapes the rest. */
export const escapeXml = escapeUTF8;

export interface FeedContext {
  urls: Urls;
  site: URL | string;
  topics: ReadonlyMap<string, TopicRecord>;
  /** The feed's language: its items' categories name sections and topics in it (유엔 대북 제재 in `/ko/rss.xml`). */
  lang: string;
  /** Section names in other languages (content/sections.yaml). */
  sectionNames?: SectionNames | undefined;
}

/**
 * One RSS item per article, its earlier versions never listed apart: absolute link, first
 * publication date, summary, categories (section and topics named in the feed's language, tags as
 * written), a dc:creator per byline, and dcterms:modified when updated.
 */
export function toFeedItems(articles: readonly ArticleRecord[], context: FeedContext): RSSFeedItem[] {
  const { lang, sectionNames = NO_SECTION_NAMES } = context;
  const canonicalSection = sectionCanonicalName(sectionNames);
  return articles.map((article) => {
    const { data } = article;
    const section = sectionName(sectionNames, canonicalSection(data.section), lang);
    const topicTitles = data.topics.map((id) => {
      const topic = context.topics.get(id);
      return topic ? topicTitle(topic, lang) : id;
    });
    return {
      title: data.label ? `(${data.label}) ${data.title}` : data.title,
      link: context.urls.absolute(context.urls.article(article), context.site),
      pubDate: new Date(article.published.epoch),
      // Feed readers render <description> as HTML: escaped once more, a summary's `<script>` shows as text.
      description: escapeUTF8(articleDescription(data, undefined)),
      categories: [...new Set([section, ...topicTitles, ...data.tags])],
      customData:
        data.byline.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') +
        (data.updated
          ? `<dcterms:modified>${escapeXml(new Date(dateEpoch(data.updated)).toISOString())}</dcterms:modified>`
          : ''),
    };
  });
}

/** The namespaces our feeds use. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' };
