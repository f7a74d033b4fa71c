/**
 * On a large archive the newest parts of the index answer a search first, on their own, and their
 * results show (with a note that older years are still being searched) until the whole index's
 * replace them. This file holds when they take part, and how long they wait for the whole index.
 */
import { newestCoverage, type NewestParts } from './bundle-set.ts';
import type { Lazy } from './lazy-load.ts';
import { effectiveSort, pagefindFilters, type ArchiveYears, type SearchState, type SortOrder } from './state.ts';

/**
 * How long the newest parts' results wait for the whole index's once it is open (it is asked
 * when they have answered): on a small archive it often answers within this, so the list is not
 * replaced a moment after it appears; on a large archive it takes several times this.
 */
export const EARLY_GRACE_MS = 100;

/**
 * The newest parts' role in a search: they answer `all` of it when its year filter allows only
 * their years; they answer `first` when it allows some of them, unless it lists oldest first (whose
 * first results are in the oldest parts); else none, and the whole index answers alone.
 */
export function newestRole(coverage: 'all' | 'some' | 'none', sort: SortOrder): 'all' | 'first' | undefined {
  if (coverage === 'all') return 'all';
  if (coverage === 'none' || sort === 'oldest') return undefined;
  return 'first';
}

/**
 * The newest parts, opened by `newestParts`, when they should answer `searched` (`complete` when
 * they answer all of it); undefined when the whole index answers alone. A failure to open them is
 * logged and leaves the search to the whole index.
 */
export async function newestFor(
  newestParts: Lazy<NewestParts | undefined> | undefined,
  searched: SearchState,
  years: ArchiveYears,
  logError: (error: unknown) => void,
): Promise<{ parts: NewestParts; complete: boolean } | undefined> {
  if (!newestParts) return undefined;
  let parts: NewestParts | undefined;
  try {
    parts = await newestParts.get();
  } catch (error) {
    logError(error);
    return undefined;
  }
  if (!parts) return undefined;
  const role = newestRole(newestCoverage(parts, pagefindFilters(searched, years)), effectiveSort(searched));
  if (!role) return undefined;
  if (parts.allLanguages && (role === 'all' || needsEveryLanguage(searched))) {
    try {
      await parts.allLanguages();
    } catch (error) {
      logError(error);
      return undefined;
    }
  }
  return { parts, complete: role === 'all' };
}

/**
 * True when the newest parts' first results must come from every language, not the primary
 * language's index alone (NewestParts `allLanguages`): a query with a letter of another script
 * than Latin (북한), a language filter, or no words (a list of the newest stories, which costs no
 * word chunk).
 */
export function needsEveryLanguage(searched: Pick<SearchState, 'query' | 'filters'>): boolean {
  return !searched.query || searched.filters.language.length > 0 || /(?!\p{Script=Latin})\p{L}/u.test(searched.query);
}

/** True when `answer` resolves within `ms`, false when it has not by then; rejects if `answer` does first. */
export function answersWithin(answer: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([answer.then(() => true), new Promise<false>((done) => setTimeout(() => done(false), ms))]);
}
