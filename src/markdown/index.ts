/**
 * The article pipeline, handed to Astro's unified processor in astro.config.mjs and used
 * as-is by the tests. Order matters: raw HTML is parsed, then sanitised, and only then
 * given ids and link attributes, so nothing later can reintroduce what the sanitiser removed.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeFragmentLinks from './rehype-fragment-links.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkTypography from './remark-typography.ts';
import { newsSanitizeSchema } from './sanitize-schema.ts';

/**
 * Changes nothing. Astro's caches (rendered articles, incremental pages) are keyed by the
 * Markdown options, plugin options included, but not by plugin code: this plugin's option
 * carries a digest of this module and everything it imports (`moduleGraphDigest`, see
 * astro.config.mjs), so editing any of our plugins or what they use invalidates them.
 */
export function pipelineVersion(_options: { digest: string }) {}

/**
 * The unified options for a site served under `base`; `digest` identifies the plugins' code;
 * `typography: false` keeps quotes and dashes as written (the exporter's round trip).
 */
export function markdownOptions({
  base = '/',
  digest,
  typography = true,
}: { base?: string; digest?: string; typography?: boolean } = {}) {
  const first = typography ? [remarkTypography, remarkReadingTime] : [remarkReadingTime];
  return {
    gfm: true,
    // Our remark-typography below does it, at a fraction of remark-smartypants' cost.
    smartypants: false,
    // The sanitiser adds the `user-content-` prefix to ids; remark-rehype must not add it first.
    remarkRehype: { clobberPrefix: '' },
    remarkPlugins: digest ? [...first, [pipelineVersion, { digest }]] : first,
    rehypePlugins: [
      // Astro parses raw HTML after our plugins run; parse it first so the sanitiser sees it.
      rehypeRaw,
      [rehypeSanitize, newsSanitizeSchema],
      rehypeFragmentLinks,
      rehypeSlug,
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
      [rehypeBasePath, { base }],
    ],
  } satisfies UnifiedProcessorOptions;
}
