import { describe, expect, it } from 'vitest';
import { activeFilterId, activeFilters, withoutFilter } from '../../../../src/search/client/active-filters.ts';
import { activeFilterText, showResultsText } from '../../../../src/search/client/messages.ts';
import { parseSearchState } from '../../../../src/search/client/state.ts';

describe('the chips of the filters that are on', () => {
  const state = parseSearchState('?q=blinken&tag=b&source=AP&tag=a&from=2017-03&to=2018');

  it('are the date range first, then each checked value in the panel’s order', () => {
    expect(activeFilters(state)).toEqual([
      { kind: 'range', from: '2017-03', to: '2018' },
      { kind: 'value', key: 'source', value: 'AP' },
      { kind: 'value', key: 'tag', value: 'b' },
      { kind: 'value', key: 'tag', value: 'a' },
    ]);
    expect(activeFilters(parseSearchState('?q=blinken'))).toEqual([]);
    expect(new Set(activeFilters(state).map(activeFilterId)).size).toBe(4);
  });

  it('each remove their own filter and keep the rest of the search', () => {
    const [range, source] = activeFilters(state);
    expect(withoutFilter(state, range!)).toMatchObject({ query: 'blinken', from: '', to: '' });
    expect(withoutFilter(state, range!).filters.tag).toEqual(['b', 'a']);
    const noSource = withoutFilter(state, source!);
    expect(noSource.filters.source).toEqual([]);
    expect(noSource).toMatchObject({ from: '2017-03', to: '2018' });
  });

  it('say what they remove, with dates as the site writes them', () => {
    expect(activeFilters(state).map((filter) => activeFilterText(filter))).toEqual([
      { text: 'March 2017 – 2018', label: 'Remove filter Date: March 2017 – 2018' },
      { text: 'AP', label: 'Remove filter Source: AP' },
      { text: 'b', label: 'Remove filter Tag: b' },
      { text: 'a', label: 'Remove filter Tag: a' },
    ]);
    expect(activeFilterText({ kind: 'range', from: '2017-03-05', to: '' }).text).toBe('From 5 March 2017');
    expect(activeFilterText({ kind: 'range', from: '', to: '2018-12' }).text).toBe('Until December 2018');
  });
});

describe('the filter sheet’s closing button', () => {
  it('counts the results it closes onto', () => {
    expect(showResultsText(27)).toBe('Show 27 results');
    expect(showResultsText(1)).toBe('Show 1 result');
    expect(showResultsText(0)).toBe('Show 0 results');
    expect(showResultsText(undefined)).toBe('Show results');
  });
});
