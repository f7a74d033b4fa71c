import { describe, expect, it } from 'vitest';
import {
  automaticShardCount,
  buildPartArticles,
  buildsListings,
  parseBuildPart,
  parseShard,
  searchPartArticles,
  searchParts,
  shardYears,
  yearsOfPart,
} from '../../../src/config/build-part.ts';

const perYear = (counts: Record<string, number>) => new Map(Object.entries(counts));

describe('a build in parts', () => {
  it('reads the part from the environment, and refuses what is not one', () => {
    expect(parseBuildPart(undefined)).toEqual({ kind: 'whole' });
    expect(parseBuildPart('merge')).toEqual({ kind: 'merge' });
    expect(parseBuildPart('shard:2/3')).toEqual({ kind: 'shard', index: 2, count: 3 });
    expect(() => parseBuildPart('half')).toThrow(/expected "shard:K\/N" or "merge"/);
    expect(() => parseShard('4/3')).toThrow(/--shard 4\/3: expected K\/N with 1 ≤ K ≤ N, like --shard 1\/3/);
    expect(() => parseShard('0/3')).toThrow(/1 ≤ K ≤ N/);
  });

  it('gives each shard a run of whole years holding about an Nth of the articles', () => {
    const years = perYear({ 2016: 40, 2017: 35, 2018: 30, 2019: 45, 2020: 50, 2021: 40 });
    const shards = shardYears(years, 3, 1);
    expect(shards).toEqual([
      ['2016', '2017'],
      ['2018', '2019'],
      ['2020', '2021'],
    ]);
    // Every year once, in order.
    expect(shards.flat()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    expect(shardYears(years, 1, 1)).toEqual([['2016', '2017', '2018', '2019', '2020', '2021']]);
  });

  it('gives every shard at least one year, even when the first years hold most articles', () => {
    expect(shardYears(perYear({ 2016: 1000, 2017: 1, 2018: 1 }), 3, 1)).toEqual([['2016'], ['2017'], ['2018']]);
    expect(shardYears(perYear({ 2016: 1, 2017: 1, 2018: 1000 }), 2, 1)).toEqual([['2016', '2017'], ['2018']]);
  });

  it('says how many shards the archive can have when asked for more shards than search parts', () => {
    expect(() => shardYears(perYear({ 2016: 3, 2018: 2 }), 3, 1)).toThrow(
      /cannot build in 3 shards: the archive's search index has 2 part\(s\).*use --shard K\/2 or fewer/,
    );
  });

  it('groups small years into search parts of at least the given size, oldest first, a large year alone', () => {
    const years = perYear({ 2014: 300, 2015: 900, 2016: 1200, 2017: 2500, 2018: 400 });
    expect(searchParts(years, 2000)).toEqual([
      { key: '2014-2016', years: ['2014', '2015', '2016'], articles: 2400 },
      { key: '2017', years: ['2017'], articles: 2500 },
      { key: '2018', years: ['2018'], articles: 400 },
    ]);
    expect(searchParts(years, 1).map((p) => p.key)).toEqual(['2014', '2015', '2016', '2017', '2018']);
    // A shard holds whole parts.
    expect(shardYears(years, 2, 2000)).toEqual([
      ['2014', '2015', '2016'],
      ['2017', '2018'],
    ]);
    expect(searchPartArticles({})).toBe(2000);
    expect(searchPartArticles({ SEARCH_PART_ARTICLES: '1' })).toBe(1);
    expect(() => searchPartArticles({ SEARCH_PART_ARTICLES: 'lots' })).toThrow(
      /SEARCH_PART_ARTICLES="lots" is not a number of articles/,
    );
  });

  it('renders the articles of its own years in a shard, of none in the merge, and listings only outside shards', () => {
    const years = perYear({ 2016: 2, 2017: 1, 2018: 3 });
    expect(yearsOfPart({ kind: 'shard', index: 2, count: 3 }, years, 1)).toEqual(new Set(['2017']));
    expect(yearsOfPart({ kind: 'merge' }, years)).toEqual(new Set());
    expect(yearsOfPart({ kind: 'whole' }, years)).toBe('all');
    expect(buildsListings({ kind: 'shard', index: 1, count: 2 })).toBe(false);
    expect(buildsListings({ kind: 'merge' })).toBe(true);
  });
});

describe('npm run build in parts by itself', () => {
  const years = (counts: number[]) => new Map(counts.map((n, i) => [String(2000 + i), n]));

  it('builds an archive up to the limit in one process', () => {
    expect(automaticShardCount(years([4000, 4000, 4000]), 12_000, 2000)).toBe(1);
  });

  it('cuts a larger one into enough shards that none renders more than the limit', () => {
    const archive = years(Array.from({ length: 25 }, () => 4000));
    expect(automaticShardCount(archive, 12_000, 2000)).toBe(9);
    expect(shardYears(archive, 9, 2000).every((shard) => shard.length * 4000 <= 12_000)).toBe(true);
  });

  it('never asks for more shards than the search index has parts', () => {
    expect(automaticShardCount(years([30_000, 30_000]), 12_000, 2000)).toBe(2);
  });

  it('reads the limit from BUILD_PART_ARTICLES and refuses what is not a number', () => {
    expect(buildPartArticles({})).toBe(20_000);
    expect(buildPartArticles({ BUILD_PART_ARTICLES: '500' })).toBe(500);
    expect(() => buildPartArticles({ BUILD_PART_ARTICLES: 'lots' })).toThrow(
      'BUILD_PART_ARTICLES="lots" is not a number of articles',
    );
  });
});
