/**
 * Whether a file on an article's way holds that same article: the same original URL, or the same
 * text (whitespace aside). A headline is not a story: two stories may share one on the same day.
 * Finding an article anywhere in the archive, and its other versions, is the story index's job
 * (story-index.ts); this is the check of one file, for choosing a file name.
 */
import type { ArticleFields } from './page.ts';
import { textKey, urlKey } from './story-match.ts';

/** Front matter as read from a file: the schema's fields, not yet checked. */
export type FrontMatter = Partial<Record<keyof ArticleFields, unknown>>;

/** An article as the duplicate check sees it: its front matter and its Markdown body. */
export interface Story {
  data: FrontMatter;
  body: string;
}

/** Where an earlier copy of an article is, and why it counts as one. */
export interface Duplicate {
  file: string;
  reason: string;
}

/** Why `existing` is the same story as `story` (same original URL, or same text), or `undefined`. */
export function sameStory(existing: Story, story: Story): string | undefined {
  const url = urlKey(story.data.originalUrl);
  if (url && url === urlKey(existing.data.originalUrl)) return `the same originalUrl ${String(story.data.originalUrl)}`;
  const text = textKey(story.body);
  if (text && text === textKey(existing.body)) return 'the same text';
  return undefined;
}
