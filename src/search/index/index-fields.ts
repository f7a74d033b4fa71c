import { galleryView } from '../../views/gallery.ts';
import { statusLabels, storyStatus } from '../../views/story-status.ts';
import { storyTimeZones } from '../../views/story-time-zones.ts';
import { typeset } from '../../i18n/typography.ts';
import type { ArticleRecord, SourceRecord } from '../../model/records.ts';
import { compoundParts } from '../korean/compounds.ts';
import { PARTS_META, STORY_KEYS, type MetaKey, type PageFilterKey, type RangeKey, type StoryKey } from '../keys.ts';

/** What Pagefind stores about one article besides its text: filters, metadata and the sort key. */
export interface IndexFields {
  /** The filters the page shows, the UTC day, month and year that date ranges select on, and what a result shows of the story. */
  filters: Record<PageFilterKey | RangeKey | StoryKey, string[]>;
  meta: Partial<Record<MetaKey | typeof PARTS_META, string>>;
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
  /** The article's body as plain text: a Korean article's compounds are cut from it (and its headline and summary). */
  text?: string | undefined;
  /** The name English pages use for a section as a story writes it (`안보` → `Security`), so a section is one filter value in every language. */
  sectionName?: ((written: string) => string) | undefined;
}

/**
 * The language of the values the index stores where a story's own language would split one thing
 * in two (the statuses "Updated" and "업데이트"): one value, shown in each page's language by the
 * search page (src/search/value-names.ts).
 */
export const INDEX_LANGUAGE = 'en';

/** True for a Korean article, whose compounds the index is given cut (src/search/korean/compounds.ts). */
export function isKorean(language: string): boolean {
  return language.toLowerCase().split('-')[0] === 'ko';
}

const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v.trim() !== ''))];

/** The display name a source goes by in filters and results: its `shortName`, else its `name`. */
export function sourceDisplayName(source: SourceRecord | undefined, fallback: string): string {
  return source?.data.shortName ?? source?.data.name ?? fallback;
}

/** The hidden `parts` field of a Korean article with compounds (none for any other, whose index stays as it was). */
function partsMeta(language: string, text: string): { [PARTS_META]?: string } {
  if (!isKorean(language)) return {};
  const parts = compoundParts(text);
  return parts.length ? { [PARTS_META]: parts.join(' ') } : {};
}

/** Filters, metadata and sort key for one article, as the article page hands them to Pagefind. */
export function indexFields(article: ArticleRecord, context: IndexFieldsContext): IndexFields {
  const { data } = article;
  const source = sourceDisplayName(context.source, data.source);
  const src = galleryView(data.image, data.gallery).lead?.image.src;
  const image = src && context.publicFile(src);
  const instant = new Date(article.published.epoch).toISOString();
  // The time named and the story's status as its card on a listing gives them, not the wire's label.
  const zones = storyTimeZones(data.dateline, context.source?.data);
  const status = storyStatus(data);
  const { change, kind } = status;
  return {
    filters: {
      source: [source],
      year: [String(article.year)],
      section: [context.sectionName?.(data.section) ?? data.section],
      topic: unique(data.topics.map(context.topicTitle)),
      tag: unique(data.tags.map(context.tagName ?? ((tag) => tag))),
      // Reader words, as the cards say them; the wire's label stays on the story page and its versions.
      label: statusLabels(status, INDEX_LANGUAGE),
      utc_year: [instant.slice(0, 4)],
      utc_month: [instant.slice(0, 7)],
      utc_day: [instant.slice(0, 10)],
      [STORY_KEYS.zones]: zones.length > 0 ? [zones.join(' ')] : [],
      [STORY_KEYS.change]: change ? [change] : [],
      [STORY_KEYS.kind]: kind ? [kind] : [],
    },
    meta: {
      // As the article page sets it.
      title: typeset(data.title),
      // As written, with its offset, so results show the time where the story was filed.
      date: data.date,
      source,
      ...(data.dateline && { dateline: data.dateline }),
      ...(image && { image }),
      ...partsMeta(data.language, [data.title, data.summary ?? '', context.text ?? ''].join('\n')),
    },
    sort: { date: instant },
  };
}
