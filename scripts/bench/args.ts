/** The bench's command line, read into typed options: a pure function, so its rules are tested without running a bench. */
import { parseArgs } from 'node:util';

export const USAGE =
  'Usage: npm run bench -- --articles N [--add N] [--hugo] [--few-names] [--korean P] [--shards N] [--reference N] [--json FILE] [--baseline] [--seed S] [--compare FILE] [--keep] [--cpu-prof DIR] [--no-browser]\n       npm run bench -- --import N [--seed S] [--keep]';

/** What one bench run is asked to do. */
export interface BenchOptions {
  /** Stories in the generated archive; 0 for an import bench. */
  articles: number;
  /** Posts in the generated WordPress export: set only for `--import N`, which runs the import bench alone. */
  posts: number | undefined;
  shards: number | undefined;
  /**
   * The daily run (`--add N`): after the cold build, N new stories are added to the archive's
   * newest year and the site is built again, incrementally, before the one-edit rebuild.
   */
  add: number | undefined;
  reference: number | undefined;
  seed: number;
  json: string | undefined;
  compare: string | undefined;
  cpuProf: string | undefined;
  baseline: boolean;
  /** Also build a Hugo site over the same archive and index it with Pagefind (scripts/bench/hugo-bench.ts). */
  hugo: boolean;
  /** The archive has a small fixed cast (scripts/bench/corpus.ts `castSizes`). */
  fewNames: boolean;
  /** Percent of the generated stories written in Korean (`--korean P`, 0–100; default 0). */
  korean: number;
  keep: boolean;
  noBrowser: boolean;
}

/** Reads the bench's arguments (`process.argv.slice(2)`); throws with the usage line when one is wrong. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      articles: { type: 'string' },
      shards: { type: 'string' },
      add: { type: 'string' },
      reference: { type: 'string' },
      import: { type: 'string' },
      json: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      hugo: { type: 'boolean', default: false },
      'few-names': { type: 'boolean', default: false },
      korean: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      compare: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const count = (name: string, value: string | undefined) => {
    const n = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < 1)
      throw new Error(`--${name} must be a positive whole number\n${USAGE}`);
    return n;
  };
  const seed = Number(values.seed);
  if (values.seed.trim() === '' || !Number.isInteger(seed)) throw new Error(`--seed must be a whole number\n${USAGE}`);
  const korean = Number(values.korean);
  if (values.korean.trim() === '' || !Number.isInteger(korean) || korean < 0 || korean > 100)
    throw new Error(`--korean must be a whole percent from 0 to 100\n${USAGE}`);
  const common = {
    seed,
    json: values.json,
    compare: values.compare,
    cpuProf: values['cpu-prof'],
    baseline: values.baseline,
    hugo: values.hugo,
    fewNames: values['few-names'],
    korean,
    keep: values.keep,
    noBrowser: values['no-browser'],
  };
  if (values.import !== undefined && values.articles === undefined) {
    if (values.add !== undefined) throw new Error(`--add adds stories to the --articles archive\n${USAGE}`);
    return {
      ...common,
      articles: 0,
      posts: count('import', values.import),
      shards: undefined,
      add: undefined,
      reference: undefined,
    };
  }
  // The daily run is `npm run build` as a newsroom runs it (which splits a large archive by
  // itself), and is ours alone: plain Astro, Hugo and Pagefind have no incremental run to set beside it.
  if (values.add !== undefined) {
    const other =
      values.shards !== undefined ? '--shards' : values.baseline ? '--baseline' : values.hugo ? '--hugo' : '';
    if (other) throw new Error(`--add cannot be combined with ${other}\n${USAGE}`);
  }
  return {
    ...common,
    articles: count('articles', values.articles),
    posts: undefined,
    shards: values.shards === undefined ? undefined : count('shards', values.shards),
    add: values.add === undefined ? undefined : count('add', values.add),
    reference: values.reference === undefined ? undefined : count('reference', values.reference),
  };
}
