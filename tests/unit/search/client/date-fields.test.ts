import { describe, expect, it } from 'vitest';
import {
  boundFromParts,
  boundParts,
  boundText,
  datePartOrder,
  daysOffered,
} from '../../../../src/search/client/date-fields.ts';

describe('the date menus', () => {
  it('show a bound from the address as its year, month and day', () => {
    expect(boundParts('2019-02-28')).toEqual({ year: '2019', month: '02', day: '28' });
    expect(boundParts('2019-02')).toEqual({ year: '2019', month: '02', day: '' });
    expect(boundParts('2019')).toEqual({ year: '2019', month: '', day: '' });
    expect(boundParts('2019-02-30')).toEqual({ year: '', month: '', day: '' });
    expect(boundParts('')).toEqual({ year: '', month: '', day: '' });
  });

  it('make a bound of the parts chosen, each needing the one above it', () => {
    expect(boundFromParts({ year: '2019', month: '02', day: '28' })).toBe('2019-02-28');
    expect(boundFromParts({ year: '2019', month: '02', day: '' })).toBe('2019-02');
    expect(boundFromParts({ year: '2019', month: '', day: '28' })).toBe('2019');
    expect(boundFromParts({ year: '', month: '02', day: '28' })).toBe('');
  });

  it('move a day past the end of a newly chosen month to its last day', () => {
    expect(boundFromParts({ year: '2019', month: '04', day: '31' })).toBe('2019-04-30');
    expect(boundFromParts({ year: '2019', month: '02', day: '31' })).toBe('2019-02-28');
    expect(boundFromParts({ year: '2020', month: '02', day: '30' })).toBe('2020-02-29');
    expect(daysOffered({ year: '2020', month: '02' })).toBe(29);
    expect(daysOffered({ year: '2021', month: '02' })).toBe(28);
    expect(daysOffered({ year: '', month: '' })).toBe(31);
  });

  it('follow the order each language writes a date in', () => {
    expect(datePartOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('ko')).toEqual(['year', 'month', 'day']);
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year']);
  });

  it('write a bound as the site writes dates', () => {
    expect(boundText('2019-02-28', 'en-GB')).toBe('28 February 2019');
    expect(boundText('2019-02', 'en-GB')).toBe('February 2019');
    expect(boundText('2019', 'en-GB')).toBe('2019');
    expect(boundText('2019-02-28', 'ko')).toBe('2019년 2월 28일');
    expect(boundText('', 'en-GB')).toBe('');
  });
});
