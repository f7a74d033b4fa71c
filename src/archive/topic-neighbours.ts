import type { ArticleRecord } from '../model/records.ts';
import { interfaceLanguage } from '../i18n/strings/index.ts';

export interface TopicNeighbours {
  topic: string;
  previous?: ArticleRecord | undefined;
  next?: ArticleRecord | undefined;
}

/**
 * The article before and after this one in each of its topics' timelines, among the stories of its
 * interface language: the timeline its topic link leads to (`/ko/topics/<id>/` lists the Korean
 * ones), so a Korean story's neighbours are Korean, and where none is before or after it, it is
 * that timeline's first or latest. `timelines` maps topic id to its articles oldest first.
 */
export function topicNeighbours(
  article: ArticleRecord,
  timelines: ReadonlyMap<string, readonly ArticleRecord[]>,
  positions: ReadonlyMap<string, ReadonlyMap<ArticleRecord, number>>,
): TopicNeighbours[] {
  const language = interfaceLanguage(article.data.language);
  const inLanguage = (other: ArticleRecord) => interfaceLanguage(other.data.language) === language;
  return article.data.topics.flatMap((topic) => {
    const timeline = timelines.get(topic);
    const at = positions.get(topic)?.get(article);
    if (!timeline || at === undefined) return [];
    return [{ topic, previous: nearest(timeline, at, -1, inLanguage), next: nearest(timeline, at, 1, inLanguage) }];
  });
}

/**
 * The first article from `at` in `step`'s direction that `wanted` accepts. The walks of one
 * language's stories together pass over a timeline at most twice, since each ends at the next
 * story of that language.
 */
function nearest(
  timeline: readonly ArticleRecord[],
  at: number,
  step: -1 | 1,
  wanted: (other: ArticleRecord) => boolean,
): ArticleRecord | undefined {
  for (let i = at + step; i >= 0 && i < timeline.length; i += step) if (wanted(timeline[i]!)) return timeline[i];
  return undefined;
}

/** Position of each article in each timeline, so neighbours are found without scanning. */
export function timelinePositions(
  timelines: ReadonlyMap<string, readonly ArticleRecord[]>,
): Map<string, Map<ArticleRecord, number>> {
  return new Map([...timelines].map(([topic, list]) => [topic, new Map(list.map((a, i) => [a, i]))]));
}

/**
 * The one pair to show under an article in several topics: the topic whose nearer neighbour is
 * closest in time to it, as the tightest thread of the story; on a tie, the topic with both
 * neighbours, then the topic listed first. Topics where the article stands alone are passed over.
 */
export function closestNeighbours(
  article: ArticleRecord,
  neighbours: readonly TopicNeighbours[],
): TopicNeighbours | undefined {
  const gap = (other: ArticleRecord | undefined) =>
    other ? Math.abs(other.published.epoch - article.published.epoch) : Infinity;
  let best: { pair: TopicNeighbours; nearest: number; count: number } | undefined;
  for (const pair of neighbours) {
    const nearest = Math.min(gap(pair.previous), gap(pair.next));
    if (nearest === Infinity) continue;
    const count = Number(Boolean(pair.previous)) + Number(Boolean(pair.next));
    if (!best || nearest < best.nearest || (nearest === best.nearest && count > best.count))
      best = { pair, nearest, count };
  }
  return best?.pair;
}
