import { describe, expect, it } from 'vitest';
import { stripParticle } from '../../../../src/search/korean/particles.ts';

describe('stripParticle', () => {
  it('takes off the particle a word ends in, in the form its last sound takes', () => {
    expect(stripParticle('북한은')).toBe('북한');
    expect(stripParticle('회의를')).toBe('회의');
    expect(stripParticle('제재를')).toBe('제재');
    expect(stripParticle('서울로')).toBe('서울');
    expect(stripParticle('유엔에서')).toBe('유엔');
    expect(stripParticle('미국과의')).toBe('미국');
    expect(stripParticle('중국까지')).toBe('중국');
  });

  it('leaves a form that does not fit the sound before it (는 after a consonant)', () => {
    expect(stripParticle('북한는')).toBeUndefined();
    expect(stripParticle('회의을')).toBeUndefined();
  });

  it('leaves known nouns and names whole, and never strips a word to nothing', () => {
    expect(stripParticle('김정은')).toBeUndefined();
    expect(stripParticle('회의')).toBeUndefined();
    expect(stripParticle('합의')).toBeUndefined();
    expect(stripParticle('이')).toBeUndefined();
    expect(stripParticle('sanctions')).toBeUndefined();
  });
});
