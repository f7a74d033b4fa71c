import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args.ts';

describe('parseBenchArgs', () => {
  it('reads an archive bench with the Hugo comparison and a small cast', () => {
    const options = parseBenchArgs(['--articles', '3000', '--hugo', '--few-names', '--no-browser', '--seed', '4']);
    expect(options).toMatchObject({
      articles: 3000,
      posts: undefined,
      hugo: true,
      fewNames: true,
      noBrowser: true,
      seed: 4,
      baseline: false,
    });
  });

  it('leaves Hugo and the small cast off unless asked for', () => {
    const options = parseBenchArgs(['--articles', '500']);
    expect(options.hugo).toBe(false);
    expect(options.fewNames).toBe(false);
    expect(options.seed).toBe(1);
  });

  it('reads the percent of Korean stories, none unless asked for', () => {
    expect(parseBenchArgs(['--articles', '10000', '--korean', '10']).korean).toBe(10);
    expect(parseBenchArgs(['--articles', '500']).korean).toBe(0);
    expect(() => parseBenchArgs(['--articles', '10', '--korean', '101'])).toThrow(/--korean must be a whole percent/);
    expect(() => parseBenchArgs(['--articles', '10', '--korean', '2.5'])).toThrow(/--korean/);
  });

  it('runs the import bench alone for --import without --articles', () => {
    expect(parseBenchArgs(['--import', '200'])).toMatchObject({ articles: 0, posts: 200, shards: undefined });
  });

  it('refuses a count that is not a positive whole number, naming the option and the usage', () => {
    expect(() => parseBenchArgs(['--articles', '0'])).toThrow(/--articles must be a positive whole number\nUsage:/);
    expect(() => parseBenchArgs(['--articles', '10', '--shards', '2.5'])).toThrow(/--shards/);
    expect(() => parseBenchArgs([])).toThrow(/--articles/);
    expect(() => parseBenchArgs(['--articles', '10', '--seed', 'x'])).toThrow(/--seed must be a whole number/);
  });

  it('reads the daily run’s added stories, none unless asked for', () => {
    expect(parseBenchArgs(['--articles', '100000', '--add', '100', '--no-browser']).add).toBe(100);
    expect(parseBenchArgs(['--articles', '500']).add).toBeUndefined();
    expect(() => parseBenchArgs(['--articles', '500', '--add', '0'])).toThrow(/--add must be a positive whole number/);
  });

  it('refuses the daily run without an archive, or beside a build it cannot be compared with', () => {
    expect(() => parseBenchArgs(['--import', '200', '--add', '10'])).toThrow(/--add adds stories to the --articles/);
    expect(() => parseBenchArgs(['--articles', '500', '--add', '10', '--shards', '2'])).toThrow(
      /--add cannot be combined with --shards/,
    );
    expect(() => parseBenchArgs(['--articles', '500', '--add', '10', '--hugo'])).toThrow(/with --hugo/);
    expect(() => parseBenchArgs(['--articles', '500', '--add', '10', '--baseline'])).toThrow(/with --baseline/);
  });

  it('refuses an option it does not know', () => {
    expect(() => parseBenchArgs(['--articles', '10', '--hugo-version'])).toThrow();
  });
});
