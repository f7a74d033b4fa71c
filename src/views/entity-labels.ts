/**
 * What the page of a person, place, organization or tag is written in and calls the name. A name
 * has one page in every language (its address, like a story's, is the same for all), so the page
 * takes the language its stories share: a name only Korean stories use gets a Korean page under
 * the name they write; any other is in English, the interface of the archive's catch-all listings.
 */
import type { Entity } from '../archive/entities.ts';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n/strings/index.ts';

type NamedEntity = Pick<Entity, 'name' | 'alsoWrittenAs' | 'namesByLanguage'>;

/** The interface language every story naming it is shown in, else English. */
export function namePageLanguage(entity: Pick<Entity, 'namesByLanguage'>): InterfaceLanguage {
  const languages = new Set([...entity.namesByLanguage.keys()].map(interfaceLanguage));
  const [only] = languages;
  return languages.size === 1 && only ? only : 'en';
}

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
