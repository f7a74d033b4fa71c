// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCacheDir, sourceDigest } from './src/build-cache.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { normaliseBase } from './src/lib/urls.ts';
import pagefindSearch from './src/search/integration.ts';
import staleOutput from './src/publish/stale-output.ts';
import sitemap from '@astrojs/sitemap';
import { readArticleLastModified } from './src/publish/article-lastmod.ts';
import { createUrls } from './src/lib/urls.ts';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);
const contentDir = process.env.CONTENT_DIR || 'content';
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = contentCacheDir(contentDir, projectRoot);

/** @type {Promise<Map<string, Date>> | undefined} */
let lastModified;

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // A strict Content-Security-Policy (style-src 'self') rules out inline <style> blocks.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: unified(markdownOptions({ base, digest: sourceDigest(`${projectRoot}/src/markdown`) })),
  },
  integrations: [
    // Before the sitemap, which writes its files after this has tidied the output folder.
    staleOutput(),
    pagefindSearch(),
    sitemap({
      // The 404 page and search results are not pages to index.
      filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname),
      serialize: async (item) => {
        lastModified ??= readArticleLastModified(contentDir, createUrls(base), site);
        const date = (await lastModified).get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
  vite: {
    build: {
      // Unchanged pages stay where they are (see src/publish/stale-output.ts).
      emptyOutDir: false,
      // The same CSP (script-src 'self') rules out inline scripts, and Astro inlines small bundled ones.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose cache key (src/lib/page-keys.ts) and code are unchanged are kept from the last
    // build (in the output folder, else copied from the cache folder) instead of rendered again.
    incrementalBuild: true,
  },
});
