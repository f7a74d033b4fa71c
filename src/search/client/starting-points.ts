/**
 * What an empty search page offers to start from, made at build time from the archive: its
 * topics and years as those filters, and its most covered names as searches for them, each a
 * link to the search it starts (the same addresses the page itself writes, state.ts).
 */
import { typeset } from '../../i18n/typography.ts';
import type { Counted, SuggestionIndex } from '../suggestion-index.ts';
import { parseSearchState, searchStateHref, withFilter } from './state.ts';
import { NO_VALUE_NAMES, valueText, type ValueNames } from './value-text.ts';

/** A search to start from: what the link says, where it goes, and how many articles it finds when that is known. */
export interface StartingPoint {
  /** As the site sets text (“Workers’ Party”); the address keeps the value as written. */
  text: string;
  href: string;
  /** Articles the filter finds; left out for names, which are searched as words and may find more. */
  count?: number;
}

export interface StartingPoints {
  topics: StartingPoint[];
  names: StartingPoint[];
  /** Newest first. */
  years: StartingPoint[];
}

/** How many of each kind an empty search page offers at most. */
export const STARTING_LIMITS = { topics: 12, names: 12 } as const;

/**
 * The starting points of the search page at `pathname`: the most covered topics and names (as the
 * suggestion index orders them), and every year with stories (`years`, each with its count); a
 * topic is named in the page's language (`valueNames`), its address keeps the stored value.
 */
export function startingPoints(
  index: Pick<SuggestionIndex, 'terms'>,
  years: readonly Counted[],
  pathname: string,
  valueNames: ValueNames = NO_VALUE_NAMES,
  limits: { topics: number; names: number } = STARTING_LIMITS,
): StartingPoints {
  const empty = parseSearchState('');
  const filtered = (key: 'topic' | 'year', value: string, count: number): StartingPoint => ({
    text: typeset(valueText(valueNames, key, value)),
    href: searchStateHref(pathname, withFilter(empty, key, value, true)),
    count,
  });
  const topics = index.terms
    .filter(([, , kind]) => kind === 'topic')
    .slice(0, limits.topics)
    .map(([text, count]) => filtered('topic', text, count));
  const names = index.terms
    .filter(([, , kind]) => kind === 'name')
    .slice(0, limits.names)
    .map(([text]) => ({ text: typeset(text), href: searchStateHref(pathname, { ...empty, query: text }) }));
  const byYear = [...years].sort((a, b) => b[0].localeCompare(a[0]));
  return { topics, names, years: byYear.map(([year, count]) => filtered('year', year, count)) };
}
