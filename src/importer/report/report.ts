/**
 * The `--report FILE` of an import: one JSON line per item, with its outcome. Lines are written as
 * each item ends, so a report of a 10,000-item export is never held in memory and survives an
 * interrupted run.
 */
import { closeSync, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Outcome } from './tally.ts';

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

/** What `--report` may not touch: without `force` an existing file; never an input, nor a file in the content folder. */
export interface ReportTarget {
  force?: boolean | undefined;
  /** The files named for import (`-` for standard input is passed over). */
  inputs?: readonly string[] | undefined;
  /** The content folder (and any other folders articles are written to, such as `--out`). */
  contentRoot?: string | readonly string[] | undefined;
}

const EXAMPLE = 'like import-report.jsonl';

/** The file's device and inode, so a link or another spelling of an input's path is still that input. */
function identity(path: string): string | undefined {
  try {
    const { dev, ino } = statSync(path);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

/** `path` with its nearest existing folder's links resolved, so a linked content folder is still seen. */
function realPath(path: string): string {
  const absolute = resolve(path);
  for (let dir = absolute; ; dir = dirname(dir)) {
    try {
      return resolve(realpathSync(dir), relative(dir, absolute));
    } catch {
      if (dirname(dir) === dir) return absolute;
    }
  }
}

const isInside = (path: string, folder: string) => {
  const rel = relative(realPath(folder), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Why `--report path` must not be written, or `undefined` when it may; checked before anything is opened. */
export function reportPathProblem(
  path: string,
  { force = false, inputs = [], contentRoot = [] }: ReportTarget = {},
): string | undefined {
  const id = identity(path);
  const input = inputs.find(
    (name) => name !== '-' && (resolve(name) === resolve(path) || (id !== undefined && identity(name) === id)),
  );
  if (input !== undefined)
    return `--report ${path} is ${input}, one of the files being imported, and would be emptied before it is read; pass another path, ${EXAMPLE}`;
  const root = (typeof contentRoot === 'string' ? [contentRoot] : contentRoot).find((folder) => isInside(path, folder));
  if (root !== undefined)
    return `--report ${path} is inside the content folder ${root}, where it could replace an article; pass a path outside it, ${EXAMPLE}`;
  if (id !== undefined && statSync(path).isDirectory())
    return `--report ${path} cannot be written: it is a folder; pass a file name, ${EXAMPLE}`;
  if (id !== undefined && !force)
    return `--report ${path} already exists and would be replaced; pass another path, or --force to replace it`;
  return undefined;
}

/**
 * Opens a report file, refusing (before anything is emptied) an input, a file in the content
 * folder, and an existing file unless `force`; throws an Error naming the path and what to do.
 */
export function openReport(path: string, target: ReportTarget = {}): ReportFile {
  const problem = reportPathProblem(path, target);
  if (problem) throw new Error(problem);
  let fd: number;
  try {
    // `wx` fails if the file appeared since the check; only --force may empty one.
    fd = openSync(path, target.force ? 'w' : 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist; create the folder or pass another path'
        : code === 'EEXIST'
          ? 'it already exists and would be replaced; pass another path, or --force to replace it'
          : code === 'EISDIR'
            ? `it is a folder; pass a file name, ${EXAMPLE}`
            : code === 'EACCES' || code === 'EPERM'
              ? 'permission denied; pass a path you may write'
              : `${(error as Error).message}; pass another path`;
    throw new Error(`--report ${path} cannot be written: ${why}`, { cause: error });
  }
  return {
    write: (entry) => void writeSync(fd, `${reportLine(entry)}\n`),
    close: () => closeSync(fd),
  };
}

/** A report that goes nowhere, for a run without `--report`. */
export const NO_REPORT: ReportFile = { write: () => undefined, close: () => undefined };
