import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../../../src/search/client/pagefind-client.ts';
import { EXCERPT_ELLIPSIS, shownResults } from '../../../../src/search/client/shown-result.ts';

/** A result whose page text is its headline then `body`, and whose excerpt is Pagefind's from the start of it. */
const result = (title: string, body: string, url: string): PagefindResult => ({
  id: url,
  score: 1,
  data: async () => ({
    url,
    excerpt: `${title} ${body}`,
    content: `${title} ${body.replace(/<\/?mark>/g, '')}`,
    meta: { title },
    filters: {},
  }),
});

describe('shownResults', () => {
  it('splits the excerpt at its marks, leaves the headline out of it, and composes the searched words in the link', async () => {
    const [shown] = await shownResults(
      [
        result(
          'Blinken visits Seoul',
          `<mark>Blinken</mark> met the minister${EXCERPT_ELLIPSIS}`,
          '/articles/a/?highlight=Cafe\u0301',
        ),
      ],
      'highlight',
    );
    expect(shown!.excerptParts).toEqual([
      { text: 'Blinken', marked: true },
      { text: ` met the minister${EXCERPT_ELLIPSIS}`, marked: false },
    ]);
    expect(shown!.url).toBe('/articles/a/?highlight=Caf%C3%A9');
    expect(shown!.meta.title).toBe('Blinken visits Seoul');
  });

  it('keeps the order of the page it was given', async () => {
    const shown = await shownResults([result('One', 'one', '/1/'), result('Two', 'two', '/2/')], 'highlight');
    expect(shown.map((s) => s.url)).toEqual(['/1/', '/2/']);
  });
});
