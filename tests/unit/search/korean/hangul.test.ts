import { describe, expect, it } from 'vitest';
import { isHangulWord, lastSound } from '../../../../src/search/korean/hangul.ts';

describe('Hangul rules', () => {
  it('tells a final consonant, a final ㄹ and a vowel apart (the sound a particle follows)', () => {
    expect(lastSound('북한')).toBe('consonant');
    expect(lastSound('서울')).toBe('rieul');
    expect(lastSound('회의')).toBe('vowel');
    expect(lastSound('UN')).toBeUndefined();
  });

  it('knows a word of Hangul syllables only', () => {
    expect(isHangulWord('대북제재')).toBe(true);
    expect(isHangulWord('4차')).toBe(false);
    // Conjoining jamo (decomposed text) are not syllables.
    expect(isHangulWord('북한'.normalize('NFD'))).toBe(false);
  });
});
