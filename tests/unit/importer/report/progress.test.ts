import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../../../src/importer/report/progress.ts';
import { Tally } from '../../../../src/importer/report/tally.ts';

describe('what progress shows', () => {
  it('leaves out control characters from third-party titles, paths and reasons, so a feed cannot drive the terminal', () => {
    const written: string[] = [];
    const printed: string[] = [];
    const progress = createProgress({
      stream: { write: (t: string) => written.push(t), isTTY: false },
      stdout: { write: (t: string) => printed.push(t), isTTY: false },
      intervalMs: 0,
      now: () => 1,
    });
    progress.begin('feed\u001b[2J.json', undefined);
    progress.update(0, new Tally());
    progress.log('item 1: "Talks\u0007\u001b]0;owned\u0007" has no date\nsecond line\tend\r');
    progress.print('content/articles/2016/a\u009b1m\nb.md');
    expect([...written, ...printed].join('')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
    expect(written).toEqual([
      'import: feed [2J.json: 0 items so far: 0 imported, 0 already in the archive, 0 drafts, 0 failed\n',
      'item 1: "Talks]0;owned" has no date\nsecond line\tend\n',
    ]);
    expect(printed).toEqual(['content/articles/2016/a 1m b.md\n']);
  });
});

describe('progress when not on a terminal', () => {
  it('writes a plain line at most every interval, with the share of the file read and the counts', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgress({
      stream: { write: (t: string) => written.push(t), isTTY: false },
      intervalMs: 5000,
      now: () => clock,
    });
    const tally = new Tally();
    progress.begin('feed.json', 1000);
    tally.add('imported');
    progress.update(100, tally);
    expect(written).toEqual([]);
    clock = 5000;
    tally.add('failed');
    progress.update(450, tally);
    clock = 6000;
    progress.update(500, tally);
    expect(written).toEqual([
      'import: feed.json: 2 items so far (45% of the file): 1 imported, 0 already in the archive, 0 drafts, 1 failed\n',
    ]);
    progress.log('feed.json item 2: no date');
    expect(written.at(-1)).toBe('feed.json item 2: no date\n');
  });

  it('leaves the share out when the size is unknown (standard input)', () => {
    expect(progressLine('stdin', new Tally(), 10, undefined)).toBe(
      'import: stdin: 0 items so far: 0 imported, 0 already in the archive, 0 drafts, 0 failed',
    );
    expect(progressLine('', new Tally(), 0, undefined)).toBe(
      'import: 0 items so far: 0 imported, 0 already in the archive, 0 drafts, 0 failed',
    );
  });
});
