import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
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
    // Join text nodes with spaces: a heading's last word and the next paragraph's first are two words.
    const texts: string[] = [];
    visit(tree, ['text', 'inlineCode'], (node) => {
      if ('value' in node) texts.push(node.value);
    });
    const stats = readingTime(texts.join(' '), { wordsPerMinute });
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.wordCount = stats.words;
    frontmatter.readingMinutes = Math.max(1, Math.round(stats.minutes));
  };
}
