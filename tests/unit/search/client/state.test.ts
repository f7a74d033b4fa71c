import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  hasFilters,
  hasRange,
  withRange,
  noFilters,
  normaliseQuery,
  offersFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  parseSort,
  sameSearch,
  searchStateHref,
  searchStateToParams,
  withFilter,
  type FilterSelection,
  type SearchState,
} from '../../../../src/search/client/state.ts';

const state = (
  over: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<FilterSelection> } = {},
): SearchState => ({
  query: over.query ?? '',
  sort: over.sort ?? 'relevance',
  filters: { ...noFilters(), ...over.filters },
  from: over.from ?? '',
  to: over.to ?? '',
});
const YEARS = { first: 2016, last: 2021 };

describe('parseSearchState', () => {
  it('reads the query, every filter key and the sort', () => {
    expect(
      parseSearchState(
        '?q=kim+jong+un&language=ko&source=Yonhap&source=AP&year=2016&section=Diplomacy&topic=Peace%20talks&tag=sanctions&label=Corrected&sort=oldest',
      ),
    ).toEqual({
      query: 'kim jong un',
      filters: {
        language: ['ko'],
        source: ['Yonhap', 'AP'],
        year: ['2016'],
        section: ['Diplomacy'],
        topic: ['Peace talks'],
        tag: ['sanctions'],
        label: ['Corrected'],
      },
      from: '',
      to: '',
      sort: 'oldest',
    });
  });

  it('reads a date range as a day, a month or a year, and drops bounds that are not dates', () => {
    expect(parseSearchState('q=sanctions&from=2017-01-01&to=2017-12-31')).toMatchObject({
      from: '2017-01-01',
      to: '2017-12-31',
    });
    expect(parseSearchState('from=2017-03&to=2018')).toMatchObject({ from: '2017-03', to: '2018' });
    expect(parseSearchState('from=2017-02-30&to=yesterday')).toMatchObject({ from: '', to: '' });
    expect(parseSearchState('from=2017-13')).toMatchObject({ from: '' });
  });

  it('trims and collapses the query, drops empty and repeated values, ignores unknown parameters', () => {
    expect(parseSearchState('q=%20%20north%20%20korea%20&tag=&tag=a&tag=a&utm_source=x')).toEqual(
      state({ query: 'north korea', filters: { tag: ['a'] } }),
    );
  });

  it('falls back to relevance for a missing or unknown sort', () => {
    expect(parseSearchState('q=a').sort).toBe('relevance');
    expect(parseSearchState('q=a&sort=random').sort).toBe('relevance');
    expect(parseSort('newest')).toBe('newest');
    expect(parseSort(null)).toBe('relevance');
  });

  it('normalises typed words the same way as the address', () => {
    expect(normaliseQuery('  kim \t jong  un ')).toBe('kim jong un');
    expect(normaliseQuery(null)).toBe('');
  });

  it('keeps values with commas, colons and quotes intact', () => {
    expect(parseSearchState(new URLSearchParams({ topic: 'Talks: round 2, "final"' })).filters.topic).toEqual([
      'Talks: round 2, "final"',
    ]);
  });
});

describe('searchStateToParams and searchStateHref', () => {
  it('writes q, then filters in key order, then a sort other than relevance', () => {
    const s = state({ query: 'talks', sort: 'newest', filters: { tag: ['b'], source: ['Yonhap'] } });
    expect(searchStateToParams(s).toString()).toBe('q=talks&source=Yonhap&tag=b&sort=newest');
    expect(searchStateHref('/some/base/search/', s)).toBe('/some/base/search/?q=talks&source=Yonhap&tag=b&sort=newest');
  });

  it('writes the range after the filters and before the sort, as it was given', () => {
    const s = state({ query: 'sanctions', from: '2017', to: '2017-06', sort: 'oldest', filters: { tag: ['b'] } });
    expect(searchStateToParams(s).toString()).toBe('q=sanctions&tag=b&from=2017&to=2017-06&sort=oldest');
    expect(parseSearchState(searchStateToParams(s))).toEqual(s);
  });

  it('gives the bare path for an empty search', () => {
    expect(searchStateHref('/search/', state())).toBe('/search/');
  });

  it('round-trips through the address', () => {
    const s = state({ query: 'a & b', sort: 'oldest', filters: { topic: ['Peace talks'], year: ['2018', '2016'] } });
    expect(parseSearchState(searchStateToParams(s))).toEqual(s);
  });
});

describe('sameSearch, hasFilters, withFilter', () => {
  it('compares searches by what they ask for', () => {
    expect(sameSearch(parseSearchState('q=a&year=2016'), parseSearchState('year=2016&q=a'))).toBe(true);
    expect(sameSearch(parseSearchState('q=a'), parseSearchState('q=a&sort=newest'))).toBe(false);
  });

  it('checks and unchecks one value without touching the others', () => {
    const one = withFilter(state({ query: 'a' }), 'source', 'AP', true);
    const two = withFilter(one, 'source', 'Yonhap', true);
    expect(two.filters.source).toEqual(['AP', 'Yonhap']);
    expect(withFilter(two, 'source', 'AP', false).filters.source).toEqual(['Yonhap']);
    expect(hasFilters(state())).toBe(false);
    expect(hasFilters(one)).toBe(true);
  });
});

describe('date ranges and the sort', () => {
  it('counts a range as a filter', () => {
    expect(hasRange(state({ to: '2017' }))).toBe(true);
    expect(hasFilters(state({ from: '2017' }))).toBe(true);
  });

  it('sets a range from date fields, dropping what is not a date', () => {
    expect(withRange(state({ query: 'a' }), '2017-01-01', '')).toMatchObject({
      query: 'a',
      from: '2017-01-01',
      to: '',
    });
    expect(withRange(state({ from: '2016' }), '', 'soon')).toMatchObject({ from: '', to: '' });
  });

  it('lists newest first without words, unless oldest was asked for; with words, as asked', () => {
    expect(effectiveSort({ query: '', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ query: '', sort: 'oldest' })).toBe('oldest');
    expect(effectiveSort({ query: 'kim', sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ query: 'kim', sort: 'newest' })).toBe('newest');
  });
});

describe('offersFilters', () => {
  it('offers filters for results, or for checked values to uncheck, and not for an empty list', () => {
    expect(offersFilters(3, state({ query: 'kim' }))).toBe(true);
    expect(offersFilters(0, state({ query: 'kim', filters: { year: ['2016'] } }))).toBe(true);
    expect(offersFilters(0, state({ query: 'xylophone' }))).toBe(false);
  });
});

describe('Pagefind options', () => {
  it('matches any checked value within a key and every key', () => {
    const s = state({ filters: { source: ['AP', 'Yonhap'], year: ['2018'] } });
    expect(pagefindFilters(s, YEARS)).toEqual({ source: { any: ['AP', 'Yonhap'] }, year: { any: ['2018'] } });
    expect(pagefindFilters(s, YEARS, 'source')).toEqual({ year: { any: ['2018'] } });
  });

  it('adds a date range as a compound filter of whole UTC periods, beside the other filters', () => {
    const s = state({ from: '2017-11-30', to: '2018-01', filters: { source: ['AP'] } });
    expect(pagefindFilters(s, YEARS)).toEqual({
      source: { any: ['AP'] },
      any: [{ utc_month: { any: ['2017-12', '2018-01'] } }, { utc_day: { any: ['2017-11-30'] } }],
    });
  });

  it('sorts by the date key, or leaves relevance to Pagefind', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});
