/**
 * Temporary files that must not outlive the process: when Ctrl-C (SIGINT) or `kill` (SIGTERM)
 * stops an import mid-write, they are removed before it exits with the shell's code for the
 * signal (130, 143). The handlers are only installed while such a file exists, so a signal at
 * any other time stops the process as it always would.
 */
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const pending = new Set<string>();

function removeAndExit(signal: NodeJS.Signals): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
      process.stderr.write(`stopped by ${signal}; removed the unfinished ${path}\n`);
    } catch {
      // Not created yet, or already renamed into place: nothing is left behind.
    }
  }
  process.exit(128 + constants.signals[signal]);
}

/** Removes `path` if the process is stopped by SIGINT or SIGTERM before the returned function is called. */
export function removeIfStopped(path: string): () => void {
  if (!pending.size) for (const signal of SIGNALS) process.on(signal, removeAndExit);
  pending.add(path);
  return () => {
    pending.delete(path);
    if (!pending.size) for (const signal of SIGNALS) process.off(signal, removeAndExit);
  };
}
