/**
 * The sitemap of a merged build in parts (src/config/build-part.ts): the merge renders no article page,
 * so @astrojs/sitemap would not see them; they are added as its `customPages`, read from the
 * content as the sitemap's dates are. The option is filled in before the build, once the
 * content can be read (config files cannot wait), and the sitemap reads it when the build is done.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { BUILD_PART } from '../config/build-part.ts';

/** `lastModified`: each published article's URL and date (sitemap.ts articleLastModified), shared with the sitemap's options. */
export default function mergedSitemapPages(
  options: SitemapOptions & object,
  lastModified: () => Promise<Map<string, Date>>,
): AstroIntegration {
  return {
    name: 'dateline:merged-sitemap',
    hooks: {
      'astro:build:start': async () => {
        if (BUILD_PART.kind !== 'merge') return;
        options.customPages = [...(await lastModified()).keys()];
      },
    },
  };
}
