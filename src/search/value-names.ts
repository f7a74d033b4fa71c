/**
 * The names a search page shows for the values the index stores, in the page's language: a
 * section, source and topic as their files name them in it (docs/languages.md), a tag as that
 * language's stories write it (content/aliases.yaml joins the spellings), the statuses as the
 * cards say them, and each source's full name for the result lines. Only names that differ
 * from the stored value are given, so an English page carries next to nothing.
 */
import { entityNameIn, type Entity } from '../archive/entities.ts';
import { sectionName } from '../archive/sections.ts';
import { sourceName, topicTitle } from '../archive/localized-names.ts';
import { strings, type InterfaceLanguage } from '../i18n/strings/index.ts';
import type { SourceRecord, TopicRecord } from '../model/records.ts';
import type { SectionNames } from '../model/translations.ts';
import { INDEX_LANGUAGE, sourceDisplayName } from './index/index-fields.ts';
import type { ValueNames } from './client/value-text.ts';

/** What the names are made from: the archive's sources, topics, section names and tags. */
export interface ValueNamesInput {
  sources: Iterable<SourceRecord>;
  topics: Iterable<TopicRecord>;
  sectionNames: SectionNames;
  /** The tags, each stored under the name its page goes by. */
  tags?: Iterable<Entity>;
}

/** The pairs whose shown name differs from the stored value, as a table. */
const differing = (pairs: Iterable<readonly [string, string]>) =>
  Object.fromEntries([...pairs].filter(([stored, shown]) => stored !== shown));

/** A source's short name in `lang`: its translation's `shortName`, else its translated name, else the stored one. */
function shortNameIn(source: SourceRecord, lang: InterfaceLanguage): string {
  const translated = source.data.translations?.[lang];
  return translated ? (translated.shortName ?? translated.name) : sourceDisplayName(source, source.id);
}

/** The names a search page in `lang` shows for the stored filter values and sources. */
export function searchValueNames(
  { sources, topics, sectionNames, tags = [] }: ValueNamesInput,
  lang: InterfaceLanguage,
): ValueNames {
  const sourceList = [...sources];
  const stored = strings(INDEX_LANGUAGE).lists;
  const shown = strings(lang).lists;
  const values: ValueNames['values'] = {
    source: differing(sourceList.map((source) => [sourceDisplayName(source, source.id), shortNameIn(source, lang)])),
    section: differing(Object.keys(sectionNames).map((name) => [name, sectionName(sectionNames, name, lang)])),
    topic: differing([...topics].map((topic) => [topic.data.title, topicTitle(topic, lang)])),
    tag: differing([...tags].map((tag) => [tag.name, entityNameIn(tag, lang)])),
    label: differing([
      [stored.updated, shown.updated],
      [stored.corrected, shown.corrected],
    ]),
  };
  return {
    values: Object.fromEntries(Object.entries(values).filter(([, table]) => Object.keys(table).length > 0)),
    sources: differing(sourceList.map((source) => [sourceDisplayName(source, source.id), sourceName(source, lang)])),
  };
}
