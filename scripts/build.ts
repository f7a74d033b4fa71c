/**
 * `npm run build [-- astro build options]`: `astro build`, then the Pagefind index over the
 * pages it wrote (src/search/build-index.ts). Two processes in turn, so the build's peak memory
 * is the larger of the two, not their sum. Options such as `--outDir` go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, indexSummary } from '../src/search/build-index.ts';
import { BUNDLE_DIR } from '../src/search/keys.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : join(projectRoot, 'dist'));

const astro = spawn(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build', ...args], { stdio: 'inherit' });
const code = await new Promise<number | null>((done, fail) => astro.on('error', fail).on('close', done));
if (code !== 0) process.exit(code ?? 1);

try {
  const result = await buildSearchIndex(outDir);
  console.log(indexSummary(result, relative(process.cwd(), join(outDir, BUNDLE_DIR))));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
