/** `npm run build` as a command line, for the tests and the benchmark, which start it with their own environment. */
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const binDir = join(projectRoot, 'node_modules', '.bin');

/** `npm run build` into `outDir`, under our pinned Node with `nodeFlags`; `args` go to scripts/build.ts. */
export function buildCommand(
  outDir: string,
  args: readonly string[] = [],
  nodeFlags: readonly string[] = [],
): [string, ...string[]] {
  return [join(binDir, 'node'), ...nodeFlags, join(projectRoot, 'scripts', 'build.ts'), '--outDir', outDir, ...args];
}
