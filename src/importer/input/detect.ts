/**
 * Which format an input is in, from its content (a file name only ever says "saved page"): the
 * one place the importer tells formats apart, in two steps. From its first bytes, whether it holds
 * many articles (an export, a feed, a wire delivery) and in which format, so that it can be
 * streamed; if not, once it is read whole, which kind of single page it is. A JSON or XML file in
 * no format the importer reads is refused, never read as plain text.
 */
import { ImportError } from '../errors.ts';
import { matchDateline } from '../formats/text/wire-lines.ts';
import type { CollectionFormat, PageKind } from '../types.ts';

/**
 * Text from its root element on: the byte-order mark, whitespace, XML declaration, processing
 * instructions (`<?xml-stylesheet?>`), comments and DOCTYPE (with any internal subset in
 * brackets) removed. A DOCTYPE is only read, never fetched.
 */
function opening(head: string): string {
  return head
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s(?:[^[>]|\[[\s\S]*?\])*>)+/i, '');
}

/** Whether the text starts with a DOCTYPE of HTML (`<!DOCTYPE html>`, an XHTML DTD), which is a page, not a feed. */
const isHtmlDoctype = (head: string) =>
  /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->)*<!DOCTYPE\s+html\b/i.test(head.replace(/^\uFEFF/, ''));

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
    if (
      /"(?:uri|guid)"\s*:/.test(head) &&
      /"(?:headlines?|body_html|bodies|type|contentCreated|firstcreated|versioncreated)"\s*:/i.test(head)
    )
      return 'ninjs';
    return undefined;
  }
  if (/^<(?:\w+:)?(?:newsItem|newsMessage)[\s>]/.test(start)) return 'newsml';
  if (/^<(?:\w+:)?feed[\s>]/.test(start) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(head)) return 'atom';
  // RSS 1.0 is RDF: its items are siblings of <channel> under <rdf:RDF>.
  if (/^<(?:\w+:)?RDF[\s>]/.test(start) && /xmlns(?::\w+)?\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/.test(head))
    return 'rss';
  if (/^<rss[\s>]/.test(start)) {
    // A WordPress export (WXR) is an RSS document with its own namespace.
    return /xmlns:wp="http:\/\/wordpress\.org\/export\/|<wp:wxr_version>/.test(head) ? 'wordpress' : 'rss';
  }
  return undefined;
}

/** The kind of a single page, read whole; throws an ImportError for JSON or XML in no format the importer reads. */
export function detectPage(text: string, name: string): PageKind {
  const data = unknownDataFormat(text.slice(0, 65_536));
  if (data) {
    throw new ImportError(
      `this is ${data} but none of the formats the importer reads (a WordPress export, RSS 2.0, Atom 1.0, JSON Feed 1.1, IPTC ninjs or NewsML-G2); nothing imported. Export the articles in one of those, or save each as a page`,
    );
  }
  return detectKind(text, name);
}

const YONHAP_MARKS = [
  /^Go to Contents\b/m,
  /\(Yonhap\)\s+(?:--|—|–)\s/,
  /^Send Feedback$/m,
  // Korean pages: the story's `(서울=연합뉴스) … =`, the time line, the tip line and the copyright notice.
  /^\s*\([^()=\n]{1,30}=\s*연합뉴스\)/m,
  /^\s*송고\s*시간\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/m,
  /^\s*제보는\s*카카오톡\s*okjebo\b/m,
  /저작권자\s*(?:\(c\)|ⓒ|©)?\s*(?:\d{4}-\d{4}\s*)?(?:㈜)?연합뉴스/i,
];
const AP_MARKS = [/\(AP\)\s+(?:—|–|--?)\s/, /^Copyright \d{4} The Associated Press\b/m, /\(AP Photo\b/];

/** Which parser a page needs: by extension or markup for saved pages, by the wire's marks for text. */
export function detectKind(text: string, name: string): PageKind {
  if (
    /\.x?html?$/i.test(name) ||
    /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<title>)/i.test(
      text,
    )
  )
    return 'html';
  const yonhap = YONHAP_MARKS.some((re) => re.test(text));
  const ap = AP_MARKS.some((re) => re.test(text));
  if (yonhap && ap) {
    // A Yonhap story can credit an AP photo and the reverse: the story's own dateline decides.
    const agency = text
      .split('\n')
      .map(matchDateline)
      .find((d) => d?.agency === 'Yonhap' || d?.agency === 'AP')?.agency;
    return agency === 'AP' ? 'ap' : 'yonhap';
  }
  if (yonhap) return 'yonhap';
  if (ap) return 'ap';
  return 'plain';
}
