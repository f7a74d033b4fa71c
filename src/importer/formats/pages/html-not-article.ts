/**
 * Saved pages that are not an article, recognised so they are refused with the reason rather
 * than imported (with `--date`, a "Document Moved" stub would otherwise become a story): a
 * redirect stub, an HTTP error page, or a section front that only lists headlines.
 */

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const MOVED =
  /^(?:document moved|object moved|moved|(?:30[1278] )?moved (?:permanently|temporarily)|30[1278](?: found| temporary redirect| permanent redirect)?|found|redirect(?:ing)?(?:\.{3}|…)?|page (?:has )?moved)$/i;
const ERROR =
  /^(?:(?:http )?(?:error )?[45]\d\d(?:\s*[-–—:|]?\s*(?:error|not found|page not found|forbidden|gone|unauthori[sz]ed|bad request|internal server error|bad gateway|service unavailable|gateway time-?out))?|(?:error\s*[-–—:|]?\s*)?(?:page |file |article |story |content )?not found|page (?:unavailable|no longer available|does not exist|cannot be found)|access denied|forbidden|service unavailable|internal server error)[.!]?$/i;

/** Text a redirect stub has at most besides its link ("This document may be found here"). */
const STUB_TEXT = 400;

/** The title's parts (`404 Not Found | The Paper` → both halves) and the first `<h1>`. */
function headings(doc: Document): string[] {
  const title = squash(doc.title);
  return [title, ...title.split(/\s+[|–—:-]\s+/), squash(doc.querySelector('h1')?.textContent)].filter(Boolean);
}

/** Why this page is no article (a redirect stub or an error page), for the refusal; `undefined` when it may be one. */
export function notAnArticle(doc: Document): string | undefined {
  const bodyText = squash(doc.body?.textContent);
  const refresh = doc.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? '';
  const target =
    /url\s*=\s*['"]?([^'"\s]+)/i.exec(refresh)?.[1] ??
    doc.querySelector('body a[href]')?.getAttribute('href') ??
    undefined;
  const goTo = target
    ? ` it points to ${target}; save the page at that address instead`
    : ' save the article page itself instead';
  const moved = headings(doc).find((h) => MOVED.test(h));
  if ((moved || refresh) && bodyText.length < STUB_TEXT) {
    return `this page is a redirect stub${moved ? ` ("${moved}")` : ' (it only sends the browser on)'}, not an article:${goTo}`;
  }
  const error = headings(doc).find((h) => ERROR.test(h));
  if (error)
    return `this page is an error page ("${error}"), not an article: save the article's page again once it loads, or paste its text into a .txt file`;
  return undefined;
}

/** Headlines that are links (`<h3><a>` or `<a><h3>`), outside the site's menus. */
function headlineLinks(root: Element | Document): number {
  return [
    ...root.querySelectorAll(
      'h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4',
    ),
  ].filter((el) => !el.closest('nav, footer')).length;
}

/**
 * The reason a page is a section front: a list of linked headlines, and the story text found is
 * either too short or itself that list. `undefined` when the page may be an article.
 */
export function sectionFront(page: Document, story: Element | undefined, saysArticle: boolean): string | undefined {
  const onPage = headlineLinks(page);
  const inStory = story ? headlineLinks(story) + story.querySelectorAll('article').length : 0;
  const storyIsList = !saysArticle && inStory >= 3;
  if ((!story && onPage >= 5) || storyIsList) {
    return `this page is a section front (${onPage} headlines linking to stories), not an article: save each story's own page`;
  }
  return undefined;
}
