import { isWithheld } from '../model/article.ts';
import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import { byArticleCount, entityNamed, indexEntities, type Entity } from './entities.ts';
import { groupByYear, newestFirst, oldestFirst, type Group } from './queries.ts';
import type { ArticleInput, ArticleRecord, SourceRecord, TopicRecord, VersionRecord } from '../model/records.ts';
import { toArticleRecord, toVersionRecord } from '../model/records.ts';
import { createPageKey, type PageKey } from './page-keys.ts';
import { buildRelatedIndex } from './related.ts';
import { indexSections, type Section } from './sections.ts';
import { timelinePositions, topicNeighbours, type TopicNeighbours } from './topic-neighbours.ts';
import { ContentError, validateArticles, validateVersions } from '../model/validate.ts';
import { canonicalBySlug, type Aliases } from '../model/aliases.ts';

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
  /** The incremental-build cache key of a page with these props (see page-keys.ts). */
  pageKey: PageKey;
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
  const problems = [...validateArticles(all, sourceIds, topicIds), ...validateVersions(allVersions, all, sourceIds, topicIds)];
  if (problems.length) throw new ContentError(problems);

  const now = input.now ?? Date.now();
  const articles = all.filter((a) => !isWithheld(a.data, now)).sort(newestFirst);
  const byTopic = bucket(articles, (a) => a.data.topics);
  for (const list of byTopic.values()) list.sort(oldestFirst);
  const positions = timelinePositions(byTopic);
  const relatedIndex = buildRelatedIndex(articles);
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, indexEntities(articles, kind, input.aliases?.[kind])])) as Record<
    EntityKind,
    Map<string, Entity>
  >;
  const rankedCache = new Map<EntityKind, Entity[]>();
  const canonical = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, canonicalBySlug(input.aliases?.[kind] ?? {})])) as Record<EntityKind, Map<string, string>>;
  const versionsById = new Map<string, VersionRecord[]>();
  for (const version of [...allVersions].sort((a, b) => a.number - b.number)) {
    const list = versionsById.get(version.articleId);
    if (list) list.push(version);
    else versionsById.set(version.articleId, [version]);
  }

  return {
    articles,
    sources,
    topics,
    bySource: bucket(articles, (a) => [a.data.source]),
    byTopic,
    byYear: groupByYear(articles),
    bySection: indexSections(articles),
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
    pageKey: createPageKey({ articles, sources: sources.values(), topics: topics.values(), aliases: input.aliases }),
  };
}
