/**
 * Showing how far a bulk import has got: on a terminal, a cli-progress bar on stderr (by bytes of
 * the current input when its size is known) with the running counts; elsewhere (a log, CI), a
 * plain line every few seconds, so a long import is never silent and never floods the log.
 * Titles, paths and reasons come from third-party text: control characters (ESC, BEL, ...) are
 * left out of everything shown, so a feed cannot drive the terminal.
 */
import cliProgress from 'cli-progress';
import { oneLine, withoutControls } from '../../model/control-characters.ts';
import type { Tally } from './tally.ts';

/** What the importer tells the display. */
export interface Progress {
  /** A new input begins; `size` in bytes when known. */
  begin(input: string, size: number | undefined): void;
  /** An item ended; `bytesRead` of the current input so far. */
  update(bytesRead: number, tally: Tally): void;
  /** A line for stderr (a note or an error), printed above the bar. */
  log(line: string): void;
  /** A line for stdout (a written path); above the bar when stdout is the same terminal. */
  print(line: string): void;
  stop(): void;
}

/** Where the display goes and how often a plain line is written. */
export interface ProgressOptions {
  stream: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  /** Milliseconds between plain lines when not on a terminal. */
  intervalMs?: number;
  now?: () => number;
  /** Where written paths go. */
  stdout?: { write(text: string): unknown; isTTY?: boolean };
}

/** The plain progress line: `import: feed.json: 120 items so far (45%): 100 imported, ...`. */
export function progressLine(input: string, tally: Tally, bytesRead: number, size: number | undefined): string {
  const share = size ? ` (${Math.min(100, Math.floor((bytesRead / size) * 100))}% of the file)` : '';
  return `import: ${input ? `${input}: ` : ''}${tally.total} ${tally.total === 1 ? 'item' : 'items'} so far${share}: ${tally.summary()}`;
}

/** A display for a terminal, or a plain-line one when `stream` is not a terminal. */
export function createProgress({
  stream,
  intervalMs = 5000,
  now = Date.now,
  stdout = process.stdout,
}: ProgressOptions): Progress {
  return shown(
    stream.isTTY ? barProgress(stream as NodeJS.WriteStream, stdout) : plainProgress(stream, intervalMs, now, stdout),
  );
}

/** `progress` with control characters left out of what it shows: input names and paths on one line, notes keeping their line breaks. */
function shown(progress: Progress): Progress {
  return {
    begin: (input, size) => progress.begin(oneLine(input), size),
    update: (bytesRead, tally) => progress.update(bytesRead, tally),
    log: (line) => progress.log(withoutControls(line)),
    print: (line) => progress.print(oneLine(line)),
    stop: () => progress.stop(),
  };
}

type Out = NonNullable<ProgressOptions['stdout']>;

function plainProgress(
  stream: ProgressOptions['stream'],
  intervalMs: number,
  now: () => number,
  stdout: Out,
): Progress {
  let input = '';
  let size: number | undefined;
  let last = now();
  return {
    begin(name, bytes) {
      input = name;
      size = bytes;
    },
    update(bytesRead, tally) {
      if (now() - last < intervalMs) return;
      last = now();
      stream.write(`${progressLine(input, tally, bytesRead, size)}\n`);
    },
    log: (line) => void stream.write(`${line}\n`),
    print: (line) => void stdout.write(`${line}\n`),
    stop: () => undefined,
  };
}

function barProgress(stream: NodeJS.WriteStream, stdout: Out): Progress {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{bar} {percentage}% | {input} | {counts}',
      hideCursor: true,
      clearOnComplete: true,
      // The importer's own handlers remove unfinished files on Ctrl-C; the bar must not exit first.
      gracefulExit: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let name = '';
  return {
    begin(input, size) {
      name = input;
      bar?.stop();
      if (bar) bars.remove(bar);
      bar = bars.create(size ?? 0, 0, { input, counts: '' });
    },
    update(bytesRead, tally) {
      bar?.update(bytesRead, { input: name, counts: tally.summary() });
    },
    log(line) {
      if (!bar) return void stream.write(`${line}\n`);
      // The bar redraws on a timer; draw now, so no line waits in its buffer or is lost at the end.
      bars.log(`${line}\n`);
      bars.update();
    },
    print(line) {
      if (bar && stdout.isTTY) this.log(line);
      else stdout.write(`${line}\n`);
    },
    stop() {
      if (bar) bars.update();
      bars.stop();
    },
  };
}
