import { describe, expect, it } from 'vitest';
import { startingPoints } from '../../../../src/search/client/starting-points.ts';
import type { SuggestionIndex } from '../../../../src/search/suggestion-index.ts';

const INDEX: Pick<SuggestionIndex, 'terms'> = {
  terms: [
    ['Kim Jong Un', 30, 'name'],
    ['U.N. sanctions', 23, 'topic'],
    ['sanctions', 20, 'tag'],
    ['Seoul', 18, 'name'],
    ['Peace talks', 9, 'topic'],
    ['Moon Jae-in', 7, 'name'],
    ["Workers' Party of Korea", 5, 'name'],
  ],
};

describe('startingPoints', () => {
  it('offers topics and years as their filters with counts, and names as searches', () => {
    const start = startingPoints(
      INDEX,
      [
        ['2016', 13],
        ['2021', 7],
      ],
      '/ko/search/',
    );
    expect(start.topics).toEqual([
      { text: 'U.N. sanctions', href: '/ko/search/?topic=U.N.+sanctions', count: 23 },
      { text: 'Peace talks', href: '/ko/search/?topic=Peace+talks', count: 9 },
    ]);
    expect(start.names.map((n) => [n.text, n.href, n.count])).toEqual([
      ['Kim Jong Un', '/ko/search/?q=Kim+Jong+Un', undefined],
      ['Seoul', '/ko/search/?q=Seoul', undefined],
      ['Moon Jae-in', '/ko/search/?q=Moon+Jae-in', undefined],
      // Shown with a typographic apostrophe, searched as written.
      ['Workers’ Party of Korea', '/ko/search/?q=Workers%27+Party+of+Korea', undefined],
    ]);
    // Newest year first; tags are left to the filters once a search has results.
    expect(start.years).toEqual([
      { text: '2021', href: '/ko/search/?year=2021', count: 7 },
      { text: '2016', href: '/ko/search/?year=2016', count: 13 },
    ]);
  });

  it('offers the most covered first, as many as the limits allow', () => {
    const start = startingPoints(INDEX, [], '/search/', undefined, { topics: 1, names: 2 });
    expect(start.topics.map((t) => t.text)).toEqual(['U.N. sanctions']);
    expect(start.names.map((n) => n.text)).toEqual(['Kim Jong Un', 'Seoul']);
    expect(start.years).toEqual([]);
  });
});
