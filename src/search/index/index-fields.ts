import { galleryView } from '../../lib/gallery.ts';
import { typeset } from '../../lib/typography.ts';
import type { ArticleRecord, SourceRecord } from '../../model/records.ts';
import type { FilterKey, MetaKey, RangeKey } from '../keys.ts';

/** What Pagefind stores about one article besides its text: filters, metadata and the sort key. */
export interface IndexFields {
  /** The filters the page shows, and the UTC day, month and year that date ranges select on. */
  filters: Record<FilterKey | RangeKey, string[]>;
  meta: Partial<Record<MetaKey, string>>;
  sort: { date: string };
}

export interface IndexFieldsContext {
  source?: SourceRecord | undefined;
  /** The title of a topic id; the id itself when the topic is unknown. */
  topicTitle: (id: string) => string;
  /** Puts an image path from front matter under the base path: `urls.publicFile` for this build. */
  publicFile: (src: string) => string;
  /** The name a tag's page goes by (the alias file's, else as written), so one tag is one filter value. */
  tagName?: ((written: string) => string) | undefined;
}

const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v.trim() !== ''))];

/** The display name a source goes by in filters and results: its `shortName`, else its `name`. */
export function sourceDisplayName(source: SourceRecord | undefined, fallback: string): string {
  return source?.data.shortName ?? source?.data.name ?? fallback;
}

/** Filters, metadata and sort key for one article, as the article page hands them to Pagefind. */
export function indexFields(article: ArticleRecord, context: IndexFieldsContext): IndexFields {
  const { data } = article;
  const source = sourceDisplayName(context.source, data.source);
  const src = galleryView(data.image, data.gallery).lead?.image.src;
  const image = src && context.publicFile(src);
  const instant = new Date(article.published.epoch).toISOString();
  return {
    filters: {
      source: [source],
      year: [String(article.year)],
      section: [data.section],
      topic: unique(data.topics.map(context.topicTitle)),
      tag: unique(data.tags.map(context.tagName ?? ((tag) => tag))),
      label: data.label ? [data.label] : [],
      utc_year: [instant.slice(0, 4)],
      utc_month: [instant.slice(0, 7)],
      utc_day: [instant.slice(0, 10)],
    },
    meta: {
      // As the article page sets it.
      title: typeset(data.title),
      // As written, with its offset, so results show the time where the story was filed.
      date: data.date,
      source,
      ...(data.dateline && { dateline: data.dateline }),
      ...(image && { image }),
    },
    sort: { date: instant },
  };
}
