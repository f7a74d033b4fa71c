/**
 * The words a search with no results is matched against: the archive's names (people, places,
 * organisations), tags and topic titles, each with how many articles carry it, and the languages
 * its articles are written in. The build writes it as one small JSON file
 * (src/pages/search/suggestions.json.ts); the search page fetches it only when nothing matched.
 */
import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import type { ArchiveIndex } from '../archive/archive-index.ts';

/** A value and the number of articles that have it. */
export type Counted = [text: string, articles: number];

/**
 * What a suggested term is, which decides what its suggestion searches: a name, as words; a tag
 * or a topic, as that filter (their words need not be in any article's text).
 */
export type TermKind = 'name' | 'tag' | 'topic';

/** A known term, the number of articles it appears in, and its kind. */
export type Term = [text: string, articles: number, kind: TermKind];

export interface SuggestionIndex {
  /** Names, tags and topic titles, most-covered first; each spelling once a kind. */
  terms: Term[];
  /** Language tags of the articles (`en`, `ko`), most articles first. */
  languages: Counted[];
}

/** The suggestion index of an archive. */
export function suggestionIndex(
  archive: Pick<ArchiveIndex, 'articles' | 'entities' | 'topics' | 'byTopic'>,
): SuggestionIndex {
  const terms = new Map<string, Term>();
  const add = (text: string, count: number, kind: TermKind) => {
    const key = `${kind}\u0000${text}`;
    terms.set(key, [text, Math.max(count, terms.get(key)?.[1] ?? 0), kind]);
  };
  for (const kind of ENTITY_KINDS) {
    for (const entity of archive.entities[kind].values())
      add(entity.name, entity.articles.length, kind === 'tags' ? 'tag' : 'name');
  }
  for (const topic of archive.topics.values())
    add(topic.data.title, archive.byTopic.get(topic.id)?.length ?? 0, 'topic');
  const languages = new Map<string, number>();
  for (const article of archive.articles)
    languages.set(article.data.language, (languages.get(article.data.language) ?? 0) + 1);
  return { terms: byCount([...terms.values()]), languages: byCount([...languages]) };
}

const byCount = <T extends [string, number, ...unknown[]]>(entries: T[]): T[] =>
  entries.filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
