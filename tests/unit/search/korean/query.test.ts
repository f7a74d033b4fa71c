import { describe, expect, it } from 'vitest';
import { broadQuery } from '../../../../src/search/korean/query.ts';

describe('broadQuery', () => {
  it('searches Korean words without their particles and cut at their compounds', () => {
    expect(broadQuery('북한은')).toBe('북한');
    expect(broadQuery('대북제재를')).toBe('대북 제재');
    expect(broadQuery('북한은 미사일을 발사')).toBe('북한 미사일 발사');
  });

  it('leaves a query with nothing to change, names and other scripts alone', () => {
    expect(broadQuery('북한 제재')).toBeUndefined();
    expect(broadQuery('김정은')).toBeUndefined();
    expect(broadQuery('kim jong un')).toBeUndefined();
    expect(broadQuery('UN 안보리는')).toBe('UN 안보리');
  });
});
