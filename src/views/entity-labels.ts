import type { EntityKind } from '../model/entity-kinds.ts';

/** How each kind of entity is named on pages. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  organizations: { plural: 'Organizations', singular: 'Organization' },
  tags: { plural: 'Tags', singular: 'Tag' },
};

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "Also written as Tony Blinken and T. Blinken.", or undefined for a name with no other spellings. */
export function alsoWrittenAs(spellings: readonly string[]): string | undefined {
  return spellings.length ? `Also written as ${list.format(spellings)}.` : undefined;
}
