import { describe, expect, it } from 'vitest';
import { dateLine, findDateInText, yonhapTimeLine } from '../../../../../src/importer/formats/pages/wire-dates.ts';

describe('yonhapTimeLine', () => {
  it('reads the crumb and time line as Korea time', () => {
    expect(yonhapTimeLine('All News 19:27 January 20, 2016')).toBe('2016-01-20T19:27:00+09:00');
    expect(yonhapTimeLine('N. Korea 9:05 February 07, 2016')).toBe('2016-02-07T09:05:00+09:00');
    expect(yonhapTimeLine('All News 2016-01-20 19:27')).toBe('2016-01-20T19:27:00+09:00');
  });

  it('refuses impossible dates and lines that are not time lines', () => {
    expect(yonhapTimeLine('All News 19:27 February 30, 2016')).toBeUndefined();
    expect(yonhapTimeLine('All News 25:10 January 20, 2016')).toBeUndefined();
    expect(yonhapTimeLine('Talks were held on January 20, 2016')).toBeUndefined();
  });
});

describe('findDateInText', () => {
  it('finds the weekday and full date in a caption, with full or abbreviated months', () => {
    expect(findDateInText('Envoys meet in Seoul, South Korea, Thursday, March 18, 2021. (AP Photo/X)')).toEqual({
      iso: '2021-03-18',
      text: 'Thursday, March 18, 2021',
      weekdayMismatch: false,
    });
    expect(findDateInText('Leaders walk in Hanoi, Thursday, Feb. 28, 2019.')?.iso).toBe('2019-02-28');
    expect(findDateInText('A file photo from Sept. 9, 2016, shows the site, Tuesday, Sept. 12, 2017.')?.iso).toBe(
      '2017-09-12',
    );
  });

  it('flags a weekday that does not fall on the date', () => {
    expect(findDateInText('Seoul, Friday, March 18, 2021.')?.weekdayMismatch).toBe(true);
  });

  it('finds nothing in text without a full date', () => {
    expect(findDateInText('Envoys meet in Seoul on Thursday.')).toBeUndefined();
  });
});

describe('dateLine', () => {
  it('reads a line that is only a date', () => {
    expect(dateLine('2018-09-19')).toBe('2018-09-19');
    expect(dateLine('September 19, 2018')).toBe('2018-09-19');
    expect(dateLine('Wednesday, Sept. 19, 2018')).toBe('2018-09-19');
  });

  it('does not take a sentence with a date in it for a date line', () => {
    expect(dateLine('The talks began on September 19, 2018, in Pyongyang.')).toBeUndefined();
    expect(dateLine('2018-02-30')).toBeUndefined();
  });
});
