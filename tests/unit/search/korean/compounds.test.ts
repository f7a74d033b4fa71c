import { describe, expect, it } from 'vitest';
import { compoundOf, compoundParts, innerParts, segmentCompound } from '../../../../src/search/korean/compounds.ts';

describe('Korean compounds', () => {
  it('cuts a compound into the fewest nouns of the dictionary', () => {
    expect(segmentCompound('대북제재')).toEqual(['대북', '제재']);
    expect(segmentCompound('남북정상회담')).toEqual(['남북', '정상', '회담']);
    expect(segmentCompound('안전보장이사회')).toEqual(['안전', '보장', '이사회']);
  });

  it('cuts nothing it does not wholly know: one noun, verbs, particles, other scripts', () => {
    expect(segmentCompound('미사일')).toBeUndefined();
    expect(segmentCompound('규탄하고')).toBeUndefined();
    expect(segmentCompound('유엔에서')).toBeUndefined();
    expect(segmentCompound('sanctions')).toBeUndefined();
  });

  it('cuts a compound that carries a particle', () => {
    expect(compoundOf('대북제재를')).toEqual(['대북', '제재']);
  });

  it('indexes the runs of pieces that do not start the word', () => {
    expect(innerParts(['남북', '정상', '회담'])).toEqual(['정상', '정상회담', '회담']);
    expect(compoundParts('정부는 대북제재를 강화하고 남북정상회담을 제안했다. 대북제재')).toEqual([
      '제재',
      '정상',
      '정상회담',
      '회담',
    ]);
    expect(compoundParts('The U.N. imposed sanctions.')).toEqual([]);
  });
});
