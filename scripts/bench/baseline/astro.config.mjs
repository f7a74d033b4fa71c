// The benchmark's yardstick: a plain Astro site over the same articles, with Astro's unified
// Markdown processor and nothing else. The benchmark copies this folder into a temp dir.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // node_modules is a link to the project's: keep this site's caches in its own folder.
  cacheDir: './.astro-cache',
  markdown: { processor: unified() },
  vite: { cacheDir: './.vite-cache' },
  devToolbar: { enabled: false },
});
