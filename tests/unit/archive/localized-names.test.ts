import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/archive/localized-names.ts';

describe('countryName', () => {
  it("names a source's country in the page's language, not as its code", () => {
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('KR', 'ko')).toBe('대한민국');
    expect(countryName('US', 'ko')).toBe('미국');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
  });

  it('names it in English on a page in a language without an interface of its own, and in Korean for ko-KR', () => {
    expect(countryName('KR', 'ja')).toBe('South Korea');
    expect(countryName('KR', 'ko-KR')).toBe('대한민국');
  });

  it('keeps a code Intl has no name for as written', () => {
    expect(countryName('XX', 'en')).toBe('XX');
  });
});
