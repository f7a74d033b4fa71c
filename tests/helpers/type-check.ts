/**
 * The type check (`astro check`) as one of the run's tests, side by side with the others instead of
 * before them. Every build rewrites the types Astro generates in `.astro/`, which the checker reads,
 * so the run checks against a copy of them made before any build starts: `astro sync` writes them,
 * they are copied into the run's folder, and a tsconfig there extends the project's, with the copy
 * in place of `.astro/`.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildEnvironment, projectRoot, runCommand, type BuildReply } from './build-site.ts';

/** The tsconfig the run's type check uses (set by tests/global-setup.ts). */
export const TYPES_TSCONFIG_ENV = 'DATELINE_TYPES_TSCONFIG';

const astro = join(projectRoot, 'node_modules', '.bin', 'astro');

/** `astro check` against the copy of the types whose tsconfig is `tsconfig`: whether it found no error, and what it printed. */
export function typeCheck(tsconfig: string): Promise<BuildReply> {
  return runCommand(
    astro,
    ['check', '--noSync', '--minimumSeverity', 'error', '--tsconfig', tsconfig],
    buildEnvironment(),
  );
}

/** Generates Astro's types and copies them into `dir`, with a tsconfig that checks the project against the copy; returns its path. */
export async function snapshotTypes(dir: string): Promise<string> {
  const synced = await runCommand(astro, ['sync'], buildEnvironment());
  if (!synced.ok) throw new Error(`astro sync failed, so the types cannot be checked:\n${synced.output}`);
  await cp(join(projectRoot, '.astro'), join(dir, '.astro'), { recursive: true });
  const tsconfig = join(dir, 'tsconfig.json');
  const inProject = (path: string) => join(projectRoot, path);
  await writeFile(
    tsconfig,
    JSON.stringify({
      extends: inProject('tsconfig.json'),
      include: ['./.astro/types.d.ts', inProject('**/*')],
      exclude: [inProject('dist'), inProject('node_modules'), inProject('.astro')],
    }),
  );
  return tsconfig;
}
