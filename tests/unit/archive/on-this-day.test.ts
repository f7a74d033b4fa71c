import { describe, expect, it } from 'vitest';
import { calendarDayAt, onThisDay, WHOLE_YEAR } from '../../../src/archive/on-this-day.ts';
import { newestFirst } from '../../../src/archive/queries.ts';
import { makeArticle } from '../fixtures.ts';

const archive = (...dates: string[]) =>
  dates.map((date, i) => makeArticle(`${date.slice(0, 4)}/story-${i}`, { date })).sort(newestFirst);
const days = (result: ReturnType<typeof onThisDay>) => result?.articles.map((a) => a.data.date);

describe('onThisDay', () => {
  it('gives the stories of the newest story’s calendar day in other years, newest first', () => {
    const result = onThisDay(
      archive('2021-07-27T11:20:00+09:00', '2019-07-27', '2017-07-27T09:00:00-04:00', '2021-07-26', '2018-07-28'),
    );
    expect(result).toMatchObject({ month: 7, day: 27, name: '27 July', exact: true });
    expect(days(result)).toEqual(['2019-07-27', '2017-07-27T09:00:00-04:00']);
  });

  it('reads the day as written where the story was filed, not the UTC day', () => {
    // 05:00 on 28 July in Seoul is still the 27th in UTC; the story belongs to the 28th.
    const result = onThisDay(archive('2021-07-28', '2018-07-28T05:00:00+09:00'));
    expect(result).toMatchObject({ month: 7, day: 28, exact: true });
    expect(days(result)).toEqual(['2018-07-28T05:00:00+09:00']);
  });

  it('leaves out the reference year, even on the same day', () => {
    expect(onThisDay(archive('2021-07-27T18:00:00Z', '2021-07-27T09:00:00Z'))).toBeUndefined();
  });

  it('falls back to the nearest day with stories, the earlier first on a tie, within the limit', () => {
    const both = onThisDay(archive('2021-07-27', '2018-07-29', '2017-07-25'));
    expect(both).toMatchObject({ month: 7, day: 25, name: '25 July', referenceName: '27 July', exact: false });
    expect(onThisDay(archive('2021-07-27', '2018-08-04'))).toBeUndefined();
    expect(onThisDay(archive('2021-07-27', '2018-08-04'), undefined, 8)).toMatchObject({ month: 8, day: 4 });
  });

  it('counts across the turn of the year and finds 29 February next to 1 March', () => {
    expect(onThisDay(archive('2021-01-01', '2019-12-31'))).toMatchObject({ month: 12, day: 31, exact: false });
    expect(onThisDay(archive('2021-03-01', '2016-02-29'))).toMatchObject({ month: 2, day: 29, name: '29 February' });
  });

  it('takes another reference day when given one, and gives nothing for an empty archive', () => {
    const stories = archive('2021-07-27', '2017-05-10', '2016-05-10');
    expect(days(onThisDay(stories, { year: 2024, month: 5, day: 10 }))).toEqual(['2017-05-10', '2016-05-10']);
    expect(onThisDay([])).toBeUndefined();
  });

  it('finds the nearest day with stories however far it is, given the whole year', () => {
    const stories = archive('2021-07-27', '2018-01-30');
    expect(onThisDay(stories, { year: 2026, month: 12, day: 7 })).toBeUndefined();
    expect(onThisDay(stories, { year: 2026, month: 12, day: 7 }, WHOLE_YEAR)).toMatchObject({
      month: 1,
      day: 30,
      exact: false,
      referenceName: '7 December',
    });
  });
});

describe('calendarDayAt', () => {
  it('reads the day an instant falls on in a time zone', () => {
    const instant = new Date('2026-12-07T20:30:00Z');
    expect(calendarDayAt(instant, 'UTC')).toEqual({ year: 2026, month: 12, day: 7 });
    // Already the 8th in Seoul, still the 7th in New York.
    expect(calendarDayAt(instant, 'Asia/Seoul')).toEqual({ year: 2026, month: 12, day: 8 });
    expect(calendarDayAt(new Date('2027-01-01T02:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      month: 12,
      day: 31,
    });
  });
});
