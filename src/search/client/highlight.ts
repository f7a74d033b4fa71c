/**
 * Article pages: when opened from a search result (`?highlight=word`), loads Pagefind's
 * highlighter and marks the words in the article body. Styles come from our stylesheet
 * (`addStyles: false`): the highlighter's own would be an inline style, which the CSP forbids.
 */
interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

const config = document.getElementById('search-highlight');
const script = config?.dataset.script;
const param = config?.dataset.param;

if (script && param && new URLSearchParams(window.location.search).has(param)) {
  import(/* @vite-ignore */ script)
    .then(() => {
      const { PagefindHighlight } = window as unknown as { PagefindHighlight?: PagefindHighlightClass };
      if (PagefindHighlight) new PagefindHighlight({ highlightParam: param, addStyles: false });
    })
    .catch((error: unknown) => console.warn('Search highlighting is unavailable:', error));
}
