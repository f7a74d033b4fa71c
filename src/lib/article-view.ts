import type { ArticleData } from '../model/article.ts';
import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import { ENTITY_LABELS } from './entity-labels.ts';
import { plural, pluralWord } from './plural.ts';
import type { ArticleRecord, TopicRecord } from '../model/records.ts';
import { closestNeighbours, type TopicNeighbours } from './topic-neighbours.ts';
import type { Urls } from './urls.ts';

export interface TermGroup {
  label: string;
  terms: { name: string; href: string }[];
}

/**
 * The "Filed under" links of an article: its topics, then people, places, organizations and
 * tags, each under the name its page goes by (`pageName`: the alias file's, else as written).
 */
export function articleTermGroups(
  data: ArticleData,
  urls: Urls,
  topicTitle: (id: string) => string,
  pageName: (kind: EntityKind, written: string) => string = (_kind, written) => written,
): TermGroup[] {
  return [
    { label: 'Topics', terms: data.topics.map((id) => ({ name: topicTitle(id), href: urls.topic(id) })) },
    ...ENTITY_KINDS.map((kind) => ({
      label: ENTITY_LABELS[kind].plural,
      terms: [...new Set(data[kind].map((written) => pageName(kind, written)))].map((name) => ({ name, href: urls.entity(kind, name) })),
    })),
  ];
}

/** The name each page of an article's names goes by, by kind and spelling as written: `{ people: { 'Kim Jong-un': 'Kim Jong Un' } }`. */
export type TermNames = Partial<Record<EntityKind, Record<string, string>>>;

/**
 * The names an article's people, places, organizations and tags go by across the archive (the
 * alias file's, else the commonest spelling), only where that is not the spelling as written. They
 * belong in the page's props: they change with other stories, and a page's cache key is its props.
 */
export function articleTermNames(data: ArticleData, pageName: (kind: EntityKind, written: string) => string): TermNames {
  const names: TermNames = {};
  for (const kind of ENTITY_KINDS) {
    for (const written of data[kind]) {
      const name = pageName(kind, written);
      if (name !== written) (names[kind] ??= {})[written] = name;
    }
  }
  return names;
}

/** The name a spelling goes by, from an article's `TermNames`. */
export const termName = (names: TermNames) => (kind: EntityKind, written: string) => names[kind]?.[written] ?? written;

/** A one-line description: the summary, else dateline, headline and source. */
export function articleDescription(data: ArticleData, sourceName: string | undefined): string {
  if (data.summary) return data.summary;
  const dateline = data.dateline ? `${data.dateline}: ` : '';
  return `${dateline}${data.title}${sourceName ? ` (${sourceName})` : ''}`;
}

/** A topic's title by id; an id no topic file defines shows as itself, as validation has reported it. */
export function topicTitleLookup(topics: ReadonlyMap<string, TopicRecord>): (id: string) => string {
  return (id) => topics.get(id)?.data.title ?? id;
}

/**
 * "4 min read (812 words)" from the reading-time plugin's front matter (src/markdown/), or
 * undefined when it gave no minutes; the word count is left out when it gave none.
 */
export function readingTimeText(frontmatter: Record<string, unknown>): string | undefined {
  const minutes = Number(frontmatter.readingMinutes) || undefined;
  const words = Number(frontmatter.wordCount) || undefined;
  if (!minutes) return undefined;
  return `${minutes} min read${words ? ` (${plural(words, 'word')})` : ''}`;
}

/** The note under a gallery whose other photos were not carried over, or undefined when none is missing. */
export function galleryNote(notCarried: number): string | undefined {
  if (notCarried <= 0) return undefined;
  return `${plural(notCarried, 'more photo', 'more photos')} from the original gallery ${pluralWord(notCarried, 'is', 'are')} not part of this archive.`;
}

export interface TopicNavLink {
  title: string;
  href: string;
  /** The article's date as written, for a `<time>`. */
  date: string;
}

export interface TopicNavItem {
  topic: { title: string; href: string };
  /** The article before this one in the topic's timeline; absent for the first. */
  previous?: TopicNavLink | undefined;
  /** The article after this one; absent for the latest. */
  next?: TopicNavLink | undefined;
}

/**
 * The "In the same story" links: one previous/next pair, from the topic whose neighbours are
 * closest in time (see `closestNeighbours`); undefined when the article has no neighbour in any topic.
 */
export function topicNavItem(
  article: ArticleRecord,
  neighbours: readonly TopicNeighbours[],
  urls: Urls,
  topicTitle: (id: string) => string,
): TopicNavItem | undefined {
  const chosen = closestNeighbours(article, neighbours);
  if (!chosen) return undefined;
  const link = (other: ArticleRecord | undefined) => other && { title: other.data.title, href: urls.article(other), date: other.data.date };
  return {
    topic: { title: topicTitle(chosen.topic), href: urls.topic(chosen.topic) },
    previous: link(chosen.previous),
    next: link(chosen.next),
  };
}
