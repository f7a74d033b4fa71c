import type { ArticleFields } from '../model/article.ts';

export type { ArticleFields };

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

/** Formats that hold many articles in one file: CMS exports, feeds, wire deliveries. */
export type CollectionFormat = 'wordpress' | 'rss' | 'atom' | 'json-feed' | 'ninjs' | 'newsml';

/** Every format an input may be in; detected from the content, not the file name. */
export type InputFormat = PageKind | CollectionFormat;

/** What a parser of a many-article format found for one item: the page, or why it cannot be imported. */
export type ItemResult = { page: CollectionPage } | { error: string };

/** One article of a many-article input; `categories` are the CMS's own, for `--map` to turn into section and topics. */
export interface CollectionPage extends Omit<ParsedPage, 'kind'> {
  kind: CollectionFormat;
  /** Category or subject names as the source gives them, in order; the first is the section unless `--map` says otherwise. */
  categories?: string[];
}

/** One item of a many-article input, where it is (for messages and `--report`) and what came of it. */
export interface ParsedItem {
  /** Where the item is in its input: `item 3`, `entry 12`, `newsItem 2 (line 140)`. */
  position: string;
  result: ItemResult;
}

/** An input's text for parsers that stream it, so a 100 MB export is never held whole twice. */
export interface InputText {
  /** The start of the text (at least the first 64 KiB, or all of it), for detecting the format. */
  head: string;
  /** The whole text from the start, in chunks. */
  chunks(): AsyncIterable<string>;
}

/** A parser of a many-article format: yields every item it finds, a failed one included, so each is accounted for. */
export type ItemParser = (input: InputText, context: ParseContext) => AsyncIterable<ParsedItem>;
