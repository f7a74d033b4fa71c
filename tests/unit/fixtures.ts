import { articleSchema, type ArticleData } from '../../src/model/article.ts';
import { toArticleRecord, toVersionRecord, type ArticleRecord, type VersionRecord } from '../../src/model/records.ts';

/** A valid article record for unit tests; `data` overrides front matter, `id` the path. */
export function makeArticle(id: string, data: Partial<Record<keyof ArticleData, unknown>>): ArticleRecord {
  const parsed = articleSchema.parse({ title: id, source: 'wire', section: 'Diplomacy', ...data });
  return toArticleRecord({ id, data: parsed });
}

/** A valid earlier version `number` of the story `articleId`; `data` overrides front matter. */
export function makeVersion(
  articleId: string,
  number: number,
  data: Partial<Record<keyof ArticleData, unknown>>,
): VersionRecord {
  const parsed = articleSchema.parse({ title: articleId, source: 'wire', section: 'Diplomacy', ...data });
  return toVersionRecord({ id: `${articleId}/versions/${number}`, data: parsed });
}
