import { describe, expect, it } from 'vitest';
import { readingTime, READING_SPEEDS } from '../../../src/i18n/reading-time.ts';
import { readingTimeText } from '../../../src/views/article-view.ts';
import { countCharacters } from '../../../src/markdown/remark-reading-time.ts';

describe('readingTime', () => {
  it('reads English by the word at 230 a minute', () => {
    expect(READING_SPEEDS.en).toEqual({ unit: 'words', perMinute: 230 });
    expect(readingTime({ wordCount: 920, characterCount: 5000 }, 'en')).toEqual({
      minutes: 4,
      count: 920,
      unit: 'words',
    });
  });

  it('reads Korean by the character at 500 a minute, at least one minute', () => {
    expect(readingTime({ wordCount: 300, characterCount: 1500 }, 'ko')).toEqual({
      minutes: 3,
      count: 1500,
      unit: 'characters',
    });
    expect(readingTime({ wordCount: 20, characterCount: 75 }, 'ko-KR')).toEqual({
      minutes: 1,
      count: 75,
      unit: 'characters',
    });
    expect(readingTime({ wordCount: 20 }, 'ko')).toBeUndefined();
  });

  it('says it in the story’s language', () => {
    expect(readingTimeText({ readingMinutes: 1, wordCount: 300, characterCount: 1040 }, 'ko')).toBe(
      '2분 분량 (1,040자)',
    );
    expect(readingTimeText({ readingMinutes: 4, wordCount: 812 }, 'en')).toBe('4 min read (812 words)');
    // A language without a strings table reads as English, by the word.
    expect(readingTimeText({ readingMinutes: 4, wordCount: 812 }, 'de')).toBe('4 min read (812 words)');
  });
});

describe('countCharacters', () => {
  it('counts the letters and digits of CJK text, not its spaces or punctuation', () => {
    expect(countCharacters('북한은 6일 핵실험을 했다.')).toBe(11);
    expect(countCharacters('English only')).toBeUndefined();
  });
});
