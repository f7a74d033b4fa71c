import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '@/i18n/plural.ts';

describe('plural', () => {
  it('writes one thing in the singular and none or several in the plural', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(12, 'photo')).toBe('12 photos');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'story', 'stories')).toBe('1 story');
    expect(plural(2, 'story', 'stories')).toBe('2 stories');
  });

  it('leaves the count as written, without digit grouping, as the archive pages print it', () => {
    expect(plural(12345, 'article')).toBe('12345 articles');
  });
});

describe('pluralWord', () => {
  it('picks the word alone, for sentences whose verb agrees with the count', () => {
    expect(pluralWord(1, 'is', 'are')).toBe('is');
    expect(pluralWord(3, 'is', 'are')).toBe('are');
    expect(pluralWord(1.5, 'photo')).toBe('photos');
  });
});
