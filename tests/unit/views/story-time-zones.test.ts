import { describe, expect, it } from 'vitest';
import { countryTimeZone, datelineKey, datelineTimeZone, storyTimeZones } from '../../../src/views/story-time-zones.ts';
import { formatArticleDate } from '../../../src/model/dates.ts';

describe('datelineTimeZone', () => {
  it("finds the zone of the sample's datelines, in English and in Korean", () => {
    const datelines = ['SEOUL', 'PYONGYANG', 'TOKYO', 'BEIJING', 'WASHINGTON', 'UNITED NATIONS', 'SINGAPORE'];
    expect(datelines.map(datelineTimeZone)).toEqual([
      'Asia/Seoul',
      'Asia/Pyongyang',
      'Asia/Tokyo',
      'Asia/Shanghai',
      'America/New_York',
      'America/New_York',
      'Asia/Singapore',
    ]);
    expect(['서울', '평양', '판문점', '워싱턴', '유엔'].map(datelineTimeZone)).toEqual([
      'Asia/Seoul',
      'Asia/Pyongyang',
      'Asia/Seoul',
      'America/New_York',
      'America/New_York',
    ]);
  });

  it('reads a city the tz database names, however the dateline writes it', () => {
    expect(datelineTimeZone('London')).toBe('Europe/London');
    expect(datelineTimeZone('HONG KONG, March 3 (Reuters)')).toBe('Asia/Hong_Kong');
    expect(datelineTimeZone('Geneva')).toBe('Europe/Zurich');
    expect(datelineTimeZone('U.N.')).toBe('America/New_York');
    expect(datelineKey('  New   York, Jan. 20 ')).toBe('NEW YORK');
  });

  it('knows no zone for a place it cannot find, nor for no dateline', () => {
    expect(datelineTimeZone('ABOARD AIR FORCE ONE')).toBeUndefined();
    expect(datelineTimeZone('')).toBeUndefined();
    expect(datelineTimeZone(undefined)).toBeUndefined();
  });
});

describe('countryTimeZone', () => {
  it('gives the zone of a country that has one, and none for a country of several', () => {
    expect(countryTimeZone('KR')).toBe('Asia/Seoul');
    expect(countryTimeZone('GB')).toBe('Europe/London');
    expect(countryTimeZone('US')).toBeUndefined();
    expect(countryTimeZone(undefined)).toBeUndefined();
  });
});

describe('storyTimeZones', () => {
  it("tries the dateline's place, then the source's zone, then its country's, each once", () => {
    expect(storyTimeZones('SEOUL', { timeZone: 'America/New_York', country: 'US' })).toEqual([
      'Asia/Seoul',
      'America/New_York',
    ]);
    expect(storyTimeZones('서울', { timeZone: 'Asia/Seoul', country: 'KR' })).toEqual(['Asia/Seoul']);
    expect(storyTimeZones(undefined, { country: 'KR' })).toEqual(['Asia/Seoul']);
    expect(storyTimeZones('ABOARD AIR FORCE ONE', undefined)).toEqual([]);
  });

  it('names the same time the same way whichever source filed it from Seoul or the U.N.', () => {
    const ap = { timeZone: 'America/New_York', country: 'US' };
    const reuters = { timeZone: 'Europe/London', country: 'GB' };
    const yonhap = { timeZone: 'Asia/Seoul', country: 'KR' };
    const seoul = '2018-02-10T18:30:00+09:00';
    expect([ap, reuters, yonhap].map((source) => formatArticleDate(seoul, storyTimeZones('SEOUL', source)))).toEqual(
      Array(3).fill('10 February 2018, 18:30 KST'),
    );
    const un = '2017-12-22T16:40:00-05:00';
    expect([ap, reuters].map((source) => formatArticleDate(un, storyTimeZones('UNITED NATIONS', source)))).toEqual(
      Array(2).fill('22 December 2017, 16:40 EST'),
    );
  });
});
