/** What each format the importer reads is called in messages, in one table. */
import type { CollectionFormat, InputFormat } from '../types.ts';

type FormatNames = {
  [F in InputFormat]: F extends CollectionFormat ? { item: string; input: string } : { item: string };
};

/** `item`: one page or item of the format; `input`: a whole input of a many-article format. */
const FORMAT_NAMES: FormatNames = {
  yonhap: { item: 'Yonhap page' },
  ap: { item: 'AP page' },
  plain: { item: 'plain text' },
  html: { item: 'saved page' },
  wordpress: { item: 'WordPress post', input: 'WordPress export' },
  rss: { item: 'RSS item', input: 'RSS feed' },
  atom: { item: 'Atom entry', input: 'Atom feed' },
  'json-feed': { item: 'JSON Feed item', input: 'JSON Feed' },
  ninjs: { item: 'ninjs item', input: 'ninjs delivery' },
  newsml: { item: 'NewsML-G2 item', input: 'NewsML-G2 delivery' },
};

/** What an input or item of a format is called in messages: `saved page`, `JSON Feed item`. */
export function kindName(kind: InputFormat): string {
  return FORMAT_NAMES[kind].item;
}

/** What a whole input of a many-article format is called in messages: `JSON Feed`, `WordPress export`. */
export function formatName(format: CollectionFormat): string {
  return FORMAT_NAMES[format].input;
}
