import { describe, expect, it } from 'vitest';
import { lazyLoad } from '../../../../src/search/client/lazy-load.ts';

describe('lazyLoad', () => {
  it('loads on first use, once, however many ask at the same time', async () => {
    let calls = 0;
    const lazy = lazyLoad(async () => ++calls);
    expect(calls).toBe(0);
    expect(lazy.loaded).toBe(false);
    expect(await Promise.all([lazy.get(), lazy.get()])).toEqual([1, 1]);
    expect(await lazy.get()).toBe(1);
    expect(calls).toBe(1);
    expect(lazy.loaded).toBe(true);
  });

  it('tries again after a failed load, thrown or rejected', async () => {
    const outcomes: (() => Promise<string>)[] = [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('offline')),
      () => Promise.resolve('ok'),
    ];
    let calls = 0;
    const lazy = lazyLoad(() => outcomes[calls++]!());
    await expect(lazy.get()).rejects.toThrow('sync');
    expect(lazy.loaded).toBe(false);
    await expect(lazy.get()).rejects.toThrow('offline');
    await expect(lazy.get()).resolves.toBe('ok');
    await expect(lazy.get()).resolves.toBe('ok');
    expect(calls).toBe(3);
    expect(lazy.loaded).toBe(true);
  });
});
