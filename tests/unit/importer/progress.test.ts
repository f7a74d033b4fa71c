import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../../src/importer/progress.ts';
import { Tally } from '../../../src/importer/report.ts';

describe('progress when not on a terminal', () => {
  it('writes a plain line at most every interval, with the share of the file read and the counts', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgress({ stream: { write: (t: string) => written.push(t), isTTY: false }, intervalMs: 5000, now: () => clock });
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
    expect(written).toEqual(['import: feed.json: 2 items so far (45% of the file): 1 imported, 0 already in the archive, 0 drafts, 1 failed\n']);
    progress.log('feed.json item 2: no date');
    expect(written.at(-1)).toBe('feed.json item 2: no date\n');
  });

  it('leaves the share out when the size is unknown (standard input)', () => {
    expect(progressLine('stdin', new Tally(), 10, undefined)).toBe('import: stdin: 0 items so far: 0 imported, 0 already in the archive, 0 drafts, 0 failed');
    expect(progressLine('', new Tally(), 0, undefined)).toBe('import: 0 items so far: 0 imported, 0 already in the archive, 0 drafts, 0 failed');
  });
});
