/**
 * The strings table of a page's language: `strings('ko')`. A language without a table of its own
 * gets the English interface (its story keeps its own `lang`); "ko-KR" uses the "ko" table.
 */
import { en, type Strings } from './en.ts';
import { ko } from './ko.ts';

export type { Strings } from './en.ts';

const TABLES: Readonly<Record<string, Strings>> = { en, ko };

/** Languages with an interface of their own, English first: each gets its listings (`/`, `/ko/`). */
export const INTERFACE_LANGUAGES = ['en', 'ko'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The interface language a language tag is shown in: its primary subtag's when it has a table, else English. */
export function interfaceLanguage(lang: string | undefined): InterfaceLanguage {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return (INTERFACE_LANGUAGES as readonly string[]).includes(primary) ? (primary as InterfaceLanguage) : 'en';
}

/** The strings table for `lang`, falling back to English. */
export function strings(lang: string | undefined): Strings {
  return TABLES[interfaceLanguage(lang)] ?? en;
}

/**
 * The `lang` attribute for text written in `written` on a page in `page`: the text's language when it
 * differs (a Korean headline on an English list), else none, since the page's own `lang` covers it.
 */
export function langWhereOther(written: string | undefined, page: string): string | undefined {
  return written && written !== page ? written : undefined;
}
