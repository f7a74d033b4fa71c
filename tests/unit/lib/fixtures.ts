import { articleSchema, type ArticleData } from '../../../src/model/article.ts';
import { toArticleRecord, type ArticleRecord } from '../../../src/model/records.ts';

/** A valid article record for unit tests; `data` overrides front matter, `id` the path. */
export function makeArticle(id: string, data: Partial<Record<keyof ArticleData, unknown>>): ArticleRecord {
  const parsed = articleSchema.parse({ title: id, source: 'wire', section: 'Diplomacy', ...data });
  return toArticleRecord({ id, data: parsed });
}
