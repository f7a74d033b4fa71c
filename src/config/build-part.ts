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

/** The environment variable that sets the fewest articles a search part holds (default `SEARCH_PART_ARTICLES`). */
export const SEARCH_PART_ENV = 'SEARCH_PART_ARTICLES';

/** Below this many articles a year shares its search part with the years after it: every part costs the reader one index chunk per word. */
export const SEARCH_PART_ARTICLES = 2000;

/** A number of articles from the environment variable `name`, else `fallback`; throws naming the variable when it is not a whole number. */
function articleCountFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name}="${value}" is not a number of articles; write a whole number such as ${fallback}`);
  return n;
}

/** The fewest articles a search part holds: `SEARCH_PART_ARTICLES` from the environment, else the default. */
export function searchPartArticles(env: NodeJS.ProcessEnv = process.env): number {
  return articleCountFrom(env, SEARCH_PART_ENV, SEARCH_PART_ARTICLES);
}

/**
 * The fewest articles the search page asks first, before the whole index (bundle-set.ts
 * `splitNewest`): half a part. The newest part is the one still filling up, so it holds anywhere
 * from one article to a whole part; alone when it holds at least half a part, else with the part
 * before it. At one whole part the first results waited for two parts' page lists and word chunks.
 */
export function firstSearchArticles(env: NodeJS.ProcessEnv = process.env): number {
  return Math.ceil(searchPartArticles(env) / 2);
}

/** A part of the search index: a run of consecutive years, and the folder its Pagefind bundle is in. */
export interface SearchPart {
  /** `2016`, or `2014-2016` for several years. */
  key: string;
  /** Oldest first. */
  years: string[];
  articles: number;
}

/**
 * The search index's parts: runs of consecutive years, oldest first, each closed once it holds
 * `min` articles, so a year with thousands of stories is a part of its own and small years share
 * one. The newest part may hold fewer. The same archive gives the same parts in every build.
 */
export function searchParts(articlesPerYear: ReadonlyMap<string, number>, min: number): SearchPart[] {
  const parts: SearchPart[] = [];
  let open: string[] = [];
  let count = 0;
  const close = () => {
    if (open.length)
      parts.push({ key: open.length === 1 ? open[0]! : `${open[0]}-${open.at(-1)}`, years: open, articles: count });
    open = [];
    count = 0;
  };
  for (const year of [...articlesPerYear.keys()].sort()) {
    open.push(year);
    count += articlesPerYear.get(year)!;
    if (count >= min) close();
  }
  close();
  return parts;
}

/**
 * The years of each of `count` shards: consecutive runs of whole search parts (a shard writes the
 * pages and search parts of its years), oldest first, cut nearest where the running total of
 * articles passes each Nth, so the shards hold about the same number of articles. Throws when there are
 * fewer search parts than shards.
 */
export function shardYears(
  articlesPerYear: ReadonlyMap<string, number>,
  count: number,
  min = searchPartArticles(),
): string[][] {
  const parts = searchParts(articlesPerYear, min);
  if (parts.length < count) {
    throw new Error(
      `cannot build in ${count} shards: the archive's search index has ${parts.length} part(s) (runs of years with at least ${min} articles) and a shard holds whole parts; use --shard K/${Math.max(1, parts.length)} or fewer, or set ${SEARCH_PART_ENV} lower`,
    );
  }
  const total = parts.reduce((sum, part) => sum + part.articles, 0);
  const shards: string[][] = [];
  let done = 0;
  for (const [i, part] of parts.entries()) {
    const left = parts.length - i;
    const open = shards.at(-1);
    // A new shard when this part would take the open one past its share by more than half of
    // itself, or when each shard still to come needs a part of its own.
    const share = (shards.length * total) / count;
    if (!open || (shards.length < count && (done + part.articles / 2 >= share || left <= count - shards.length)))
      shards.push([...part.years]);
    else open.push(...part.years);
    done += part.articles;
  }
  return shards;
}

/** The environment variable that sets the most articles `npm run build` renders in one process (default `BUILD_PART_ARTICLES`). */
export const BUILD_PART_ARTICLES_ENV = 'BUILD_PART_ARTICLES';

/**
 * Above this many articles `npm run build` builds in parts by itself, one after another: one
 * process holding every rendered article runs out of memory near 100,000 (Astro's data store is
 * one string; withastro/astro #13360), while a part's memory is that of its own articles. Each
 * part also reads every article's fields, so fewer, larger parts are quicker (docs/large-archives.md
 * has the figures at 100,000 articles and how to measure them).
 */
export const BUILD_PART_ARTICLES = 20_000;

/** The most articles one process renders: `BUILD_PART_ARTICLES` from the environment, else the default. */
export function buildPartArticles(env: NodeJS.ProcessEnv = process.env): number {
  return articleCountFrom(env, BUILD_PART_ARTICLES_ENV, BUILD_PART_ARTICLES);
}

/**
 * How many shards `npm run build` makes of the archive by itself: enough that none renders more
 * than `most` articles, but no more than the search index has parts (a shard holds whole
 * parts); 1 is a single build.
 */
export function automaticShardCount(
  articlesPerYear: ReadonlyMap<string, number>,
  most: number,
  min = searchPartArticles(),
): number {
  const total = [...articlesPerYear.values()].reduce((sum, n) => sum + n, 0);
  return Math.max(1, Math.min(Math.ceil(total / most), searchParts(articlesPerYear, min).length));
}

/** The years whose article pages this part renders: every year, the shard's own, or none (the merge). */
export function yearsOfPart(
  part: BuildPart,
  articlesPerYear: ReadonlyMap<string, number>,
  min = searchPartArticles(),
): ReadonlySet<string> | 'all' {
  if (part.kind === 'whole') return 'all';
  if (part.kind === 'merge') return new Set();
  return new Set(shardYears(articlesPerYear, part.count, min)[part.index - 1]);
}

/** Whether this part builds the pages that are not articles: listings, feeds, the search page, the sitemap. */
export function buildsListings(part: BuildPart): boolean {
  return part.kind !== 'shard';
}

/** This process's build part. */
export const BUILD_PART = parseBuildPart(process.env[BUILD_PART_ENV]);
