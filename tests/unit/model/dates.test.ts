import { describe, expect, it } from 'vitest';
import {
  dayMonthName,
  formatArticleDate,
  formatArticleDay,
  formatArticleRange,
  formatDaySpan,
  isTimeZoneName,
  monthName,
  monthYearName,
  parseArticleDate,
  writtenZone,
  zoneAbbreviation,
} from '../../../src/model/dates.ts';

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

describe('formatArticleDay', () => {
  it('shows the day as filed, whatever the time and offset', () => {
    expect(formatArticleDay('2016-01-20T23:30:00-05:00')).toBe('20 January 2016');
    expect(formatArticleDay('2016-01-20')).toBe('20 January 2016');
  });
});

describe("formatArticleDate with the source's time zone", () => {
  it('names the zone a reader knows, standard or summer time as the date falls', () => {
    expect(formatArticleDate('2016-01-20T19:27:00+09:00', 'Asia/Seoul')).toBe('20 January 2016, 19:27 KST');
    expect(formatArticleDate('2016-01-20T10:25:00-05:00', 'America/New_York')).toBe('20 January 2016, 10:25 EST');
    expect(formatArticleDate('2016-07-20T10:25:00-04:00', 'America/New_York')).toBe('20 July 2016, 10:25 EDT');
    expect(formatArticleDate('2016-07-20T10:25:00+01:00', 'Europe/London')).toBe('20 July 2016, 10:25 BST');
    expect(formatArticleDate('2016-01-20T10:25:00Z', 'Europe/London')).toBe('20 January 2016, 10:25 GMT');
    expect(formatArticleDate('2018-06-12T10:00:00+08:00', 'Asia/Singapore')).toBe('12 June 2018, 10:00 SGT');
  });

  it("shows the offset when the date was written in another zone than the source's", () => {
    expect(formatArticleDate('2016-11-30T16:45:00-05:00', 'Asia/Seoul')).toBe('30 November 2016, 16:45 (UTC-05:00)');
    // Summer time in New York is -04:00: a -05:00 date in July is not New York time.
    expect(formatArticleDate('2016-07-20T10:25:00-05:00', 'America/New_York')).toBe('20 July 2016, 10:25 (UTC-05:00)');
  });

  it('shows the offset where no name fits, and nothing for a time without an offset', () => {
    // Pyongyang kept UTC+08:30 from 2015 to 2018, which no abbreviation names.
    expect(formatArticleDate('2017-01-20T10:25:00+08:30', 'Asia/Pyongyang')).toBe('20 January 2017, 10:25 (UTC+08:30)');
    expect(formatArticleDate('2016-01-20T19:27:00', 'Asia/Seoul')).toBe('20 January 2016, 19:27');
    expect(formatArticleDate('2016-01-20', 'Asia/Seoul')).toBe('20 January 2016');
  });
});

describe('zoneAbbreviation', () => {
  it("checks the offset at that instant, not today's", () => {
    const epoch = Date.UTC(2017, 0, 20, 1, 55);
    expect(zoneAbbreviation('Asia/Pyongyang', epoch, '+08:30')).toBeUndefined();
    expect(zoneAbbreviation('Asia/Pyongyang', epoch, '+09:00')).toBeUndefined();
    expect(zoneAbbreviation('Asia/Seoul', epoch, '+09:00')).toBe('KST');
    expect(zoneAbbreviation('UTC', epoch, 'Z')).toBe('UTC');
  });
});

describe('formatArticleRange', () => {
  it('names the zone once', () => {
    expect(formatArticleRange('2018-06-12T10:00:00+08:00', '2018-06-12T18:00:00+08:00', 'Asia/Singapore')).toBe(
      '12 June 2018, 10:00–18:00 SGT',
    );
    expect(formatArticleRange('2016-01-20T19:27:00+09:00', '2016-01-21T09:00:00+09:00', 'Asia/Seoul')).toBe(
      '20 January 2016, 19:27 – 21 January 2016, 09:00 KST',
    );
  });

  it("keeps each end's zone when they differ, and gives days alone without times", () => {
    expect(formatArticleRange('2016-03-13T01:00:00-05:00', '2016-03-13T04:00:00-04:00', 'America/New_York')).toBe(
      '13 March 2016, 01:00 EST – 13 March 2016, 04:00 EDT',
    );
    expect(formatArticleRange('2016-01-20', '2016-02-07T14:20:00+09:00')).toBe('20 January 2016 – 7 February 2016');
    expect(formatArticleRange('2016-01-20', '2016-01-20')).toBe('20 January 2016');
  });
});

describe('isTimeZoneName', () => {
  it('accepts IANA names, aliases included, and refuses offsets and unknown names', () => {
    expect(['Asia/Seoul', 'Asia/Kolkata', 'UTC'].map(isTimeZoneName)).toEqual([true, true, true]);
    expect(['+09:00', 'Asia/Nowhere', ''].map(isTimeZoneName)).toEqual([false, false, false]);
  });
});

describe('dates in Korean', () => {
  it('writes the day and time as Korean does, with the zone named in Korean', () => {
    // CLDR's short names in Korean are only "GMT+9"; its long ones are what a Korean reader says.
    expect(formatArticleDate('2016-01-20T19:27:00+09:00', 'Asia/Seoul', 'ko')).toBe(
      '2016년 1월 20일 19:27 (한국 표준시)',
    );
    expect(formatArticleDate('2016-11-30T16:45:00-05:00', 'America/New_York', 'ko')).toBe(
      '2016년 11월 30일 16:45 (미 동부 표준시)',
    );
    expect(formatArticleDate('2016-11-30T16:45:00-05:00', 'Asia/Seoul', 'ko')).toBe(
      '2016년 11월 30일 16:45 (UTC-05:00)',
    );
    expect(formatArticleDate('2016-01-20', undefined, 'ko')).toBe('2016년 1월 20일');
    expect(formatArticleDay('2016-01-20T19:27:00+09:00', 'ko-KR')).toBe('2016년 1월 20일');
    expect(formatArticleDate('2016-01-20T10:27:00Z', undefined, 'ko')).toBe('2016년 1월 20일 10:27 (UTC)');
  });

  it('writes spans and month names in Korean', () => {
    expect(formatArticleRange('2018-06-12T10:00:00+08:00', '2018-06-12T18:00:00+08:00', 'Asia/Singapore', 'ko')).toBe(
      '2018년 6월 12일 10:00–18:00 (싱가포르 표준시)',
    );
    expect(monthName(1, 'ko')).toBe('1월');
    expect(monthYearName(2016, 1, 'ko')).toBe('2016년 1월');
    expect(dayMonthName(7, 27, 'ko')).toBe('7월 27일');
  });

  it('keeps English as it was, and gives a language without a style the English one', () => {
    expect(formatArticleDate('2016-01-20T19:27:00+09:00', 'Asia/Seoul')).toBe('20 January 2016, 19:27 KST');
    expect(formatArticleDate('2016-01-20T19:27:00+09:00', 'Asia/Seoul', 'ja')).toBe('20 January 2016, 19:27 KST');
    expect(monthName(1)).toBe('January');
    expect(monthYearName(2016, 1)).toBe('January 2016');
    expect(dayMonthName(7, 27)).toBe('27 July');
  });
});

describe("formatArticleDate with the dateline's zone, then the source's", () => {
  it('names the time for the first zone whose offset it was written in', () => {
    // An AP story (New York) filed from Seoul at +09:00 reads KST, as Yonhap's do.
    expect(formatArticleDate('2021-03-18T18:40:00+09:00', ['Asia/Seoul', 'America/New_York'])).toBe(
      '18 March 2021, 18:40 KST',
    );
    // A Reuters story (London) from the United Nations at -05:00 reads EST, as AP's do.
    expect(formatArticleDate('2016-03-02T14:05:00-05:00', ['America/New_York', 'Europe/London'])).toBe(
      '2 March 2016, 14:05 EST',
    );
    // Written in the source's zone, not the dateline's: the source's names it.
    expect(formatArticleDate('2021-03-18T05:40:00-04:00', ['Asia/Seoul', 'America/New_York'])).toBe(
      '18 March 2021, 05:40 EDT',
    );
  });

  it('shows the bare offset when no zone given fits, and names both Koreas KST', () => {
    expect(formatArticleDate('2019-02-28T17:20:00+07:00', ['Asia/Seoul', 'America/New_York'])).toBe(
      '28 February 2019, 17:20 (UTC+07:00)',
    );
    expect(formatArticleDate('2018-09-19T14:55:00+09:00', ['Asia/Pyongyang'])).toBe('19 September 2018, 14:55 KST');
    expect(formatArticleDate('2019-02-28T17:20:00+07:00', ['Asia/Ho_Chi_Minh'])).toBe('28 February 2019, 17:20 ICT');
    expect(formatArticleDate('2017-02-18T21:30:00+08:00', ['Asia/Shanghai'])).toBe('18 February 2017, 21:30 CST');
  });

  it('tells which zone a time was written in', () => {
    expect(writtenZone('2017-01-20T10:25:00+08:30', ['Asia/Pyongyang', 'Asia/Seoul'])).toBe('Asia/Pyongyang');
    expect(writtenZone('2018-09-19T14:55:00+09:00', ['Asia/Pyongyang', 'Asia/Seoul'])).toBe('Asia/Pyongyang');
    expect(writtenZone('2017-01-20T10:25:00+09:00', ['Asia/Pyongyang', 'Asia/Seoul'])).toBe('Asia/Seoul');
    expect(writtenZone('2017-01-20T10:25:00', ['Asia/Seoul'])).toBeUndefined();
    expect(writtenZone('2017-01-20T10:25:00+09:00', ['Not/AZone', 'Asia/Tokyo'])).toBe('Asia/Tokyo');
  });
});

describe('formatDaySpan', () => {
  it('gives days within a month and months beyond it, never the time of day', () => {
    expect(formatDaySpan('2016-01-03T08:00:00+09:00', '2016-01-20T19:27:00+09:00')).toBe('3 – 20 January 2016');
    expect(formatDaySpan('2016-01-06T16:10:00+09:00', '2021-07-27T11:20:00+09:00')).toBe('January 2016 – July 2021');
    expect(formatDaySpan('2016-01-06', '2016-03-02T14:05:00-05:00')).toBe('January – March 2016');
    expect(formatDaySpan('2016-01-20T19:27:00+09:00', '2016-01-20')).toBe('20 January 2016');
  });

  it('takes its ends in either order, and writes Korean as Korean does', () => {
    expect(formatDaySpan('2021-07-27', '2016-01-06')).toBe('January 2016 – July 2021');
    expect(formatDaySpan('2016-01-06', '2021-07-27', 'ko')).toBe('2016년 1월~2021년 7월');
    expect(formatDaySpan('2016-01-03', '2016-01-20', 'ko')).toBe('2016년 1월 3일~20일');
  });
});
