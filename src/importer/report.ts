/**
 * Accounting for every item of an import: the outcome of each, the summary line the CLI prints
 * on stderr, and the `--report FILE` of one JSON line per item. Lines are written as each item
 * ends, so a report of a 10,000-item export is never held in memory and survives an interrupted run.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * What became of an item. `imported` and `draft` were written as articles of their own (a draft
 * with `draft: true`); `version` was filed as another version of a story already in the archive
 * (its current version, or an earlier one); `duplicate` was already in the archive and left alone;
 * `failed` was not imported, with the reason. They are apart, so their counts add up to the items read.
 */
export type Outcome = 'imported' | 'version' | 'draft' | 'duplicate' | 'failed';

/** One line of `--report`: which input and where in it, the headline if known, and what came of it. */
export interface ReportEntry {
  input: string;
  /** `item 3 (id "…")`, `line 40, column 2`, or `page` for a single-article input. */
  position: string;
  title?: string | undefined;
  outcome: Outcome;
  /** The file written (or, on a dry run, that would be), for a version the story's own file, or for a duplicate the file that holds it. */
  path?: string | undefined;
  /** Why it failed, how it was filed as a version and why, or why it counts as already in the archive. */
  reason?: string | undefined;
}

/** The count of each outcome over a run. */
export class Tally {
  readonly counts: Record<Outcome, number> = { imported: 0, version: 0, draft: 0, duplicate: 0, failed: 0 };

  /** Counts one item. */
  add(outcome: Outcome): void {
    this.counts[outcome]++;
  }

  /** How many items were accounted for. */
  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  /**
   * `3 imported, 1 already in the archive, 0 drafts, 1 failed`, with `2 filed as versions of stored
   * stories` after the imported ones when there are any; a dry run says nothing was written.
   */
  summary(dryRun = false): string {
    const { imported, version, draft, duplicate, failed } = this.counts;
    const versions = version ? `${version} filed as ${version === 1 ? 'a version of a stored story' : 'versions of stored stories'}, ` : '';
    const line = `${imported} imported, ${versions}${duplicate} already in the archive, ${draft} ${draft === 1 ? 'draft' : 'drafts'}, ${failed} failed`;
    return dryRun ? `dry run, nothing written: ${line}` : line;
  }
}

/** One report line, without its newline: the entry as JSON, with only the fields it has. */
export function reportLine(entry: ReportEntry): string {
  const { input, position, title, outcome, path, reason } = entry;
  return JSON.stringify({ input, position, title, outcome, path, reason });
}

/** A `--report` file, written a line at a time. */
export interface ReportFile {
  write(entry: ReportEntry): void;
  close(): void;
}

/** Opens (and empties) a report file; throws an Error saying what to check when it cannot be made. */
export function openReport(path: string): ReportFile {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'its folder does not exist; create the folder or pass another path'
      : code === 'EISDIR' ? 'it is a folder; pass a file name, like import-report.jsonl'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied; pass a path you may write'
      : `${(error as Error).message}; pass another path`;
    throw new Error(`--report ${path} cannot be written: ${why}`);
  }
  return {
    write: (entry) => void writeSync(fd, `${reportLine(entry)}\n`),
    close: () => closeSync(fd),
  };
}

/** A report that goes nowhere, for a run without `--report`. */
export const NO_REPORT: ReportFile = { write: () => undefined, close: () => undefined };
