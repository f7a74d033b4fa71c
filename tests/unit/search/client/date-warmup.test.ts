import { describe, expect, it } from 'vitest';
import { parseDateSamples, warmDateFormats } from '../../../../src/search/client/date-warmup.ts';

describe('warmDateFormats', () => {
  it('formats each sample in the page’s language, one a task, and goes on past one it cannot format', () => {
    const tasks: (() => void)[] = [];
    const formatted: string[] = [];
    warmDateFormats(
      [
        ['2016-01-20T19:27:00+09:00', ['Asia/Seoul']],
        ['not a date', []],
        ['2016-02-07T10:00:00-05:00', ['America/New_York']],
      ],
      'ko',
      (run) => tasks.push(run),
      (date, zones, lang) => {
        if (date === 'not a date') throw new Error('bad date');
        formatted.push(`${date} ${zones.join(' ')} ${lang}`);
      },
    );
    // Nothing runs until its task does, and each task schedules the next.
    expect(formatted).toEqual([]);
    while (tasks.length) tasks.shift()!();
    expect(formatted).toEqual([
      '2016-01-20T19:27:00+09:00 Asia/Seoul ko',
      '2016-02-07T10:00:00-05:00 America/New_York ko',
    ]);
  });
});

describe('parseDateSamples', () => {
  it('reads the page’s samples, and takes anything malformed as none', () => {
    expect(parseDateSamples('[["2016-01-20T19:27:00+09:00",["Asia/Seoul"]],["x",[1]],"y"]')).toEqual([
      ['2016-01-20T19:27:00+09:00', ['Asia/Seoul']],
    ]);
    expect(parseDateSamples(undefined)).toEqual([]);
    expect(parseDateSamples('{')).toEqual([]);
  });
});
