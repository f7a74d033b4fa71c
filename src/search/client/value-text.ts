/**
 * How the search page shows the values the index stores. The index keeps one value a thing in
 * every language (the section "Security", the source "Yonhap", the topic's English title, the
 * status "Updated"), so a search's address means the same on `/search/` and `/ko/search/`; the
 * page shows each in its own language ("안보", "연합뉴스"), from names the build gives it
 * (src/search/value-names.ts), and the languages in their own names.
 */
import type { FilterKey } from '../keys.ts';
import { languageValueText } from './messages.ts';

/** What the build tells a search page about the values it shows, in the page's language. */
export interface ValueNames {
  /** A filter value as the page shows it, by key, for the values whose name differs from the stored one. */
  values: Partial<Record<FilterKey, Record<string, string>>>;
  /** A source's name as its story page and its cards say it ("Yonhap News Agency", "연합뉴스"), by its filter value ("Yonhap"). */
  sources: Record<string, string>;
}

/** Names for a page that was given none: every value as stored. */
export const NO_VALUE_NAMES: ValueNames = { values: {}, sources: {} };

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((text) => typeof text === 'string');

/** Reads the names from the page's data attribute; anything missing or malformed counts as no names. */
export function parseValueNames(json: string | undefined): ValueNames {
  if (!json) return NO_VALUE_NAMES;
  try {
    const parsed = JSON.parse(json) as { values?: unknown; sources?: unknown };
    const values = typeof parsed.values === 'object' && parsed.values !== null ? parsed.values : {};
    return {
      values: Object.fromEntries(Object.entries(values).filter(([, table]) => isTextRecord(table))),
      sources: isTextRecord(parsed.sources) ? parsed.sources : {},
    };
  } catch {
    return NO_VALUE_NAMES;
  }
}

/** Filter `key`'s `value` as the page shows it: its name in the page's language, a language in its own name, else as stored. */
export function valueText(names: ValueNames, key: FilterKey, value: string): string {
  if (key === 'language') return languageValueText(value);
  return names.values[key]?.[value] ?? value;
}

/** The source a result names, as the story's page and cards name it; `value` is the stored one (the source filter's value). */
export function sourceText(names: ValueNames, value: string): string {
  return names.sources[value] ?? valueText(names, 'source', value);
}
