/**
 * Building an archive in parts (`npm run build -- --shard K/N`, then `-- --merge DIR...`): which
 * part this build is and which articles it renders. A shard owns whole years, a run of
 * consecutive years holding about an Nth of the articles, because the search index is made per
 * year (src/search/bundle-manifest.ts): each shard writes the pages and search bundles of its
 * years, and the merge writes everything else. Every part reads every article's front matter, so
 * listings, related stories and neighbours are those of the whole archive in every part.
 */

/** The environment variable scripts/build.ts passes the part in: `shard:2/3`, `merge`. */
export const BUILD_PART_ENV = 'DATELINE_BUILD_PART';

export type BuildPart = { kind: 'whole' } | { kind: 'shard'; index: number; count: number } | { kind: 'merge' };

/** The part named by `value` (`shard:K/N`, `merge`, or nothing for a whole build); throws on anything else. */
export function parseBuildPart(value: string | undefined): BuildPart {
  if (!value) return { kind: 'whole' };
  if (value === 'merge') return { kind: 'merge' };
  const shard = /^shard:(\d+)\/(\d+)$/.exec(value);
  if (shard) return parseShard(`${shard[1]}/${shard[2]}`);
  throw new Error(`${BUILD_PART_ENV}="${value}" is not a build part; expected "shard:K/N" or "merge"`);
}

/** `K/N` as given to `--shard`: shard K (from 1) of N. Throws with the fix when it is not. */
export function parseShard(value: string): BuildPart & { kind: 'shard' } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard ${value}: expected K/N with 1 ≤ K ≤ N, like --shard 1/3 for the first of three shards`);
  }
  return { kind: 'shard', index, count };
}

/**
 * The years of each of `count` shards: consecutive runs, oldest first, cut where the running
 * total of articles passes each Nth, so the shards hold about the same number of articles.
 * Throws when there are fewer years than shards (a year is never split).
 */
export function shardYears(articlesPerYear: ReadonlyMap<string, number>, count: number): string[][] {
  const years = [...articlesPerYear.keys()].sort();
  if (years.length < count) {
    throw new Error(`cannot build in ${count} shards: the archive has articles in ${years.length} year(s) and a shard holds whole years; use --shard K/${Math.max(1, years.length)} or fewer`);
  }
  const total = years.reduce((sum, year) => sum + articlesPerYear.get(year)!, 0);
  const shards: string[][] = [];
  let done = 0;
  for (const [i, year] of years.entries()) {
    const left = years.length - i;
    const open = shards.at(-1);
    // A new shard when this one has its share, or when each shard still to come needs a year of its own.
    const share = (shards.length * total) / count;
    if (!open || (shards.length < count && (done >= share || left <= count - shards.length))) shards.push([year]);
    else open.push(year);
    done += articlesPerYear.get(year)!;
  }
  return shards;
}

/** The years whose article pages this part renders: every year, the shard's own, or none (the merge). */
export function yearsOfPart(part: BuildPart, articlesPerYear: ReadonlyMap<string, number>): ReadonlySet<string> | 'all' {
  if (part.kind === 'whole') return 'all';
  if (part.kind === 'merge') return new Set();
  return new Set(shardYears(articlesPerYear, part.count)[part.index - 1]);
}

/** Whether this part builds the pages that are not articles: listings, feeds, the search page. */
export function buildsListings(part: BuildPart): boolean {
  return part.kind !== 'shard';
}

/** This process's build part. */
export const BUILD_PART = parseBuildPart(process.env[BUILD_PART_ENV]);
