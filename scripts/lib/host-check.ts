/**
 * Whether a built site fits a static host (scripts/lib/host-limits.ts): a pure check over the
 * output's files and their sizes, so a deploy that the host would refuse fails at build time, with
 * the limit, the figure and what to do.
 */
import { HOST_LIMITS, type HostLimits, type HostName } from './host-limits.ts';

/** One file of the built output: its path inside the output folder, `/`-separated, and its size. */
export interface OutputFile {
  path: string;
  bytes: number;
}

/** A limit the output exceeds, with the message for the person deploying it. */
export interface HostProblem {
  limit: keyof HostLimits['advice'];
  message: string;
}

/** What the output holds, as the limits count it. */
export interface OutputFigures {
  files: number;
  folders: number;
  totalBytes: number;
  largest?: OutputFile;
  /** Each folder's direct entries (files and folders), by its path (`''` for the output itself). */
  entriesPerFolder: Map<string, number>;
}

const MiB = 1024 * 1024;
const GB = 1_000_000_000;
const count = new Intl.NumberFormat('en-US');

/** Counts the files, folders and bytes of an output, and each folder's entries. */
export function outputFigures(files: readonly OutputFile[]): OutputFigures {
  const entriesPerFolder = new Map<string, number>([['', 0]]);
  let totalBytes = 0;
  let largest: OutputFile | undefined;
  for (const file of files) {
    totalBytes += file.bytes;
    if (!largest || file.bytes > largest.bytes) largest = file;
    // The file is an entry of its folder; a folder seen for the first time is an entry of its own parent.
    let child = file.path;
    for (;;) {
      const cut = child.lastIndexOf('/');
      const parent = cut < 0 ? '' : child.slice(0, cut);
      const seen = entriesPerFolder.has(parent);
      entriesPerFolder.set(parent, (entriesPerFolder.get(parent) ?? 0) + 1);
      if (seen) break;
      child = parent;
    }
  }
  return {
    files: files.length,
    folders: entriesPerFolder.size - 1,
    totalBytes,
    ...(largest && { largest }),
    entriesPerFolder,
  };
}

/** A size in the unit the host's limit is written in: `1.09 GB (1,090,000,000 bytes)` or `30.0 MiB`. */
function size(bytes: number, limit: number): string {
  if (limit % GB === 0) return `${(bytes / GB).toFixed(2)} GB (${count.format(bytes)} bytes)`;
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** The limit as the host writes it: `1 GB`, `25 MiB`. */
function limitSize(limit: number): string {
  return limit % GB === 0 ? `${limit / GB} GB` : `${count.format(limit / MiB)} MiB`;
}

/** `1 file` or `3 files`. */
function files(n: number, one = 'file', many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/**
 * The limits of `host` that the output exceeds (none when it fits), each message naming the limit,
 * the figure and what to do. `where` names the output folder in the messages, such as `dist/`.
 */
export function checkHost(host: HostName, output: readonly OutputFile[], where: string): HostProblem[] {
  const limits: HostLimits = HOST_LIMITS[host];
  const figures = outputFigures(output);
  const problems: HostProblem[] = [];
  const add = (limit: HostProblem['limit'], text: string) =>
    problems.push({ limit, message: `${text}: ${limits.advice[limit] ?? 'use another host'}` });

  if (limits.files !== undefined) {
    const entries = figures.files + (limits.filesIncludeFolders ? figures.folders : 0);
    if (entries > limits.files) {
      const held = limits.filesIncludeFolders
        ? `${count.format(entries)} entries (${files(figures.files)} and ${files(figures.folders, 'folder')})`
        : files(figures.files);
      add(
        'files',
        `${where} holds ${held}; ${limits.label} takes ${count.format(limits.files)} a site${limits.filesIncludeFolders ? ', folders included' : ''}`,
      );
    }
  }
  if (limits.filesPerFolder !== undefined) {
    const over = [...figures.entriesPerFolder]
      .filter(([, n]) => n > limits.filesPerFolder!)
      .sort((a, b) => b[1] - a[1]);
    if (over.length > 0) {
      const [folder, n] = over[0]!;
      const others = over.length > 1 ? ` (and ${files(over.length - 1, 'other folder')} over the limit)` : '';
      add(
        'filesPerFolder',
        `${where}${folder === '' ? '' : `${folder}/`} holds ${files(n, 'entry', 'entries')} in one folder${others}; ${limits.label} takes ${count.format(limits.filesPerFolder)} a folder`,
      );
    }
  }
  if (limits.totalBytes !== undefined && figures.totalBytes > limits.totalBytes) {
    add(
      'totalBytes',
      `${where} holds ${size(figures.totalBytes, limits.totalBytes)}; ${limits.label} takes ${limitSize(limits.totalBytes)} a site`,
    );
  }
  if (limits.fileBytes !== undefined && figures.largest && figures.largest.bytes > limits.fileBytes) {
    const over = output.filter((file) => file.bytes > limits.fileBytes!).length;
    const others = over > 1 ? ` (and ${files(over - 1, 'other file')} over the limit)` : '';
    add(
      'fileBytes',
      `${where}${figures.largest.path} is ${size(figures.largest.bytes, limits.fileBytes)}${others}; ${limits.label} takes ${limitSize(limits.fileBytes)} a file`,
    );
  }
  return problems;
}

/** One line for a build's log when the output fits: what it holds against what the host takes. */
export function describeFit(host: HostName, output: readonly OutputFile[], where: string): string {
  const limits: HostLimits = HOST_LIMITS[host];
  const figures = outputFigures(output);
  const parts: string[] = [];
  if (limits.files !== undefined) {
    const entries = figures.files + (limits.filesIncludeFolders ? figures.folders : 0);
    parts.push(
      `${count.format(entries)} ${limits.filesIncludeFolders ? 'entries' : 'files'} of ${count.format(limits.files)}`,
    );
  }
  if (limits.filesPerFolder !== undefined)
    parts.push(
      `at most ${count.format(Math.max(...figures.entriesPerFolder.values()))} entries a folder of ${count.format(limits.filesPerFolder)}`,
    );
  if (limits.totalBytes !== undefined)
    parts.push(`${size(figures.totalBytes, limits.totalBytes)} of ${limitSize(limits.totalBytes)}`);
  if (limits.fileBytes !== undefined)
    parts.push(
      `the largest file ${size(figures.largest?.bytes ?? 0, limits.fileBytes)} of ${limitSize(limits.fileBytes)}`,
    );
  return `${where} fits ${limits.label}: ${parts.join('; ')}`;
}
