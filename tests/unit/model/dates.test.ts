import { describe, expect, it } from 'vitest';
import { formatArticleDate, parseArticleDate } from '../../../src/model/dates.ts';

describe('parseArticleDate', () => {
  it('keeps the calendar day and clock time as filed, with the offset', () => {
    const date = parseArticleDate('2016-01-20T19:27:00+09:00');
    expect(date).toMatchObject({ year: 2016, month: 1, day: 20, time: '19:27', offset: '+09:00' });
    expect(new Date(date!.epoch).toISOString()).toBe('2016-01-20T10:27:00.000Z');
  });

  it('accepts a bare date, a time without seconds and a compact offset', () => {
    expect(parseArticleDate('2021-03-18')?.iso).toBe('2021-03-18');
    expect(parseArticleDate('2021-03-18T09:05+0900')?.iso).toBe('2021-03-18T09:05:00+09:00');
    expect(parseArticleDate('2021-03-18 09:05Z')?.iso).toBe('2021-03-18T09:05:00Z');
  });

  it.each(['2016-02-30', '2016-13-01', '20 Jan 2016', '2016-01-20T25:00', '2016-01-20T10:00+15:00', ''])(
    'rejects %j',
    (input) => expect(parseArticleDate(input)).toBeUndefined(),
  );

  it('accepts 29 February only in leap years', () => {
    expect(parseArticleDate('2016-02-29')).toBeDefined();
    expect(parseArticleDate('2017-02-29')).toBeUndefined();
  });
});

describe('formatArticleDate', () => {
  it('shows the day, and the time with its zone when the source gave one', () => {
    expect(formatArticleDate('2016-01-20')).toBe('20 January 2016');
    expect(formatArticleDate('2016-01-20T19:27:00+09:00')).toBe('20 January 2016, 19:27 (UTC+09:00)');
  });
});
