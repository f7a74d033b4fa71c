/**
 * The `_dateline` extension: article fields that a ninjs item or a JSON Feed item has no
 * property for (section, topics, label, corrections, gallery, ...), written by `npm run export`
 * so an exported archive imports back whole. JSON Feed 1.1 reserves names starting with `_` for
 * extensions; ninjs has no such rule, so the same name is used there and documented in docs/exporting.md.
 */
import { articleSchema, type ArticleFields } from '../model/article.ts';

/** The property that holds the extension, on a ninjs object or a JSON Feed item. */
export const DATELINE_EXTENSION = '_dateline';

const FIELDS = new Set(Object.keys(articleSchema.shape));

/**
 * The article fields an item's extension gives, unknown names left out. Values are not checked
 * here: the importer checks the whole article against the schema, naming any bad field.
 */
export function datelineExtension(item: Record<string, unknown>): Partial<ArticleFields> {
  const extension = item[DATELINE_EXTENSION];
  if (typeof extension !== 'object' || extension === null || Array.isArray(extension)) return {};
  return Object.fromEntries(
    Object.entries(extension).filter(([key, value]) => FIELDS.has(key) && value !== undefined && value !== null),
  ) as Partial<ArticleFields>;
}
