// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/index.ts';
import { normaliseBase } from './src/lib/urls.ts';
import pagefindSearch from './src/search/integration.ts';
import sitemap from '@astrojs/sitemap';
import { readArticleLastModified } from './src/publish/article-lastmod.ts';
import { createUrls } from './src/lib/urls.ts';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH);
const contentDir = process.env.CONTENT_DIR || 'content';
// Astro's content cache is keyed by entry id, not by folder: keep one cache per content folder
// so building another archive (tests, benchmarks) never reuses entries from the last one.
const cacheDir =
  contentDir === 'content'
    ? './node_modules/.astro'
    : `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;

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
    processor: unified(markdownOptions({ base })),
  },
  integrations: [
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
      // The same CSP (script-src 'self') rules out inline scripts, and Astro inlines small bundled ones.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
});
