import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

export interface ReadingTimeOptions {
  /** Reading speed; news copy reads at about 230 words a minute. */
  wordsPerMinute?: number;
}

/**
 * Adds `wordCount` and `readingMinutes` to the article's data (Astro exposes them as
 * `remarkPluginFrontmatter`). Ours because it is two numbers, counted from the text only.
 */
export default function remarkReadingTime(options: ReadingTimeOptions = {}) {
  const wordsPerMinute = options.wordsPerMinute ?? 230;
  return (tree: Root, file: VFile) => {
    const stats = readingTime(toString(tree, { includeHtml: false }), { wordsPerMinute });
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.wordCount = stats.words;
    frontmatter.readingMinutes = Math.max(1, Math.round(stats.minutes));
  };
}
