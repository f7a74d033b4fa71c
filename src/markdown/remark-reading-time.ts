import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

/** Code units `reading-time` counts as one word each: Hiragana, CJK ideographs, Hangul. */
const CJK = /[\u3040-\u309f\u4e00-\u9fff\uac00-\ud7a3]/;

/**
 * The word count `reading-time` gives. Without CJK characters its count is the number of runs
 * between spaces, tabs and line breaks, which a regular expression finds many times faster
 * than its character-by-character loop; CJK text still goes through it.
 */
export function countWords(text: string): number {
  if (CJK.test(text)) return readingTime(text).words;
  return text.match(/[^ \n\r\t]+/g)?.length ?? 0;
}

/**
 * Letters and digits, for text read by the character (Korean, Chinese, Japanese), or undefined for
 * text with none of those scripts, where the count would go unused.
 */
export function countCharacters(text: string): number | undefined {
  if (!CJK.test(text)) return undefined;
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

export interface ReadingTimeOptions {
  /** Reading speed; news copy reads at about 230 words a minute. */
  wordsPerMinute?: number;
}

/**
 * Adds `wordCount` and `readingMinutes` to the article's data (Astro exposes them as
 * `remarkPluginFrontmatter`), and `characterCount` when the text has CJK characters, for the
 * languages read by the character (src/i18n/reading-time.ts). Ours because it is a few numbers,
 * counted from the text only.
 */
export default function remarkReadingTime(options: ReadingTimeOptions = {}) {
  const wordsPerMinute = options.wordsPerMinute ?? 230;
  return (tree: Root, file: VFile) => {
    // Join text nodes with spaces: a heading's last word and the next paragraph's first are two words.
    const texts: string[] = [];
    visit(tree, ['text', 'inlineCode'], (node) => {
      if ('value' in node) texts.push(node.value);
    });
    const text = texts.join(' ');
    const words = countWords(text);
    const characters = countCharacters(text);
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.wordCount = words;
    if (characters !== undefined) frontmatter.characterCount = characters;
    frontmatter.readingMinutes = Math.max(1, Math.round(words / wordsPerMinute));
  };
}
