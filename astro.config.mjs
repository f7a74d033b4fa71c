// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { BUILD_PART, buildsListings } from './src/config/build-part.ts';
import { checkedArticles } from './src/caches/checked-entries.ts';
import { contentCacheDir, moduleGraphDigest, partCacheDir } from './src/caches/build-cache.ts';
import searchInDev from './src/integrations/search-dev.ts';
import { articleLastModified, getSitemapConfig } from './src/integrations/sitemap.ts';
import mergedSitemapPages from './src/integrations/merged-sitemap.ts';
import staleOutput from './src/integrations/stale-output.ts';
import { createUrls, normaliseBase } from './src/views/urls.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { contentDirFrom } from './src/config/site.ts';

// The environment, read once: where the site is published, under which path, from which content.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);
const contentDir = contentDirFrom();
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// Read once a build, by the sitemap and the merged build's page list alike, from the articles as the content sync checked them.
const lastModified = articleLastModified(contentDir, createUrls(base), site, () =>
  checkedArticles(contentDir, projectRoot),
);
const sitemapOptions = getSitemapConfig(contentDir, createUrls(base), site, lastModified);
const cacheDir = partCacheDir(contentCacheDir(contentDir, projectRoot), BUILD_PART);

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Two pages at a time, one rendering while the other awaits its references from the citation worker (src/citations/pool.ts); 4 measured no faster, with more memory.
    concurrency: 2,
    // A strict Content-Security-Policy (style-src 'self') rules out inline <style> blocks.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: unified(markdownOptions({ base, digest: moduleGraphDigest(`${projectRoot}/src/markdown/index.ts`) })),
  },
  integrations: [
    // Before the sitemap, which writes its files after this has tidied the output folder.
    staleOutput(),
    searchInDev(),
    // A shard's folder gives the merge only its article pages and search bundles; the merge writes the sitemap of them all.
    ...(buildsListings(BUILD_PART) ? [mergedSitemapPages(sitemapOptions, lastModified), sitemap(sitemapOptions)] : []),
  ],
  vite: {
    // Vite's dependency cache beside Astro's, per content folder, so another archive's build (tests, the benchmark) does not re-optimise the sample's.
    cacheDir: `${cacheDir}/vite`,
    build: {
      // Unchanged pages stay where they are (see src/integrations/stale-output.ts).
      emptyOutDir: false,
      // The same CSP (script-src 'self') rules out inline scripts, and Astro inlines small bundled ones.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose cache key (src/caches/page-keys.ts) and code are unchanged are kept from the last
    // build (in the output folder, else copied from the cache folder) instead of rendered again.
    incrementalBuild: true,
  },
});
