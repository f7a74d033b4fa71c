/**
 * Static paths of the listings each interface language has (English at `/`, Korean under `/ko/`):
 * the same pages over that language's stories (the archive index's `listing(lang)`).
 */
import { getArchive, keyedStaticPaths } from './archive.ts';
import { buildsListings, BUILD_PART } from '../config/build-part.ts';
import { INTERFACE_LANGUAGES } from '../i18n/strings/index.ts';
import { paginate, groupByMonth, type Page } from '../archive/queries.ts';
import { sectionListings, sourceListings, topicListings } from '../archive/listing-pages.ts';
import { withAdjacent, yearJumps, type Period, type YearJump } from '../views/periods.ts';
import type { InterfaceLanguage } from '../i18n/strings/index.ts';
import { listingUrls, monthRouteParams } from '../views/urls.ts';
import type { ArticleRecord, SourceRecord, TopicRecord } from '../model/records.ts';
import { urls } from './site-urls.ts';
import { FEED_SIZE, SITE } from '../config/site.ts';

/** The interface languages besides English whose listings have stories: each gets its folder (`/ko/`). */
export async function otherListingLanguages(): Promise<Exclude<InterfaceLanguage, 'en'>[]> {
  if (!buildsListings(BUILD_PART)) return [];
  const archive = await getArchive();
  return INTERFACE_LANGUAGES.filter(
    (lang): lang is Exclude<InterfaceLanguage, 'en'> => lang !== 'en' && archive.listing(lang).articles.length > 0,
  );
}

/** The `[lang]` paths of a listing page with no other parameters: `/ko/`, `/ko/topics/`. */
export async function languageFolderPaths() {
  return (await otherListingLanguages()).map((lang) => ({ params: { lang }, props: { lang } }));
}

/** A listing's paths for every other interface language with stories, each under its `[lang]` folder. */
export async function inLanguageFolders<Params extends object, Props extends object>(
  paths: (lang: InterfaceLanguage) => Promise<{ params: Params; props: Props; cacheKey: string }[]>,
) {
  const languages = await otherListingLanguages();
  const all = await Promise.all(
    languages.map(async (lang) =>
      (await paths(lang)).map((path) => ({
        ...path,
        params: { ...path.params, lang },
        props: { ...path.props, lang },
      })),
    ),
  );
  return all.flat();
}

export interface ArchivePageProps {
  page: Page<ArticleRecord>;
  /** Years with articles, newest first. */
  years: number[];
}

/** `/archive/`, then `/archive/page/2/` and on. */
export function archivePagePaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) => {
    const listing = archive.listing(lang);
    const years = listing.byYear.map((group) => group.key);
    return paginate(listing.articles, SITE.archivePageSize).map((page) => ({
      params: { page: page.number === 1 ? undefined : `page/${page.number}` },
      props: { page, years } satisfies ArchivePageProps,
    }));
  });
}

export interface ArchiveYearProps {
  year: number;
  total: number;
  /** Newest month first, each with its newest stories. */
  months: { month: number; count: number; newest: ArticleRecord[] }[];
  /** The nearest earlier and later years with stories. */
  earlier?: number | undefined;
  later?: number | undefined;
}

/**
 * `/archive/<year>/`: a year is an overview, each month's count and its newest few stories, the rest
 * on the month's page. Listing every story made a year of a wire archive one page of thousands.
 */
export function archiveYearPaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    withAdjacent(archive.listing(lang).byYear).map(({ period: year, earlier, later }) => ({
      params: { year: String(year.key) },
      props: {
        year: year.key,
        total: year.items.length,
        months: groupByMonth(year.items).map((m) => ({
          month: m.key,
          count: m.items.length,
          newest: m.items.slice(0, SITE.yearMonthPreviewCount),
        })),
        earlier: earlier?.key,
        later: later?.key,
      } satisfies ArchiveYearProps,
    })),
  );
}

export interface ArchiveMonthProps {
  year: number;
  month: number;
  articles: ArticleRecord[];
  /** The nearest earlier and later months with stories. */
  earlier?: Period | undefined;
  later?: Period | undefined;
}

/** `/archive/<year>/<month>/`, each with the nearest months that have stories. */
export function archiveMonthPaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    withAdjacent(
      archive
        .listing(lang)
        .byYear.flatMap((year) =>
          groupByMonth(year.items).map((month) => ({ year: year.key, month: month.key, articles: month.items })),
        ),
    ).map(({ period: { year, month, articles }, earlier, later }) => ({
      params: monthRouteParams(year, month),
      props: {
        year,
        month,
        articles,
        earlier: earlier && { year: earlier.year, month: earlier.month },
        later: later && { year: later.year, month: later.month },
      } satisfies ArchiveMonthProps,
    })),
  );
}

export interface TopicPageProps {
  topic: TopicRecord;
  /** One page of the topic's stories in the language, oldest first. */
  page: Page<ArticleRecord>;
  /** Jump-to-year links of the whole timeline, each to the page where its year starts. */
  jumps: YearJump[];
}

/**
 * A topic's timeline, `/topics/<id>/` then `/topics/<id>/2/` and on (`/ko/topics/<id>/` in
 * Korean), 50 a page oldest first, each with the jump-to-year links of the whole timeline.
 */
export function topicPagePaths(lang: InterfaceLanguage) {
  const topicUrls = listingUrls(urls, lang);
  return keyedStaticPaths((archive) =>
    topicListings(archive, lang).flatMap(({ topic, articles }) => {
      // A topic's timeline gets a jump list whenever it spans years, however short it is.
      const jumps = yearJumps(articles, SITE.listPageSize, (n) => topicUrls.topic(topic.id, n), 0);
      return paginate(articles, SITE.listPageSize).map((page) => ({
        params: { id: topic.id, page: page.number === 1 ? undefined : String(page.number) },
        props: { topic, page, jumps } satisfies TopicPageProps,
      }));
    }),
  );
}

export interface TopicFeedProps {
  topic: TopicRecord;
  /** Its newest stories in the language, newest first. */
  newest: ArticleRecord[];
}

/** A topic's feed, `/topics/<id>/rss.xml`, with its newest stories in the language. */
export function topicFeedPaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    topicListings(archive, lang).map(({ topic, articles }) => ({
      params: { id: topic.id },
      props: { topic, newest: articles.slice(-FEED_SIZE).reverse() } satisfies TopicFeedProps,
    })),
  );
}

export interface SourcePageProps {
  source: SourceRecord;
  /** One page of its stories in the language, newest first. */
  page: Page<ArticleRecord>;
}

/** A source's stories, `/sources/<id>/` then `/sources/<id>/2/` and on, 50 a page, newest first. */
export function sourcePagePaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    sourceListings(archive, lang).flatMap(({ source, articles }) =>
      paginate(articles, SITE.listPageSize).map((page) => ({
        params: { id: source.id, page: page.number === 1 ? undefined : String(page.number) },
        props: { source, page } satisfies SourcePageProps,
      })),
    ),
  );
}

export interface SourceFeedProps {
  source: SourceRecord;
  /** Its newest stories in the language, newest first. */
  newest: ArticleRecord[];
}

/** A source's feed, `/sources/<id>/rss.xml`, with its newest stories in the language. */
export function sourceFeedPaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    sourceListings(archive, lang).map(({ source, articles }) => ({
      params: { id: source.id },
      props: { source, newest: articles.slice(0, FEED_SIZE) } satisfies SourceFeedProps,
    })),
  );
}

export interface SectionPageProps {
  /** The section's name as English pages show it (the sections file gives it in other languages). */
  name: string;
  /** One page of its stories in the language, newest first. */
  page: Page<ArticleRecord>;
}

/** A section's stories, `/sections/<slug>/` then `/sections/<slug>/2/` and on, 50 a page, newest first. */
export function sectionPagePaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    sectionListings(archive, lang).flatMap((section) =>
      paginate(section.articles, SITE.listPageSize).map((page) => ({
        params: { slug: section.slug, page: page.number === 1 ? undefined : String(page.number) },
        props: { name: section.name, page } satisfies SectionPageProps,
      })),
    ),
  );
}

export interface SectionFeedProps {
  /** The section's name as English pages show it. */
  name: string;
  /** Its newest stories in the language, newest first. */
  newest: ArticleRecord[];
}

/** A section's feed, `/sections/<slug>/rss.xml`, with its newest stories in the language. */
export function sectionFeedPaths(lang: InterfaceLanguage) {
  return keyedStaticPaths((archive) =>
    sectionListings(archive, lang).map((section) => ({
      params: { slug: section.slug },
      props: { name: section.name, newest: section.articles.slice(0, FEED_SIZE) } satisfies SectionFeedProps,
    })),
  );
}
