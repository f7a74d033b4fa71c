/**
 * What `npm run build -- --figures FILE` reports about itself, as JSON in FILE: the contract
 * between scripts/build.ts and the benchmark, which runs the build as a separate process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { SearchIndexResult } from '../../src/search/build-index.ts';

export interface BuildReport {
  /** The Pagefind step: pages indexed and milliseconds taken. */
  searchIndex: SearchIndexResult;
  /** A merge's time putting the shards' pages and bundles into the site (scripts/lib/build-parts.ts), apart from Pagefind's. */
  assembleMs?: number;
  /** A build in parts: each shard's and the merge's wall-clock milliseconds, in the order they ran. */
  parts?: { name: string; ms: number }[];
}

/** Writes the report of one build. */
export async function writeBuildReport(file: string, report: BuildReport): Promise<void> {
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** Reads the report a build wrote, or `undefined` when it wrote none (a failed build). */
export async function readBuildReport(file: string): Promise<BuildReport | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as BuildReport);
}
