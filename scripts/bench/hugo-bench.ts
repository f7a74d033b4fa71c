/**
 * Runs the Hugo site (scripts/bench/hugo/) over the bench's archive and Pagefind over what Hugo
 * wrote, timed and sampled as our builds are (`runBuild`): the route a newsroom would take instead
 * of Dateline. Debian's `hugo` is used from the PATH; Pagefind is the project's own dependency.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { hugoConfig, hugoSiteFiles, type SiteFile } from './hugo-site.ts';
import { projectRoot, runBuild, siteSize, type BuildRun } from './measure.ts';
import type { HugoFigures, HugoRun } from './report.ts';
import { withBuildLock } from '../lib/build-lock.ts';

/** `hugo version`'s line, or undefined when there is no `hugo` to run. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim().split(' BuildDate')[0];
}

/** The version of the project's Pagefind, which our builds run too. */
export async function pagefindVersion(): Promise<string> {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** The archive's files in `folder` (topics/, sources/) with their paths under the archive. */
async function corpusFolder(corpusDir: string, folder: string): Promise<SiteFile[]> {
  const names = await readdir(join(corpusDir, folder)).catch(() => [] as string[]);
  return Promise.all(
    names.map(async (name) => ({
      path: `${folder}/${name}`,
      text: await readFile(join(corpusDir, folder, name), 'utf8'),
    })),
  );
}

/** Writes the Hugo site into `siteDir`: the layouts and style, the topics' and sources' files, and a config that mounts the archive's stories. */
export async function writeHugoSite(siteDir: string, corpusDir: string): Promise<void> {
  await cp(join(import.meta.dirname, 'hugo'), siteDir, { recursive: true });
  const corpus = [...(await corpusFolder(corpusDir, 'topics')), ...(await corpusFolder(corpusDir, 'sources'))];
  for (const file of hugoSiteFiles(corpus)) {
    await mkdir(join(siteDir, file.path, '..'), { recursive: true });
    await writeFile(join(siteDir, file.path), file.text);
  }
  await mkdir(join(siteDir, 'content'), { recursive: true });
  await writeFile(join(siteDir, 'config.json'), `${JSON.stringify(hugoConfig(corpusDir), null, 2)}\n`);
}

/** The figures the report keeps of one measured process. */
function figures(run: BuildRun) {
  return { ms: run.ms, peakRssBytes: run.peakRssBytes, peakProcesses: run.peakProcesses.slice(0, 5) };
}

/**
 * Hugo, then Pagefind over its output, as a Hugo site deploys: each timed with its memory sampled.
 * Both hold the project's build lock, so another build in this checkout does not run alongside
 * them (ours wait for it in the same way).
 */
export async function runHugoAndPagefind(
  siteDir: string,
  corpusDir: string,
  logFile: (step: string) => string,
  report: (step: string, run: BuildRun) => BuildRun,
): Promise<HugoRun> {
  const publicDir = join(siteDir, 'public');
  const launcher = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
  return withBuildLock(
    projectRoot,
    () => console.error('Another build is running in this project; Hugo starts when it has finished.'),
    async () => {
      const hugo = report(
        'Hugo',
        await runBuild({
          cwd: siteDir,
          command: ['hugo', '--source', siteDir, '--destination', publicDir, '--cacheDir', join(siteDir, 'cache')],
          contentDir: corpusDir,
          outDir: publicDir,
          logFile: logFile('hugo'),
          lockHeld: true,
        }),
      );
      // As Pagefind's own guide for Hugo has it, over the whole output; only the story pages carry data-pagefind-body.
      const pagefind = report(
        'Pagefind over Hugo',
        await runBuild({
          cwd: siteDir,
          command: [process.execPath, launcher, '--site', publicDir],
          contentDir: corpusDir,
          outDir: publicDir,
          logFile: logFile('pagefind'),
          lockHeld: true,
        }),
      );
      return { hugo: figures(hugo), pagefind: figures(pagefind) };
    },
  );
}

/** What Hugo and Pagefind wrote: every file, the pages, and the pages Pagefind made searchable (as its entry file counts them). */
export async function hugoSiteSize(siteDir: string): Promise<HugoFigures['size']> {
  const publicDir = join(siteDir, 'public');
  const { bytes, pages, pagefindBytes } = await siteSize(publicDir);
  const entry = JSON.parse(await readFile(join(publicDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexedPages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { bytes, pages, pagefindBytes, indexedPages };
}
