import type { ArticleData } from './article.ts';
import type { Source } from './source.ts';
import type { Topic } from './topic.ts';
import { parseArticleDate, type ArticleDate } from './dates.ts';
import { DEFAULT_CONTENT_DIR } from '../config/site.ts';
import { slugify } from './slugs.ts';

/** What a URL needs to know about an article. */
export interface ArticleUrlParts {
  year: number;
  month: number;
  day: number;
  slug: string;
}

/** An article as the site's queries see it: its front matter plus what its URL is made of. */
export interface ArticleRecord extends ArticleUrlParts {
  /** Collection id, from the path under articles/: `2016/blinken-urges-china`. */
  id: string;
  /** The file, as shown in error messages: `content/articles/2016/blinken-urges-china.md`. */
  file: string;
  data: ArticleData;
  published: ArticleDate;
  /** Astro's digest of the whole file, front matter and body; absent outside a build. */
  digest?: string | number | undefined;
}

/**
 * An earlier version of a story, kept as a whole article in `articles/YYYY/<slug>/versions/<n>.md`.
 * Version 1 is the first filed; the story's own file is always the current version.
 */
export interface VersionRecord {
  /** Collection id: `2016/blinken-urges-china/versions/1`. */
  id: string;
  /** The id of the story it is a version of: `2016/blinken-urges-china`. */
  articleId: string;
  number: number;
  file: string;
  data: ArticleData;
  /** When this version was filed: its `updated`, else its `date`. */
  filed: ArticleDate;
  digest?: string | number | undefined;
}

/** When a version of a story was filed: its `updated`, else its `date`. */
export function filedAt(data: Pick<ArticleData, 'date' | 'updated'>): ArticleDate | undefined {
  return parseArticleDate(data.updated ?? data.date);
}

/** Builds the record for one earlier version from its id (`<article id>/versions/<n>`). */
export function toVersionRecord(input: ArticleInput, contentDir = DEFAULT_CONTENT_DIR): VersionRecord {
  const file = input.filePath ?? `${contentDir}/articles/${input.id}.md`;
  const match = /^(.+)\/versions\/(\d+)$/.exec(input.id);
  if (!match)
    throw new Error(
      `${file}: (file name): not a version's place; versions are named articles/YYYY/<slug>/versions/<n>.md`,
    );
  const filed = filedAt(input.data);
  if (!filed) throw new Error(`${file}: date: "${input.data.updated ?? input.data.date}" is not a valid ISO 8601 date`);
  return {
    id: input.id,
    articleId: match[1]!,
    number: Number(match[2]),
    file,
    data: input.data,
    filed,
    digest: input.digest,
  };
}

export interface SourceRecord {
  id: string;
  data: Source;
}

export interface TopicRecord {
  id: string;
  data: Topic;
}

/** What a loader hands over for one article file. */
export interface ArticleInput {
  id: string;
  filePath?: string | undefined;
  data: ArticleData;
  digest?: string | number | undefined;
}

/** Builds the record for one article; the slug is the file name, the date parts are as written. */
export function toArticleRecord(input: ArticleInput, contentDir = DEFAULT_CONTENT_DIR): ArticleRecord {
  const published = parseArticleDate(input.data.date);
  const file = input.filePath ?? `${contentDir}/articles/${input.id}.md`;
  if (!published) throw new Error(`${file}: date: "${input.data.date}" is not a valid ISO 8601 date`);
  const baseName = input.id.split('/').pop() ?? input.id;
  return {
    id: input.id,
    file,
    data: input.data,
    published,
    digest: input.digest,
    year: published.year,
    month: published.month,
    day: published.day,
    slug: slugify(baseName),
  };
}

/** A source's description, or a line saying what its page lists. */
export function sourceDescription(source: SourceRecord): string {
  return source.data.description ?? `Articles following ${source.data.name}'s reporting.`;
}
