/**
 * The search index as part of the build: after `astro build` writes the pages, Pagefind's Node
 * API indexes the article pages and writes its bundle to `<outDir>/pagefind/`. In `astro dev`,
 * the bundle of the last build is served under the same base path, so the search page works there too.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { createUrls } from '../lib/urls.ts';
import { SITE } from '../site.ts';
import { BUNDLE_DIR } from './keys.ts';
import { staticFiles } from './static-files.ts';

/** Only article pages go into the index, whatever other pages carry. */
const ARTICLE_PAGES = 'articles/**/*.html';

function assertNoErrors(step: string, response: { errors: string[] }) {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  }
}

/** Indexes the built article pages in `outDir` and writes the Pagefind bundle next to them. */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundleDir = join(outDir, BUNDLE_DIR);
  try {
    // One index for the whole archive: the search page is English, and Pagefind would otherwise
    // put articles in other languages into separate indexes it never searches.
    const created = await pagefind.createIndex({ forceLanguage: SITE.locale });
    assertNoErrors('start', created);
    if (!created.index) throw new Error('Pagefind could not start: it returned no index');
    const indexed = await created.index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
    assertNoErrors(`index the article pages in ${outDir}`, indexed);
    if (indexed.page_count === 0) logger.warn('The search index is empty: the build has no article pages.');
    assertNoErrors(`write the search index to ${bundleDir}`, await created.index.writeFiles({ outputPath: bundleDir }));
    const ms = Math.round(performance.now() - started);
    const shown = relative(process.cwd(), bundleDir);
    logger.info(`Indexed ${indexed.page_count} articles for search in ${ms}ms: ${shown.startsWith('..') ? bundleDir : shown}/`);
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: Pagefind in `astro:build:done`, the last build's bundle in `astro dev`. */
export default function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let bundlePrefix = '';
  return {
    name: 'dateline:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        bundlePrefix = createUrls(config.base).asset(`${BUNDLE_DIR}/`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(outDir, BUNDLE_DIR);
        if (!existsSync(join(bundleDir, 'pagefind.js'))) {
          logger.warn(`No search index in ${bundleDir} yet: run \`npm run build\` once, and the search page will use it.`);
        }
        server.middlewares.use(staticFiles({ root: bundleDir, prefix: bundlePrefix }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
