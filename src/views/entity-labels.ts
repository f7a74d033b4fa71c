/**
 * What the page of a person, place, organization or tag calls the name, in the page's language
 * (`namePageLanguage`: a name only Korean stories use gets a Korean page).
 */
import type { Entity } from '../archive/entities.ts';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n/strings/index.ts';

type NamedEntity = Pick<Entity, 'name' | 'alsoWrittenAs' | 'namesByLanguage'>;

/**
 * The name a page in `lang` goes by (as that language's stories write it; the alias file's name on
 * English pages) and its other spellings, the alias file's name among them where it is not shown.
 */
export function nameOnPage(entity: NamedEntity, lang: InterfaceLanguage): { shown: string; otherSpellings: string[] } {
  const written = [...entity.namesByLanguage].find(([language]) => interfaceLanguage(language) === lang)?.[1];
  const shown = lang === 'en' || written === undefined ? entity.name : written;
  const otherSpellings = [...new Set([entity.name, ...entity.alsoWrittenAs])].filter((s) => s !== shown);
  return { shown, otherSpellings };
}
