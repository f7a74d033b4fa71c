/**
 * The parser of each format the importer reads, by the name input/detect.ts gives it: a single
 * page's kind (wire copy, plain text, a saved page), or a many-article format (an export, a feed,
 * a wire delivery), whose parser yields its items one by one.
 */
import { parseNewsml } from './agency/newsml.ts';
import { parseNinjs } from './agency/ninjs.ts';
import { parseAtom } from './feeds/atom.ts';
import { parseJsonFeed } from './feeds/json-feed.ts';
import { parseRss } from './feeds/rss.ts';
import { parseAp } from './pages/ap.ts';
import { parseHtml } from './pages/html.ts';
import { parsePlain } from './pages/plain.ts';
import { parseYonhap } from './pages/yonhap.ts';
import { parseWordpress } from './wordpress/wordpress.ts';
import type { CollectionFormat, ItemParser, PageKind, ParseContext, ParsedPage } from '../types.ts';

/** The parser of each kind of single page. */
export const PAGE_PARSERS: Record<PageKind, (text: string, context: ParseContext) => ParsedPage> = {
  yonhap: parseYonhap,
  ap: parseAp,
  plain: parsePlain,
  html: parseHtml,
};

/** The parser of each many-article format the importer reads. */
export const ITEM_PARSERS: Partial<Record<CollectionFormat, ItemParser>> = {
  wordpress: parseWordpress,
  rss: parseRss,
  atom: parseAtom,
  'json-feed': parseJsonFeed,
  ninjs: parseNinjs,
  newsml: parseNewsml,
};
