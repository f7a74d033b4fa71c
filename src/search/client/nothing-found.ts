/** What a search that found nothing offers instead: close known terms as searches, and a note on the archive's languages. */
import { languagesNote } from './messages.ts';
import { searchStateHref, withFilter, type SearchState } from './state.ts';
import { inOtherScript, languageName, suggestTerms } from './suggest.ts';
import type { SuggestionIndex, TermKind } from '../suggestion-index.ts';
import type { Suggestions } from './view.ts';
import { NO_VALUE_NAMES, valueText, type ValueNames } from './value-text.ts';

/** The search a suggestion leads to: a name as the words, a tag or topic as its filter in place of the words. */
export function suggestedSearch(searched: SearchState, text: string, kind: TermKind): SearchState {
  if (kind === 'name') return { ...searched, query: text };
  return withFilter({ ...searched, query: '' }, kind, text, true);
}

/**
 * For `searched`, which found nothing: known terms close to its words, each linked as its search on
 * the page at `pathname` (a topic named as `names` says), and for words in a script the archive is
 * not written in, its languages.
 */
export function suggestionsFor(
  index: SuggestionIndex,
  searched: SearchState,
  pathname: string,
  names: ValueNames = NO_VALUE_NAMES,
): Suggestions {
  const terms = suggestTerms(searched.query, index.terms).map(({ text, kind }) => ({
    text: kind === 'name' ? text : valueText(names, kind, text),
    href: searchStateHref(pathname, suggestedSearch(searched, text, kind)),
  }));
  const languages = index.languages.map(([tag]) => tag);
  const note = inOtherScript(searched.query, languages) ? languagesNote(languages.map(languageName)) : '';
  return { terms, note };
}
