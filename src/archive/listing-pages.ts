/**
 * Which topics, sources and sections have a page in an interface language's listings, each with
 * that language's stories. English keeps a page for every one, as it always had, even with no
 * English story: every English page links a story's topics, source and section, whatever the
 * story's language. Another language has a page only where it has stories, and links only there.
 */
import type { ArchiveIndex } from './archive-index.ts';
import type { Section } from './sections.ts';
import type { ArticleRecord, SourceRecord, TopicRecord } from '../model/records.ts';
import type { InterfaceLanguage } from '../i18n/strings/index.ts';

type Listings = Pick<ArchiveIndex, 'listing'>;

/** A topic's page in one language: the topic and that language's stories in it, oldest first. */
export interface TopicListing {
  topic: TopicRecord;
  articles: ArticleRecord[];
}

/** A source's page in one language: the source and that language's stories from it, newest first. */
export interface SourceListing {
  source: SourceRecord;
  articles: ArticleRecord[];
}

/** Whether `lang` has a page for something with `count` stories in it there. */
const hasPage = (lang: InterfaceLanguage, count: number) => lang === 'en' || count > 0;

/** The topics with a page in `lang`'s listings, in the archive's order, each with its timeline there. */
export function topicListings(
  archive: Listings & Pick<ArchiveIndex, 'topics'>,
  lang: InterfaceLanguage,
): TopicListing[] {
  const byTopic = archive.listing(lang).byTopic;
  return [...archive.topics.values()]
    .map((topic) => ({ topic, articles: byTopic.get(topic.id) ?? [] }))
    .filter((listing) => hasPage(lang, listing.articles.length));
}

/** The sources with a page in `lang`'s listings, in the archive's order, each with its stories there. */
export function sourceListings(
  archive: Listings & Pick<ArchiveIndex, 'sources'>,
  lang: InterfaceLanguage,
): SourceListing[] {
  const bySource = archive.listing(lang).bySource;
  return [...archive.sources.values()]
    .map((source) => ({ source, articles: bySource.get(source.id) ?? [] }))
    .filter((listing) => hasPage(lang, listing.articles.length));
}

/**
 * The sections with a page in `lang`'s listings, each with its stories there, newest first: in
 * English every section any story is filed in, named as the whole archive spells it most; in
 * another language those its stories are filed in.
 */
export function sectionListings(
  archive: Listings & Pick<ArchiveIndex, 'bySection'>,
  lang: InterfaceLanguage,
): Section[] {
  const own = archive.listing(lang).bySection;
  if (lang !== 'en') return [...own.values()];
  return [...archive.bySection.values()].map((section) => ({
    ...section,
    articles: own.get(section.slug)?.articles ?? [],
  }));
}
