/**
 * Article pages: when opened from a search result (`?highlight=word`), loads Pagefind's
 * highlighter and marks the words in the article body. Styles come from our stylesheet
 * (`addStyles: false`): the highlighter's own would be an inline style, which the CSP forbids.
 */
import { composeHighlightWords } from './highlight-link.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

const config = document.getElementById('search-highlight');
const script = config?.dataset.script;
const param = config?.dataset.param;

if (script && param && new URLSearchParams(window.location.search).has(param)) {
  // The highlighter reads the words from the address itself; links made before the search page
  // composed them carry them decomposed, so they are composed in the address first.
  const { pathname, search, hash } = window.location;
  const address = `${pathname}${search}${hash}`;
  const composed = composeHighlightWords(address, param);
  if (composed !== address) window.history.replaceState(window.history.state, '', composed);
  import(/* @vite-ignore */ script)
    .then(() => {
      const { PagefindHighlight } = window as unknown as { PagefindHighlight?: PagefindHighlightClass };
      if (PagefindHighlight) new PagefindHighlight({ highlightParam: param, addStyles: false });
    })
    .catch((error: unknown) => console.warn('Search highlighting is unavailable:', error));
}
