import { describe, expect, it } from 'vitest';
import { shardProblem, type ShardMark } from '../../../scripts/lib/build-parts.ts';

const plan = [['2016'], ['2017'], ['2018']];
const mark = (index: number, count = 3, of = plan): ShardMark => ({ version: 1, index, count, plan: of });

describe('merging shards', () => {
  it('accepts each shard of the plan once, in any order', () => {
    expect(shardProblem(['c', 'a', 'b'], [mark(3), mark(1), mark(2)], plan)).toBeUndefined();
  });

  it('names the missing shards, a repeated one, one of another N and one of another archive', () => {
    expect(shardProblem(['a', 'c'], [mark(1), mark(3)], plan)).toBe('shard 2/3 missing; pass the folders of all 3 shards to --merge');
    expect(shardProblem(['a', 'b', 'a2'], [mark(1), mark(2), mark(1)], plan)).toBe('a and a2 are both shard 1/3; pass each shard once');
    expect(shardProblem(['a', 'b'], [mark(1, 2), mark(2, 2)], plan)).toMatch(/^a is shard 1\/2, but the others are of 3/);
    expect(shardProblem(['a', 'b', 'c'], [mark(1), mark(2), mark(3, 3, [['2016'], ['2017'], ['2019']])], plan)).toMatch(/^c was built from another archive/);
  });
});
