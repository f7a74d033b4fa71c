/**
 * What each export format is given for one article, and the Dateline fields a format has no
 * property for, gathered into the `_dateline` extension the importer reads back.
 */
import type { ArticleData } from '../model/article.ts';

/** One article ready to be written out: its id (`2018/summit-held`), front matter, body as HTML, and its source's name. */
export interface ExportArticle {
  id: string;
  data: ArticleData;
  html: string;
  sourceName?: string | undefined;
}

type Extension = Partial<Record<keyof ArticleData, unknown>>;

/** `fields` of `data` that are set (not empty, not an empty list), for the `_dateline` extension; `undefined` when none are. */
export function extensionOf(data: ArticleData, fields: readonly (keyof ArticleData)[]): Extension | undefined {
  const extension: Extension = {};
  for (const field of fields) {
    const value = data[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    extension[field] = value;
  }
  return Object.keys(extension).length ? extension : undefined;
}

/** An object without its `undefined` properties, so the JSON written has no `null`s or gaps. */
export function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
