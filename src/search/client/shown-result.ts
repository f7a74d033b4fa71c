/** Pagefind's results made into what the page shows: the excerpt split, its headline left out, links carrying the searched words. */
import { withoutHeadline, parseExcerpt } from './excerpt.ts';
import { composeHighlightWords } from './highlight-link.ts';
import type { PagefindResult } from './pagefind-client.ts';
import type { ShownResult } from './view.ts';

/** The mark Pagefind puts where it cut an excerpt (its `excerptEllipsis` option). */
export const EXCERPT_ELLIPSIS = '…';

/** Fetches each result's data (one request each) and makes it a `ShownResult`; `highlightParam` names the link's query parameter. */
export function shownResults(page: readonly PagefindResult[], highlightParam: string): Promise<ShownResult[]> {
  return Promise.all(
    page.map(async (result) => {
      const data = await result.data();
      const excerptParts = withoutHeadline(
        parseExcerpt(data.excerpt),
        data.meta.title ?? '',
        data.content ?? '',
        EXCERPT_ELLIPSIS,
      );
      return { ...data, excerptParts, url: composeHighlightWords(data.url, highlightParam) };
    }),
  );
}
