/**
 * The names of sources and topics in a page's language: their files' `translations` for that
 * language (docs/languages.md), else as written; and a source's country, named by `Intl`.
 */
import type { SourceRecord, TopicRecord } from '../model/records.ts';
import { sourceDescription } from '../model/records.ts';
import { strings } from '../i18n/strings/index.ts';

/** The entry of a `translations` table for `lang` ("ko-KR" finds "ko"). */
function entryFor<T>(table: Readonly<Record<string, T>> | undefined, lang: string): T | undefined {
  if (!table) return undefined;
  return table[lang] ?? table[lang.split('-')[0]!];
}

/** A source's full name in `lang`: "연합뉴스", "Yonhap News Agency". */
export function sourceName(source: SourceRecord, lang: string): string {
  return entryFor(source.data.translations, lang)?.name ?? source.data.name;
}

/** A source's description in `lang`, or undefined when its file has none. */
export function sourceDescriptionIn(source: SourceRecord, lang: string): string | undefined {
  const translated = entryFor(source.data.translations, lang);
  return translated ? translated.description : source.data.description;
}

/** What a source's listing says it is, in `lang`: its description, else (English) what the page lists. */
export function sourceLede(source: SourceRecord, lang: string): string {
  return sourceDescriptionIn(source, lang) ?? sourceDescription(source);
}

/** A topic's title in `lang`. */
export function topicTitle(topic: TopicRecord, lang: string): string {
  return entryFor(topic.data.translations, lang)?.title ?? topic.data.title;
}

/** A topic's description in `lang`, else as written. */
export function topicDescription(topic: TopicRecord, lang: string): string {
  return entryFor(topic.data.translations, lang)?.description ?? topic.data.description;
}

// Made once per locale: a source page names its country, and every page of every source's listing is one.
const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in `lang` from its ISO 3166 code: "South Korea", "대한민국"; the code itself where `Intl` has no name. */
export function countryName(code: string, lang: string): string {
  const locale = strings(lang).locale;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}
