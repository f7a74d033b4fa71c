/**
 * What a story says at its end about how it changed since it was filed: its editor's note (dated
 * by the update, when the story gives one), then each correction as listed, as a newspaper prints
 * "This article was amended on …" under the text rather than above it.
 */
import type { ArticleData } from '../model/article.ts';

/** One amendment: what changed, and when when that is known. */
export interface Amendment {
  kind: 'note' | 'correction';
  /** As written in the front matter; absent for a note on a story without `updated`. */
  date?: string | undefined;
  text: string;
}

/** The story's amendments: the editor's note first, then its corrections in the order the story lists them. */
export function amendments(data: Pick<ArticleData, 'editorNote' | 'updated' | 'corrections'>): Amendment[] {
  const corrections = data.corrections.map((c): Amendment => ({ kind: 'correction', date: c.date, text: c.text }));
  return data.editorNote ? [{ kind: 'note', date: data.updated, text: data.editorNote }, ...corrections] : corrections;
}
