import { isWithheld } from '../model/article.ts';
import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import { byArticleCount, entityNamed, indexEntities, type Entity } from './entities.ts';
import { groupByYear, newestFirst, oldestFirst, type Group } from './queries.ts';
import type { ArticleInput, ArticleRecord, SourceRecord, TopicRecord, VersionRecord } from '../model/records.ts';
import { toArticleRecord, toVersionRecord } from '../model/records.ts';
import { createPageKey, type PageKey } from '../caches/page-keys.ts';
import { buildRelatedIndex } from './related.ts';
import { indexSections, type Section } from './sections.ts';
import { timelinePositions, topicNeighbours, type TopicNeighbours } from './topic-neighbours.ts';
import { ContentError, validateArticles, validateVersions } from '../model/validate.ts';
import { canonicalBySlug, type Aliases } from '../model/aliases.ts';
import { NO_SECTION_NAMES, type SectionNames } from '../model/translations.ts';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n/strings/index.ts';

/** One interface language's stories, as its listings (`/`, `/ko/`) show them. */
export interface Listing {
  lang: InterfaceLanguage;
  /** Its published articles, newest first. */
  articles: ArticleRecord[];
  bySource: Map<string, ArticleRecord[]>;
  /** Oldest first: the topic timeline. */
  byTopic: Map<string, ArticleRecord[]>;
  bySection: Map<string, Section>;
  byYear: Group<number, ArticleRecord>[];
}

/** Everything the pages ask of the archive, computed once per build. */
export interface ArchiveIndex {
  /** Published articles, newest first. */
  articles: ArticleRecord[];
  sources: Map<string, SourceRecord>;
  topics: Map<string, TopicRecord>;
  /** Articles per source, newest first. */
  bySource: Map<string, ArticleRecord[]>;
  /** Articles per topic, oldest first: the topic timeline. */
  byTopic: Map<string, ArticleRecord[]>;
  /** Sections by slug, each with its articles newest first. */
  bySection: Map<string, Section>;
  /** Articles per year, newest year first, each year newest first. */
  byYear: Group<number, ArticleRecord>[];
  entities: Record<EntityKind, Map<string, Entity>>;
  related(article: ArticleRecord, limit: number): ArticleRecord[];
  neighbours(article: ArticleRecord): TopicNeighbours[];
  /** The entity a name as an article writes it belongs to: its own, or the alias file's name's. */
  entityNamed(kind: EntityKind, written: string): Entity | undefined;
  /** Entities of a kind, most-covered first. */
  ranked(kind: EntityKind): Entity[];
  /** A published story's earlier versions, first filed first; empty when it has none. */
  versionsOf(article: ArticleRecord): VersionRecord[];
  /**
   * A story in every language it was filed in, itself included: the published stories sharing its
   * `translationKey`, in language-tag order; just itself when it has no key.
   */
  translationsOf(article: ArticleRecord): ArticleRecord[];
  /**
   * The stories an interface language's listings show: its own (`ko`, `ko-KR`), or for English
   * every story whose language has no interface of its own.
   */
  listing(lang: InterfaceLanguage): Listing;
  /** Section names in other languages (content/sections.yaml), by the name English pages use. */
  sectionNames: SectionNames;
  /** The incremental-build cache key of a page with these props (see page-keys.ts). */
  pageKey: PageKey;
}

/** Stories sharing a translation key, each list in language-tag order. */
function indexTranslations(articles: readonly ArticleRecord[]): Map<string, ArticleRecord[]> {
  const byKey = bucket(
    articles.filter((a) => a.data.translationKey !== undefined),
    (a) => [a.data.translationKey!],
  );
  for (const list of byKey.values())
    list.sort((a, b) => a.data.language.localeCompare(b.data.language) || a.id.localeCompare(b.id));
  return byKey;
}

/** The listing of one interface language from the archive's articles (newest first). */
function buildListing(lang: InterfaceLanguage, all: readonly ArticleRecord[], sectionNames: SectionNames): Listing {
  const articles = all.filter((a) => interfaceLanguage(a.data.language) === lang);
  const byTopic = bucket(articles, (a) => a.data.topics);
  for (const list of byTopic.values()) list.sort(oldestFirst);
  return {
    lang,
    articles,
    bySource: bucket(articles, (a) => [a.data.source]),
    byTopic,
    bySection: indexSections(articles, sectionNames),
    byYear: groupByYear(articles),
  };
}

function bucket(articles: readonly ArticleRecord[], keysOf: (a: ArticleRecord) => readonly string[]) {
  const map = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) {
      const list = map.get(key);
      if (list) list.push(article);
      else map.set(key, [article]);
    }
  }
  return map;
}

/**
 * Validates the loaded content and indexes it. Drafts and embargoed stories are left out; any problem throws a
 * `ContentError` naming every file and field, so no article is ever dropped silently.
 */
export function buildArchiveIndex(input: {
  articles: readonly ArticleInput[];
  sources: readonly SourceRecord[];
  topics: readonly TopicRecord[];
  /** The alias file's names and spellings: one entity page per name. */
  aliases?: Aliases;
  /** Stories' earlier versions (`<article id>/versions/<n>`). */
  versions?: readonly ArticleInput[];
  /** Section names in other languages (content/sections.yaml). */
  sectionNames?: SectionNames;
  contentDir?: string;
  /** The build's time (ms since the epoch): stories embargoed until later are left out. */
  now?: number;
}): ArchiveIndex {
  const all = input.articles.map((a) => toArticleRecord(a, input.contentDir));
  const allVersions = (input.versions ?? []).map((v) => toVersionRecord(v, input.contentDir));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const topics = new Map(input.topics.map((t) => [t.id, t]));
  const sourceIds = new Set(sources.keys());
  const topicIds = new Set(topics.keys());
  const problems = [
    ...validateArticles(all, sourceIds, topicIds),
    ...validateVersions(allVersions, all, sourceIds, topicIds),
  ];
  if (problems.length) throw new ContentError(problems);

  const now = input.now ?? Date.now();
  const articles = all.filter((a) => !isWithheld(a.data, now)).sort(newestFirst);
  const byTopic = bucket(articles, (a) => a.data.topics);
  for (const list of byTopic.values()) list.sort(oldestFirst);
  const positions = timelinePositions(byTopic);
  const relatedIndex = buildRelatedIndex(articles);
  const entities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, indexEntities(articles, kind, input.aliases?.[kind])]),
  ) as Record<EntityKind, Map<string, Entity>>;
  const rankedCache = new Map<EntityKind, Entity[]>();
  const canonical = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, canonicalBySlug(input.aliases?.[kind] ?? {})]),
  ) as Record<EntityKind, Map<string, string>>;
  const versionsById = new Map<string, VersionRecord[]>();
  for (const version of [...allVersions].sort((a, b) => a.number - b.number)) {
    const list = versionsById.get(version.articleId);
    if (list) list.push(version);
    else versionsById.set(version.articleId, [version]);
  }

  const sectionNames = input.sectionNames ?? NO_SECTION_NAMES;
  const translations = indexTranslations(articles);
  const listings = new Map<InterfaceLanguage, Listing>();

  return {
    articles,
    sources,
    topics,
    bySource: bucket(articles, (a) => [a.data.source]),
    byTopic,
    byYear: groupByYear(articles),
    bySection: indexSections(articles, sectionNames),
    entities,
    related: (article, limit) => relatedIndex.related(article, limit),
    neighbours: (article) => topicNeighbours(article, byTopic, positions),
    ranked(kind) {
      let ranked = rankedCache.get(kind);
      if (!ranked) rankedCache.set(kind, (ranked = byArticleCount(entities[kind].values())));
      return ranked;
    },
    entityNamed: (kind, written) => entityNamed(entities[kind], canonical[kind], written),
    versionsOf: (article) => versionsById.get(article.id) ?? [],
    translationsOf: (article) =>
      (article.data.translationKey === undefined ? undefined : translations.get(article.data.translationKey)) ?? [
        article,
      ],
    listing(lang) {
      let listing = listings.get(lang);
      if (!listing) listings.set(lang, (listing = buildListing(lang, articles, sectionNames)));
      return listing;
    },
    sectionNames,
    pageKey: createPageKey({
      articles,
      sources: sources.values(),
      topics: topics.values(),
      aliases: input.aliases,
      sectionNames,
    }),
  };
}
