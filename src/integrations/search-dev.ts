/**
 * Search in `astro dev`: the Pagefind bundle of the last `npm run build` is served under the
 * same base path, so the search page works there too. The build itself writes the bundle after
 * `astro build` has exited (scripts/build.ts, src/search/build-index.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createUrls } from '../views/urls.ts';
import { BUNDLE_DIR } from '../search/keys.ts';
import { serveFolder } from './serve-folder.ts';

export default function searchInDev(): AstroIntegration {
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
          logger.warn(
            `No search index in ${bundleDir} yet: run \`npm run build\` once, and the search page will use it.`,
          );
        }
        server.middlewares.use(serveFolder({ root: bundleDir, prefix: bundlePrefix }));
      },
    },
  };
}
