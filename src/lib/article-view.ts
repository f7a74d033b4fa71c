import type { ArticleData } from '../model/article.ts';
import { ENTITY_KINDS } from './entities.ts';
import { ENTITY_LABELS } from './entity-labels.ts';
import type { Urls } from './urls.ts';

export interface TermGroup {
  label: string;
  terms: { name: string; href: string }[];
}

/** The "Filed under" links of an article: its topics, then people, places, organizations and tags. */
export function articleTermGroups(data: ArticleData, urls: Urls, topicTitle: (id: string) => string): TermGroup[] {
  return [
    { label: 'Topics', terms: data.topics.map((id) => ({ name: topicTitle(id), href: urls.topic(id) })) },
    ...ENTITY_KINDS.map((kind) => ({
      label: ENTITY_LABELS[kind].plural,
      terms: data[kind].map((name) => ({ name, href: urls.entity(kind, name) })),
    })),
  ];
}

/** A one-line description: the summary, else dateline, headline and source. */
export function articleDescription(data: ArticleData, sourceName: string | undefined): string {
  if (data.summary) return data.summary;
  const dateline = data.dateline ? `${data.dateline}: ` : '';
  return `${dateline}${data.title}${sourceName ? ` (${sourceName})` : ''}`;
}
