import type { ArticleData } from './article.ts';

/** The front-matter lists that get a page per name. */
export const ENTITY_KINDS = [
  'people',
  'places',
  'organizations',
  'tags',
] as const satisfies readonly (keyof ArticleData)[];
export type EntityKind = (typeof ENTITY_KINDS)[number];
