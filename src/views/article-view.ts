import type { ArticleData } from '../model/article.ts';
import { ENTITY_KINDS, type EntityKind } from '../model/entity-kinds.ts';
import { readingTime } from '../i18n/reading-time.ts';
import { interfaceLanguage, strings } from '../i18n/strings/index.ts';
import type { ArticleRecord, TopicRecord } from '../model/records.ts';
import { closestNeighbours, type TopicNeighbours } from '../archive/topic-neighbours.ts';
import type { Urls } from './urls.ts';

export interface TermGroup {
  label: string;
  terms: { name: string; href: string }[];
}

/** A name as an article's page shows it (`shown`, in the story's language) and the name of the page it links to. */
export interface TermName {
  shown: string;
  page: string;
}

/** As written, on the page of that spelling: what a name with no alias and no other spelling is. */
export const asWritten = (written: string): TermName => ({ shown: written, page: written });

/**
 * The "Filed under" links of an article: its topics, then people, places, organizations and
 * tags, each shown as `termName` says and linked to the page it names, once for each page.
 */
export function articleTermGroups(
  data: ArticleData,
  urls: Urls,
  topicTitle: (id: string) => string,
  termName: (kind: EntityKind, written: string) => TermName = (_kind, written) => asWritten(written),
  lang = 'en',
): TermGroup[] {
  const t = strings(lang);
  return [
    { label: t.article.topics, terms: data.topics.map((id) => ({ name: topicTitle(id), href: urls.topic(id) })) },
    ...ENTITY_KINDS.map((kind) => {
      const byPage = new Map(data[kind].map((written) => termName(kind, written)).map((name) => [name.page, name]));
      return {
        label: t.entities[kind].plural,
        terms: [...byPage.values()].map(({ shown, page }) => ({ name: shown, href: urls.entity(kind, page) })),
      };
    }),
  ];
}

/** How an article shows each of its names, by kind and spelling as written: `{ people: { 'Kim Jong-un': { shown: 'Kim Jong Un', page: 'Kim Jong Un' } } }`. */
export type TermNames = Partial<Record<EntityKind, Record<string, TermName>>>;

/**
 * How an article shows its people, places, organizations and tags and which page each links to
 * (the alias file's name, else the commonest spelling; shown as stories in its language write it),
 * only where that is not the spelling as written. They belong in the page's props: they change
 * with other stories, and a page's cache key is its props.
 */
export function articleTermNames(
  data: ArticleData,
  termName: (kind: EntityKind, written: string) => TermName,
): TermNames {
  const names: TermNames = {};
  for (const kind of ENTITY_KINDS) {
    for (const written of data[kind]) {
      const name = termName(kind, written);
      if (name.shown !== written || name.page !== written) (names[kind] ??= {})[written] = name;
    }
  }
  return names;
}

/** How a spelling is shown and which page it links to, from an article's `TermNames`. */
export const termName =
  (names: TermNames) =>
  (kind: EntityKind, written: string): TermName =>
    names[kind]?.[written] ?? asWritten(written);

/** A one-line description: the summary, else dateline, headline and source. */
export function articleDescription(data: ArticleData, sourceName: string | undefined): string {
  if (data.summary) return data.summary;
  const dateline = data.dateline ? `${data.dateline}: ` : '';
  return `${dateline}${data.title}${sourceName ? ` (${sourceName})` : ''}`;
}

/**
 * A topic's title by id, in `lang` where its file gives one (`translations`); an id no topic file
 * defines shows as itself, as validation has reported it.
 */
export function topicTitleLookup(topics: ReadonlyMap<string, TopicRecord>, lang = 'en'): (id: string) => string {
  return (id) => {
    const data = topics.get(id)?.data;
    return data?.translations?.[lang]?.title ?? data?.title ?? id;
  };
}

/**
 * "4 min read (812 words)" from the reading-time plugin's front matter (src/markdown/), or
 * undefined when it gave no minutes; the word count is left out when it gave none. A story in
 * Korean is counted by the character ("2분 분량 (1,040자)": reading-time.ts).
 */
export function readingTimeText(frontmatter: Record<string, unknown>, lang = 'en'): string | undefined {
  const t = strings(lang);
  const measured = readingTime(frontmatter, lang);
  if (measured?.unit === 'characters') return t.article.readingTime(measured.minutes, measured.count, 'characters');
  const minutes = Number(frontmatter.readingMinutes) || undefined;
  const words = Number(frontmatter.wordCount) || undefined;
  if (!minutes) return undefined;
  return t.article.readingTime(minutes, words, 'words');
}

/** The note under a gallery whose other photos were not carried over, or undefined when none is missing. */
export function galleryNote(notCarried: number, lang = 'en'): string | undefined {
  if (notCarried <= 0) return undefined;
  return strings(lang).article.galleryNote(notCarried);
}

/** One language version of a story, for `<link rel="alternate" hreflang>` and the visible link. */
export interface TranslationLink {
  /** The version's language tag, as its front matter gives it. */
  lang: string;
  /** Its page, site-relative. */
  href: string;
  /** What the visible link says, in that version's language: "한국어로 읽기", "Read in English". */
  text: string;
  /** Whether it is the page's own story. */
  current: boolean;
}

/** "한국어로 읽기" from its table; a language with no table is named in itself ("日本語"). */
function readInText(lang: string): string {
  if (interfaceLanguage(lang) === lang.toLowerCase().split('-')[0]) return strings(lang).readIn;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Every language version of `article` (from the archive index's `translationsOf`), itself
 * included; empty when it has no other, so a page with no translation links to none.
 */
export function translationLinks(
  article: ArticleRecord,
  versions: readonly ArticleRecord[],
  urls: Urls,
): TranslationLink[] {
  if (!versions.some((other) => other !== article)) return [];
  return versions.map((other) => ({
    lang: other.data.language,
    href: urls.article(other),
    text: readInText(other.data.language),
    current: other === article,
  }));
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
  const link = (other: ArticleRecord | undefined) =>
    other && { title: other.data.title, href: urls.article(other), date: other.data.date };
  return {
    topic: { title: topicTitle(chosen.topic), href: urls.topic(chosen.topic) },
    previous: link(chosen.previous),
    next: link(chosen.next),
  };
}
