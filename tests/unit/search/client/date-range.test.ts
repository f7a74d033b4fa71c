import { describe, expect, it } from 'vitest';
import {
  endOf,
  normaliseBound,
  rangeCover,
  rangeFilter,
  rangeInstants,
  startOf,
} from '../../../../src/search/client/date-range.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const YEARS = { first: 2016, last: 2021 };

describe('bounds', () => {
  it('reads a day, a month or a year as the whole of it, in UTC', () => {
    expect(startOf('2017')).toBe(utc('2017-01-01T00:00:00'));
    expect(startOf('2017-03')).toBe(utc('2017-03-01T00:00:00'));
    expect(startOf('2017-03-05')).toBe(utc('2017-03-05T00:00:00'));
    expect(endOf('2017')).toBe(utc('2018-01-01T00:00:00'));
    expect(endOf('2017-12')).toBe(utc('2018-01-01T00:00:00'));
    expect(endOf('2016-02')).toBe(utc('2016-03-01T00:00:00'));
    expect(endOf('2017-12-31')).toBe(utc('2018-01-01T00:00:00'));
  });

  it('refuses what is not a real day, month or year', () => {
    for (const bad of ['2017-02-29', '2017-00', '2017-1', '17', '2017-01-01T00:00', 'soon', '']) {
      expect(normaliseBound(bad), bad).toBe('');
      expect(startOf(bad), bad).toBeUndefined();
    }
    expect(normaliseBound('2016-02-29')).toBe('2016-02-29');
    expect(normaliseBound(null)).toBe('');
  });
});

describe('rangeInstants', () => {
  it('runs from the start of `from` to the end of `to`, either end open', () => {
    expect(rangeInstants('2017-01-01', '2017-12-31')).toEqual({
      start: utc('2017-01-01T00:00:00'),
      end: utc('2018-01-01T00:00:00'),
    });
    expect(rangeInstants('2017-06', '')).toEqual({ start: utc('2017-06-01T00:00:00') });
    expect(rangeInstants('', '2017')).toEqual({ end: utc('2018-01-01T00:00:00') });
  });

  it('reads a range given backwards the right way round', () => {
    expect(rangeInstants('2018', '2017')).toEqual({
      start: utc('2017-01-01T00:00:00'),
      end: utc('2019-01-01T00:00:00'),
    });
  });
});

describe('rangeCover', () => {
  it('covers a whole year with the year alone', () => {
    expect(rangeCover(rangeInstants('2017', '2017'), YEARS)).toEqual({ utc_year: ['2017'] });
  });

  it('covers a ragged range with days, months and years, exactly', () => {
    expect(rangeCover(rangeInstants('2016-12-30', '2018-02-02'), YEARS)).toEqual({
      utc_year: ['2017'],
      utc_month: ['2018-01'],
      utc_day: ['2016-12-30', '2016-12-31', '2018-02-01', '2018-02-02'],
    });
  });

  it('closes open ends a year beyond the archive, where UTC years of its articles may fall', () => {
    expect(rangeCover(rangeInstants('2020-07', ''), YEARS)).toEqual({
      utc_year: ['2021', '2022'],
      utc_month: ['2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12'],
    });
    expect(rangeCover(rangeInstants('', '2016'), YEARS)).toEqual({ utc_year: ['2015', '2016'] });
  });

  it('stays short for a long ragged range', () => {
    const cover = rangeCover(rangeInstants('2016-01-17', '2021-11-12'), YEARS);
    const size = Object.values(cover).flat().length;
    expect(size).toBeLessThan(60);
    expect(cover.utc_year).toEqual(['2017', '2018', '2019', '2020']);
  });
});

describe('rangeFilter', () => {
  it('is any of the cover values, in any of the keys', () => {
    expect(rangeFilter({ utc_year: ['2017'], utc_day: ['2018-01-01'] })).toEqual({
      any: [{ utc_year: { any: ['2017'] } }, { utc_day: { any: ['2018-01-01'] } }],
    });
  });

  it('matches nothing for a range outside the archive, rather than everything', () => {
    const cover = rangeCover(rangeInstants('1990', '1991'), YEARS);
    expect(cover).toEqual({});
    expect(rangeFilter(cover)).toEqual({ any: [{ utc_year: { any: ['0000'] } }] });
  });
});
