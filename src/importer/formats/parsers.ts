/**
 * Which format an input is in, from its content (never its file name alone), and the parser for
 * each many-article format. Single pages (wire copy, plain text, a saved page) are told apart by
 * detect.ts; this decides first whether the input is an export, a feed or a wire delivery.
 */
import { parseAtom } from './feeds/atom.ts';
import { parseJsonFeed } from './feeds/json-feed.ts';
import { parseNewsml } from './agency/newsml.ts';
import { parseNinjs } from './agency/ninjs.ts';
import type { CollectionFormat, ItemParser } from '../types.ts';
import { parseRss } from './feeds/rss.ts';
import { parseWordpress } from './wordpress/wordpress.ts';

/** The parser of each many-article format the importer reads. */
export const ITEM_PARSERS: Partial<Record<CollectionFormat, ItemParser>> = {
  wordpress: parseWordpress,
  rss: parseRss,
  atom: parseAtom,
  'json-feed': parseJsonFeed,
  ninjs: parseNinjs,
  newsml: parseNewsml,
};

/**
 * Text from its root element on: the byte-order mark, whitespace, XML declaration, processing
 * instructions (`<?xml-stylesheet?>`), comments and DOCTYPE (with any internal subset in
 * brackets) removed. A DOCTYPE is only read, never fetched.
 */
function opening(head: string): string {
  return head.replace(/^\uFEFF/, '').replace(/^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s(?:[^[>]|\[[\s\S]*?\])*>)+/i, '');
}

/** Whether the text starts with a DOCTYPE of HTML (`<!DOCTYPE html>`, an XHTML DTD), which is a page, not a feed. */
const isHtmlDoctype = (head: string) => /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->)*<!DOCTYPE\s+html\b/i.test(head.replace(/^\uFEFF/, ''));

/**
 * Whether a text that is no format the importer reads is JSON or XML all the same (not an HTML
 * page): such a file is an unknown export or feed, never an article to read as plain text.
 */
export function unknownDataFormat(head: string): 'JSON' | 'XML' | undefined {
  const start = opening(head);
  if (detectCollectionFormat(head)) return undefined;
  if (/^[[{]/.test(start)) return 'JSON';
  if (isHtmlDoctype(head) || /^<(?:html|head|body)[\s>]/i.test(start)) return undefined;
  if (/^<\?xml/i.test(head.replace(/^\uFEFF/, '').trimStart()) || /^<[A-Za-z][\w:.-]*[\s>]/.test(start)) return 'XML';
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
  // RSS 1.0 is RDF: its items are siblings of <channel> under <rdf:RDF>.
  if (/^<(?:\w+:)?RDF[\s>]/.test(start) && /xmlns(?::\w+)?\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/.test(head)) return 'rss';
  if (/^<rss[\s>]/.test(start)) {
    // A WordPress export (WXR) is an RSS document with its own namespace.
    return /xmlns:wp="http:\/\/wordpress\.org\/export\/|<wp:wxr_version>/.test(head) ? 'wordpress' : 'rss';
  }
  return undefined;
}
