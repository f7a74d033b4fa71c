import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewestParts } from '../../../../src/search/client/bundle-set.ts';
import { lazyLoad } from '../../../../src/search/client/lazy-load.ts';
import { answersWithin, EARLY_GRACE_MS, newestFor, newestRole } from '../../../../src/search/client/newest-first.ts';
import type { Pagefind } from '../../../../src/search/client/pagefind-client.ts';
import { parseSearchState } from '../../../../src/search/client/state.ts';

const years = { first: 2000, last: 2025 };
const parts: NewestParts = { pagefind: {} as Pagefind, years: ['2025'], olderYears: ['2024', '2000'] };

describe('newestRole', () => {
  it('answers all of a search whose years are all theirs, whatever the order', () => {
    expect(newestRole('all', 'relevance')).toBe('all');
    expect(newestRole('all', 'oldest')).toBe('all');
  });

  it('answers first for newest and relevance, but not for oldest first or for none of their years', () => {
    expect(newestRole('some', 'relevance')).toBe('first');
    expect(newestRole('some', 'newest')).toBe('first');
    expect(newestRole('some', 'oldest')).toBeUndefined();
    expect(newestRole('none', 'newest')).toBeUndefined();
  });
});

describe('newestFor', () => {
  const never = () => {
    throw new Error('nothing should be logged');
  };

  it('follows the year filter and the order asked for', async () => {
    const lazy = lazyLoad(async () => parts);
    expect(await newestFor(lazy, parseSearchState('?q=vote'), years, never)).toEqual({ parts, complete: false });
    expect(await newestFor(lazy, parseSearchState('?q=vote&year=2025'), years, never)).toEqual({
      parts,
      complete: true,
    });
    expect(await newestFor(lazy, parseSearchState('?q=vote&year=2024'), years, never)).toBeUndefined();
    expect(await newestFor(lazy, parseSearchState('?q=vote&sort=oldest'), years, never)).toBeUndefined();
    // No words lists newest first, so the newest parts answer first.
    expect(await newestFor(lazy, parseSearchState('?source=AP'), years, never)).toEqual({ parts, complete: false });
  });

  it('leaves the search to the whole index on a small archive, without newest parts, or when they fail to open', async () => {
    const searched = parseSearchState('?q=vote');
    expect(await newestFor(undefined, searched, years, never)).toBeUndefined();
    expect(
      await newestFor(
        lazyLoad(async () => undefined),
        searched,
        years,
        never,
      ),
    ).toBeUndefined();
    const errors: unknown[] = [];
    const failing = lazyLoad<NewestParts | undefined>(() => Promise.reject(new Error('offline')));
    expect(await newestFor(failing, searched, years, (error) => errors.push(error))).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('answersWithin', () => {
  afterEach(() => void vi.useRealTimers());

  it('is true when the answer comes within the grace time, false when it comes later', async () => {
    vi.useFakeTimers();
    const soon = answersWithin(new Promise((done) => setTimeout(done, EARLY_GRACE_MS - 1)), EARLY_GRACE_MS);
    const late = answersWithin(new Promise((done) => setTimeout(done, EARLY_GRACE_MS + 1)), EARLY_GRACE_MS);
    await vi.advanceTimersByTimeAsync(EARLY_GRACE_MS + 1);
    expect(await soon).toBe(true);
    expect(await late).toBe(false);
  });

  it('fails when the answer fails first', async () => {
    await expect(answersWithin(Promise.reject(new Error('index gone')), EARLY_GRACE_MS)).rejects.toThrow('index gone');
  });
});
