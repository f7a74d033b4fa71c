/**
 * `npm run build [-- --figures FILE] [-- astro build options]`: `astro build`, then the Pagefind
 * index over the pages it wrote (src/search/build-index.ts). Two processes in turn, so the
 * build's peak memory is the larger of the two, not their sum. One build at a time per project
 * (scripts/lib/build-lock.ts). Options such as `--outDir` go to `astro build`; `--figures FILE`
 * writes what the build measured of itself as JSON (scripts/lib/build-figures.ts).
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, indexSummary } from '../src/search/build-index.ts';
import { BUNDLE_DIR } from '../src/search/keys.ts';
import { writeBuildReport } from './lib/build-figures.ts';
import { withBuildLock } from './lib/build-lock.ts';
import { binDir, projectRoot } from './lib/build-command.ts';

const args = process.argv.slice(2);
const { values, tokens } = parseArgs({ args, options: { outDir: { type: 'string' }, figures: { type: 'string' } }, strict: false, tokens: true });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : join(projectRoot, 'dist'));
// Everything but --figures goes to astro build, as given.
const ours = new Set(
  tokens.flatMap((t) => (t.kind === 'option' && t.name === 'figures' ? (t.inlineValue === false ? [t.index, t.index + 1] : [t.index]) : [])),
);
const astroArgs = args.filter((_, i) => !ours.has(i));

/** Astro's server chunks, which belong in the output only while Astro is building. */
const serverChunks = join(outDir, '.prerender');

async function build(): Promise<number> {
  // A build that was killed may have left them; Astro writes them afresh.
  await rm(serverChunks, { recursive: true, force: true });
  const astro = spawn(join(binDir, 'astro'), ['build', ...astroArgs], { stdio: 'inherit' });
  const code = await new Promise<number | null>((done, fail) => astro.on('error', fail).on('close', done));
  await rm(serverChunks, { recursive: true, force: true });
  if (code !== 0) return code ?? 1;
  try {
    const searchIndex = await buildSearchIndex(outDir);
    console.log(indexSummary(searchIndex, relative(process.cwd(), join(outDir, BUNDLE_DIR))));
    if (typeof values.figures === 'string') await writeBuildReport(values.figures, { searchIndex });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

const onWait = () => console.log('Another build is running in this project; this one starts when it has finished.');
process.exitCode = await withBuildLock(projectRoot, onWait, build);
