/**
 * Which format an input is in, from its content (never its file name alone), and the parser for
 * each many-article format. Single pages (wire copy, plain text, a saved page) are told apart by
 * detect.ts; this decides first whether the input is an export, a feed or a wire delivery.
 */
import { parseAtom } from './atom.ts';
import { parseJsonFeed } from './json-feed.ts';
import { parseNewsml } from './newsml.ts';
import { parseNinjs } from './ninjs.ts';
import type { CollectionFormat, ItemParser } from './page.ts';
import { parseRss } from './rss.ts';
import { parseWordpress } from './wordpress.ts';

/** The parser of each many-article format the importer reads. */
export const ITEM_PARSERS: Partial<Record<CollectionFormat, ItemParser>> = {
  wordpress: parseWordpress,
  rss: parseRss,
  atom: parseAtom,
  'json-feed': parseJsonFeed,
  ninjs: parseNinjs,
  newsml: parseNewsml,
};

/** Text with its leading byte-order mark, whitespace and XML declaration or comments removed. */
function opening(head: string): string {
  return head.replace(/^\uFEFF/, '').replace(/^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)+/, '');
}

/**
 * Whether a text that is no format the importer reads is JSON or XML all the same (not an HTML
 * page): such a file is an unknown export or feed, never an article to read as plain text.
 */
export function unknownDataFormat(head: string): 'JSON' | 'XML' | undefined {
  const start = opening(head);
  if (detectCollectionFormat(head)) return undefined;
  if (/^[[{]/.test(start)) return 'JSON';
  if (/^<\?xml/i.test(head.replace(/^\uFEFF/, '').trimStart()) || (/^<[A-Za-z][\w:.-]*[\s>]/.test(start) && !/^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start))) return 'XML';
  return undefined;
}

/** The many-article format of a text, from its first bytes, or `undefined` for a single page. */
export function detectCollectionFormat(head: string): CollectionFormat | undefined {
  const start = opening(head);
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return 'json-feed';
    // ninjs: one item or an array of them, 1.x/2.x lowercase or 3.x camelCase names.
    if (/"(?:uri|guid)"\s*:/.test(head) && /"(?:headlines?|body_html|bodies|type|contentCreated|firstcreated|versioncreated)"\s*:/i.test(head)) return 'ninjs';
    return undefined;
  }
  if (/^<(?:\w+:)?(?:newsItem|newsMessage)[\s>]/.test(start)) return 'newsml';
  if (/^<(?:\w+:)?feed[\s>]/.test(start) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(head)) return 'atom';
  if (/^<rss[\s>]/.test(start)) {
    // A WordPress export (WXR) is an RSS document with its own namespace.
    return /xmlns:wp="http:\/\/wordpress\.org\/export\/|<wp:wxr_version>/.test(head) ? 'wordpress' : 'rss';
  }
  return undefined;
}
