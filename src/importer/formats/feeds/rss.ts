/**
 * RSS 2.0 and RSS 1.0 (RDF) feeds, every `<item>` an article. Read with saxes as a stream (rss-parser would do
 * the parsing but holds the whole feed, drops Media RSS captions and credits unless told each
 * field, and gives no line for an error), so the XML parser alone decodes entities, CDATA and
 * HTML-escaped descriptions, and a malformed feed is reported at its line and column.
 */
import { splitByline } from '../text/bylines.ts';
import {
  collapse,
  feedItemResult,
  htmlToPlainText,
  httpUrl,
  isoDate,
  languageTag,
  laterDate,
  rfc822ToIso,
  uniqueNames,
  itemOutcome,
} from '../items/item-fields.ts';
import { mediaImage } from './media-rss.ts';
import type { ItemParser, ParsedItem } from '../../types.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import {
  child,
  children,
  childText,
  textContent,
  xmlErrorItem,
  xmlItems,
  xmlLang,
  type Namespace,
  type XmlElement,
} from '../items/xml-items.ts';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RSS1_NS = 'http://purl.org/rss/1.0/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const FEEDBURNER_NS = 'http://rssnamespace.org/feedburner/ext/1.0';
/** RSS 2.0's elements have no namespace; RSS 1.0 gives the same names (`title`, `link`, `description`) its own. */
const RSS: Namespace = (uri) => uri === '' || uri === RSS1_NS;

// FeedBurner appends a tracking pixel (`feeds.feedburner.com/~r/...`) and share links (`<div class="feedflare">`) to every body.
const FEEDBURNER_CHROME =
  /<div class="feedflare">[\s\S]*?<\/div>|<img\b[^>]*\bsrc="https?:\/\/feeds\.feedburner\.com\/~r\/[^"]*"[^>]*>/gi;

/** The name in an RSS `<author>`, which is an e-mail address with the name in brackets: `desk@paper.example (Kim Min-ji)`. */
function authorName(author: string): string | undefined {
  const named = /\(([^)]+)\)\s*$/.exec(author)?.[1];
  if (named) return named;
  return /@/.test(author) ? undefined : author;
}

/** The channel: around the item in RSS 2.0, before it under `<rdf:RDF>` in RSS 1.0. */
function channelOf(ancestors: readonly XmlElement[]): XmlElement | undefined {
  const rdf = ancestors.find((a) => a.uri === RDF_NS && a.local === 'RDF');
  return ancestors.find((a) => a.uri === '' && a.local === 'channel') ?? (rdf && child(rdf, RSS1_NS, 'channel'));
}

/**
 * The feed's language: the item's or the channel's `<language>` (`<dc:language>` in RSS 1.0), else
 * `xml:lang` on the item or around it. Streamed, the channel is known only up to the item, so a
 * `<language>` written after the items is not seen.
 */
function language(item: XmlElement, ancestors: readonly XmlElement[]): string | undefined {
  const channel = channelOf(ancestors);
  return (
    childText(item, DC_NS, 'language') ??
    (channel && (childText(channel, RSS, 'language') ?? childText(channel, DC_NS, 'language'))) ??
    xmlLang(item, ancestors)
  );
}

/** One `<item>` to an item result. */
function rssItem(
  item: XmlElement,
  ancestors: readonly XmlElement[],
  sources: Parameters<ItemParser>[1]['sources'],
): ParsedItem['result'] {
  const notes: string[] = [];
  const encoded = childText(item, CONTENT_NS, 'encoded');
  const description = childText(item, RSS, 'description');
  // Relative links and images in the text are the story's page's (FeedBurner's origLink, not its tracking link).
  const baseUrl = httpUrl(childText(item, FEEDBURNER_NS, 'origLink') ?? childText(item, RSS, 'link'));
  const body = htmlBodyToMarkdown((encoded ?? description ?? '').replace(FEEDBURNER_CHROME, ''), {
    baseUrl,
    headline: childText(item, RSS, 'title'),
  });

  const pubDate = childText(item, RSS, 'pubDate');
  const dcDate = childText(item, DC_NS, 'date');
  const date = pubDate ? rfc822ToIso(pubDate) : dcDate && isoDate(dcDate);
  if (pubDate && !date) {
    return {
      error: `<pubDate> "${pubDate}" is not an RFC 822 date; write it like "Wed, 06 Jan 2016 10:30:00 +0900" in the feed and import it again`,
    };
  }
  if (!pubDate && !dcDate) notes.push('the item has no <pubDate>; give the date with --date or add one to the feed');
  const modified = childText(item, ATOM_NS, 'updated') ?? childText(item, DCTERMS_NS, 'modified');
  const updated = modified && laterDate(isoDate(modified), date);
  if (modified && !isoDate(modified)) notes.push(`left out the update time "${modified}": it is not an ISO 8601 date`);

  const rawLanguage = language(item, ancestors);
  const lang = languageTag(rawLanguage);
  if (rawLanguage && !lang)
    notes.push(`left out the language "${rawLanguage}": it is not a language tag such as "en" or "ko"`);

  // FeedBurner rewrites <link> to its own tracking address and keeps the story's in <feedburner:origLink>.
  const link = childText(item, FEEDBURNER_NS, 'origLink') ?? childText(item, RSS, 'link');
  const guid = child(item, '', 'guid');
  const guidText = guid && collapse(textContent(guid));
  const permalink = guid && guid.attributes.isPermaLink !== 'false' ? guidText : undefined;
  const about = item.attributes[`{${RDF_NS}}about`]?.trim();
  const enclosures = children(item, '', 'enclosure').map((e) => ({ url: e.attributes.url, type: e.attributes.type }));
  const author = childText(item, '', 'author');
  const authorText = author && authorName(author);
  const title = childText(item, RSS, 'title');

  return feedItemResult(
    'rss',
    {
      fields: {
        title: title && htmlToPlainText(title),
        date,
        updated,
        byline: uniqueNames(
          [...children(item, DC_NS, 'creator').map(textContent), ...(authorText ? [authorText] : [])].flatMap(
            splitByline,
          ),
        ),
        // With the full text in content:encoded, the description is the feed's own summary.
        summary: encoded && description ? htmlToPlainText(description) : undefined,
        image: mediaImage(item, enclosures),
        originalUrl: httpUrl(link) ?? httpUrl(permalink),
        // The guid is the item's identity (RSS 1.0's rdf:about); a feed without one has only the address.
        importId: guidText || about || httpUrl(link),
        language: lang,
      },
      body,
      categories: uniqueNames(
        [...children(item, '', 'category'), ...children(item, DC_NS, 'subject')].map((c) => collapse(textContent(c))),
      ),
      notes,
    },
    sources,
    { title: '<title>', body: 'neither <content:encoded> nor <description> holds any' },
  );
}

/** Every `<item>` of an RSS 2.0 feed (in its channel) or RSS 1.0 feed (beside its channel), in order; a feed with none yields nothing. */
export const parseRss: ItemParser = async function* (input, context) {
  const isItem = (element: XmlElement, ancestors: readonly XmlElement[]) =>
    element.local === 'item' &&
    ((element.uri === '' && ancestors.at(-1)?.local === 'channel') ||
      (element.uri === RSS1_NS && ancestors.at(-1)?.uri === RDF_NS && ancestors.at(-1)?.local === 'RDF'));
  for await (const event of xmlItems(input, isItem)) {
    if (event.kind === 'error') {
      yield xmlErrorItem(event, 'item');
      // An item too deep or too large to read is left out alone; broken XML ends the feed.
      if (!('fatal' in event) || event.fatal) return;
      continue;
    }
    yield {
      position: `item ${event.index} (line ${event.element.line})`,
      result: itemOutcome(() => rssItem(event.element, event.ancestors, context.sources)),
    };
  }
};
