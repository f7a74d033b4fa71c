/**
 * Whether a file on an article's way holds that same article: the same identity (`importId`),
 * else, where one has none, the same original URL or the same text (whitespace aside). Two
 * different identities are two stories, whatever their text. A headline is not a story: two stories may share one on the same day.
 * Finding an article anywhere in the archive, and its other versions, is the story index's job
 * (story-index.ts); this is the check of one file, for choosing a file name.
 */
import type { ArticleFields } from '../types.ts';
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

/** Why `existing` is the same story as `story` (same identity, original URL or text), or `undefined`. */
export function sameStory(existing: Story, story: Story): string | undefined {
  const id = identityOf(story);
  const existingId = identityOf(existing);
  if (id && existingId) return id === existingId ? `the same importId ${id}` : undefined;
  const url = urlKey(story.data.originalUrl);
  if (url && url === urlKey(existing.data.originalUrl)) return `the same originalUrl ${String(story.data.originalUrl)}`;
  const text = textKey(story.body);
  if (text && text === textKey(existing.body)) return 'the same text';
  return undefined;
}

const identityOf = (story: Story) =>
  typeof story.data.importId === 'string' && story.data.importId.trim() ? story.data.importId.trim() : undefined;
