import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewestParts } from '../../../../src/search/client/bundle-set.ts';
import { lazyLoad } from '../../../../src/search/client/lazy-load.ts';
import {
  answersWithin,
  EARLY_GRACE_MS,
  needsEveryLanguage,
  newestFor,
  newestRole,
} from '../../../../src/search/client/newest-first.ts';
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

  it('merges the other languages before a search that needs them, and not before a Latin-script word', async () => {
    const merged: string[] = [];
    const bilingual: NewestParts = { ...parts, allLanguages: async () => void merged.push('merged') };
    const lazy = lazyLoad(async () => bilingual);
    expect(await newestFor(lazy, parseSearchState('?q=vote'), years, never)).toEqual({
      parts: bilingual,
      complete: false,
    });
    expect(merged).toEqual([]);
    await newestFor(lazy, parseSearchState('?q=%EB%B6%81%ED%95%9C%EC%9D%80'), years, never); // 북한은
    await newestFor(lazy, parseSearchState('?q=vote&year=2025'), years, never); // they answer all of it
    expect(merged).toEqual(['merged', 'merged']);
  });

  it('leaves the search to the whole index when the other languages fail to merge', async () => {
    const errors: unknown[] = [];
    const failing: NewestParts = { ...parts, allLanguages: () => Promise.reject(new Error('offline')) };
    const lazy = lazyLoad(async () => failing);
    expect(
      await newestFor(lazy, parseSearchState('?q=vote&language=ko'), years, (e) => errors.push(e)),
    ).toBeUndefined();
    expect(errors).toHaveLength(1);
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

describe('needsEveryLanguage', () => {
  it('is true for a word in another script than Latin, a language filter or no words; false for Latin words alone', () => {
    const state = (search: string) => parseSearchState(search);
    expect(needsEveryLanguage(state('?q=vote'))).toBe(false);
    expect(needsEveryLanguage(state('?q=Kim+Jong-un+2016'))).toBe(false);
    expect(needsEveryLanguage(state('?q=caf%C3%A9'))).toBe(false); // café
    expect(needsEveryLanguage(state('?q=%EC%A0%9C%EC%9E%AC'))).toBe(true); // 제재
    expect(needsEveryLanguage(state('?q=THAAD+%EC%82%AC%EB%93%9C'))).toBe(true); // THAAD 사드
    expect(needsEveryLanguage(state('?q=vote&language=en'))).toBe(true);
    expect(needsEveryLanguage(state('?source=AP'))).toBe(true);
  });
});
