import { dateEpoch } from '../model/dates.ts';
import type { ArticleRecord } from '../model/records.ts';

/** A correction or editor's note, with the article it belongs to. */
export interface CorrectionEntry {
  kind: 'correction' | 'editor-note';
  /** When it was made: the correction's date, or for a note the article's update (or publication) date. */
  date: string;
  text: string;
  article: ArticleRecord;
}

/** Every correction and editor's note in the archive, newest first. */
export function collectCorrections(articles: readonly ArticleRecord[]): CorrectionEntry[] {
  const entries: CorrectionEntry[] = [];
  for (const article of articles) {
    for (const c of article.data.corrections) entries.push({ kind: 'correction', date: c.date, text: c.text, article });
    if (article.data.editorNote) {
      entries.push({
        kind: 'editor-note',
        date: article.data.updated ?? article.data.date,
        text: article.data.editorNote,
        article,
      });
    }
  }
  return entries.sort((a, b) => dateEpoch(b.date) - dateEpoch(a.date) || a.article.id.localeCompare(b.article.id));
}
