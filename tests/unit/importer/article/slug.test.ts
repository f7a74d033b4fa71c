import { describe, expect, it } from 'vitest';
import { articleSlug, MAX_SLUG_LENGTH } from '../../../../src/importer/article/slug.ts';

describe('articleSlug', () => {
  it('is the headline’s slug when it is short', () => {
    expect(articleSlug('U.S. envoy presses China to use its sway over N. Korea')).toBe(
      'us-envoy-presses-china-to-use-its-sway-over-n-korea',
    );
  });

  it('cuts a long headline after a whole word, never on a dangling "in" or "of"', () => {
    const slug = articleSlug('North Korea walks out of working-level nuclear talks in Sweden after hours of meetings');
    expect(slug).toBe('north-korea-walks-out-of-working-level-nuclear-talks');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(articleSlug('one two three four', 12)).toBe('one-two');
  });

  it('cuts a single long word where it must', () => {
    expect(articleSlug('a'.repeat(80))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('keeps Korean letters', () => {
    expect(articleSlug('판문점 선언')).toBe('판문점-선언');
  });

  it('never chooses a name Windows keeps for a device, whatever the case', () => {
    expect(['Con', 'AUX', 'nul', 'Prn', 'COM1', 'lpt9', 'Com¹'].map((title) => articleSlug(title))).toEqual([
      'con-story',
      'aux-story',
      'nul-story',
      'prn-story',
      'com1-story',
      'lpt9-story',
      'com1-story',
    ]);
    expect(articleSlug(`con ${'x'.repeat(70)}`)).toBe('con-story');
    expect(articleSlug('Con artists jailed')).toBe('con-artists-jailed');
    expect(articleSlug('COM10')).toBe('com10');
  });

  it('cuts a long word at a whole character, never inside a surrogate pair or between a letter and its marks', () => {
    const astral = articleSlug('𠜎'.repeat(40));
    expect(astral).toBe('𠜎'.repeat(30));
    expect(articleSlug('𠜎'.repeat(40), 7)).toBe('𠜎'.repeat(3));
    expect(articleSlug('क्षि'.repeat(20), 10)).toBe('क्षि'.repeat(2));
    expect(articleSlug('𠜎'.repeat(40), 7).isWellFormed()).toBe(true);
  });
});
