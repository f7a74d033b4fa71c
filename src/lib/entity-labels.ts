import type { EntityKind } from '../model/entity-kinds.ts';

/** How each kind of entity is named on pages. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  organizations: { plural: 'Organizations', singular: 'Organization' },
  tags: { plural: 'Tags', singular: 'Tag' },
};
