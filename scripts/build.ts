/**
 * `npm run build [-- --figures FILE] [-- --shard K/N | --merge DIR...] [-- --host NAME] [-- astro
 * build options]`: `astro build` in a process of its own, then the Pagefind index over the pages it
 * wrote. What each option does is in scripts/lib/build-run.ts.
 */
import { astroProcess, runBuild } from './lib/build-run.ts';

process.exitCode = await runBuild(process.argv.slice(2), astroProcess);
