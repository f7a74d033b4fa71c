import { describe, expect, it } from 'vitest';
import { articleSlug, MAX_SLUG_LENGTH } from '../../../src/importer/slug.ts';

describe('articleSlug', () => {
  it('is the headline’s slug when it is short', () => {
    expect(articleSlug('U.S. envoy presses China to use its sway over N. Korea')).toBe('us-envoy-presses-china-to-use-its-sway-over-n-korea');
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
});
