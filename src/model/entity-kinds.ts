import type { ArticleData } from './article.ts';

/** The front-matter lists that get a page per name. */
export const ENTITY_KINDS = ['people', 'places', 'organizations', 'tags'] as const satisfies readonly (keyof ArticleData)[];
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** True when `value` names a kind of entity, e.g. a route parameter. */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
