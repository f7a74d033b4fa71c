import type { ArticleRecord } from './records.ts';
import { slugify } from './slugs.ts';

/**
 * Related coverage, ranked by shared topics, then shared people, places, organizations and
 * tags, then nearness in time. Candidates come from an inverted index, and from each key only
 * the articles nearest in time, so the cost per article stays bounded however large the
 * archive or however common a topic.
 */
export interface RelatedIndex {
  related(article: ArticleRecord, limit: number): ArticleRecord[];
}

/** How many neighbours in time each shared key contributes as candidates, on each side. */
const WINDOW = 40;

function keysOf(article: ArticleRecord): { topics: string[]; entities: string[] } {
  const { data } = article;
  const entities = new Set<string>();
  for (const name of data.people) entities.add(`person:${slugify(name)}`);
  for (const name of data.places) entities.add(`place:${slugify(name)}`);
  for (const name of data.organizations) entities.add(`org:${slugify(name)}`);
  for (const name of data.tags) entities.add(`tag:${slugify(name)}`);
  return { topics: [...new Set(data.topics)].map((t) => `topic:${t}`), entities: [...entities] };
}

/** First position in `list` (sorted by epoch) whose epoch is >= `epoch`. */
function lowerBound(list: readonly ArticleRecord[], epoch: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.published.epoch < epoch) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the index once for the whole archive. */
export function buildRelatedIndex(articles: readonly ArticleRecord[]): RelatedIndex {
  const postings = new Map<string, ArticleRecord[]>();
  const keys = new Map<ArticleRecord, { topics: string[]; entities: string[] }>();
  const byTime = [...articles].sort((a, b) => a.published.epoch - b.published.epoch);
  for (const article of byTime) {
    const articleKeys = keysOf(article);
    keys.set(article, articleKeys);
    for (const key of [...articleKeys.topics, ...articleKeys.entities]) {
      const list = postings.get(key);
      if (list) list.push(article);
      else postings.set(key, [article]);
    }
  }

  return {
    related(article, limit) {
      const own = keys.get(article) ?? keysOf(article);
      const ownTopics = new Set(own.topics);
      const ownEntities = new Set(own.entities);
      // Candidates: the articles nearest in time under each shared key.
      const candidates = new Set<ArticleRecord>();
      for (const key of [...own.topics, ...own.entities]) {
        const list = postings.get(key);
        if (!list) continue;
        const at = lowerBound(list, article.published.epoch);
        for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) {
          const other = list[i]!;
          if (other !== article && other.id !== article.id) candidates.add(other);
        }
      }
      // Scores are exact: everything a candidate shares counts, not only the keys it was found under.
      const epoch = article.published.epoch;
      return [...candidates]
        .map((other) => {
          const theirs = keys.get(other)!;
          return {
            other,
            topics: theirs.topics.filter((k) => ownTopics.has(k)).length,
            entities: theirs.entities.filter((k) => ownEntities.has(k)).length,
            distance: Math.abs(other.published.epoch - epoch),
          };
        })
        .sort((a, b) => b.topics - a.topics || b.entities - a.entities || a.distance - b.distance || a.other.id.localeCompare(b.other.id))
        .slice(0, limit)
        .map(({ other }) => other);
    },
  };
}
