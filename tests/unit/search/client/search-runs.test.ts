import { describe, expect, it } from 'vitest';
import { SearchRuns } from '../../../../src/search/client/search-runs.ts';

describe('SearchRuns', () => {
  it('numbers each run, and only the last started is the latest', () => {
    const runs = new SearchRuns();
    const first = runs.next();
    expect(runs.isLatest(first)).toBe(true);
    const second = runs.next();
    expect(second).toBeGreaterThan(first);
    expect(runs.latest).toBe(second);
    expect(runs.isLatest(first)).toBe(false);
    expect(runs.isLatest(second)).toBe(true);
  });

  it('is idle at once when no search waits, and only once the last waiting search is answered', async () => {
    const runs = new SearchRuns();
    await runs.idle();
    runs.waiting();
    runs.waiting();
    let idle = 0;
    void runs.idle().then(() => idle++);
    void runs.idle().then(() => idle++);
    runs.answered();
    await Promise.resolve();
    expect(idle).toBe(0);
    runs.answered();
    await Promise.resolve();
    expect(idle).toBe(2);
  });

  it('waits again for searches sent after it was last idle', async () => {
    const runs = new SearchRuns();
    runs.waiting();
    runs.answered();
    runs.waiting();
    let idle = false;
    void runs.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    runs.answered();
    await Promise.resolve();
    expect(idle).toBe(true);
  });
});
