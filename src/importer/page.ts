import type { z } from 'zod';
import type { articleSchema } from '../model/article.ts';

/** Front matter as written to a file, before the schema fills defaults. */
export type ArticleFields = z.input<typeof articleSchema>;

/** The kinds of page the importer understands, one parser each. */
export type PageKind = 'yonhap' | 'ap' | 'plain' | 'html';

/** A source the archive knows: `content/sources/<id>.yaml`. */
export interface KnownSource {
  id: string;
  name?: string | undefined;
  /** A shorter name the outlet goes by (`Yonhap`), when the source file gives one. */
  shortName?: string | undefined;
  url?: string | undefined;
}

/** What a parser is given besides the text. */
export interface ParseContext {
  sources: readonly KnownSource[];
}

/** What a parser found on a page. */
export interface ParsedPage {
  kind: PageKind;
  /** Front-matter fields the page itself gives; options and defaults are applied later. */
  fields: Partial<ArticleFields>;
  /** The story as Markdown. */
  body: string;
  /** What the editor should know: lines left out, doubts about a date. */
  notes: string[];
}
