import type { ArticleRecord } from '../model/records.ts';

export interface TopicNeighbours {
  topic: string;
  previous?: ArticleRecord | undefined;
  next?: ArticleRecord | undefined;
}

/**
 * The article before and after this one in each of its topics' timelines.
 * `timelines` maps topic id to its articles oldest first.
 */
export function topicNeighbours(
  article: ArticleRecord,
  timelines: ReadonlyMap<string, readonly ArticleRecord[]>,
  positions: ReadonlyMap<string, ReadonlyMap<ArticleRecord, number>>,
): TopicNeighbours[] {
  return article.data.topics.flatMap((topic) => {
    const timeline = timelines.get(topic);
    const at = positions.get(topic)?.get(article);
    if (!timeline || at === undefined) return [];
    return [{ topic, previous: timeline[at - 1], next: timeline[at + 1] }];
  });
}

/** Position of each article in each timeline, so neighbours are found without scanning. */
export function timelinePositions(
  timelines: ReadonlyMap<string, readonly ArticleRecord[]>,
): Map<string, Map<ArticleRecord, number>> {
  return new Map([...timelines].map(([topic, list]) => [topic, new Map(list.map((a, i) => [a, i]))]));
}
