/**
 * The words a search with no results is matched against: the archive's names (people, places,
 * organisations), tags and topic titles, each with how many articles carry it, and the languages
 * its articles are written in. The build writes it as one small JSON file
 * (src/pages/search/suggestions.json.ts); the search page fetches it only when nothing matched.
 */
import { ENTITY_KINDS } from '../model/entity-kinds.ts';
import type { ArchiveIndex } from '../lib/archive-index.ts';

/** A known term and the number of articles it appears in. */
export type Counted = [text: string, articles: number];

export interface SuggestionIndex {
  /** Names, tags and topic titles, most-covered first; each spelling once. */
  terms: Counted[];
  /** Language tags of the articles (`en`, `ko`), most articles first. */
  languages: Counted[];
}

/** The suggestion index of an archive. */
export function suggestionIndex(archive: Pick<ArchiveIndex, 'articles' | 'entities' | 'topics' | 'byTopic'>): SuggestionIndex {
  const terms = new Map<string, number>();
  const add = (text: string, count: number) => terms.set(text, Math.max(count, terms.get(text) ?? 0));
  for (const kind of ENTITY_KINDS) for (const entity of archive.entities[kind].values()) add(entity.name, entity.articles.length);
  for (const topic of archive.topics.values()) add(topic.data.title, archive.byTopic.get(topic.id)?.length ?? 0);
  const languages = new Map<string, number>();
  for (const article of archive.articles) languages.set(article.data.language, (languages.get(article.data.language) ?? 0) + 1);
  return { terms: byCount(terms), languages: byCount(languages) };
}

const byCount = (counts: Map<string, number>): Counted[] =>
  [...counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
