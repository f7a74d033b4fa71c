/**
 * RSS 2.0 feeds, every `<item>` an article. Read with saxes as a stream (rss-parser would do
 * the parsing but holds the whole feed, drops Media RSS captions and credits unless told each
 * field, and gives no line for an error), so the XML parser alone decodes entities, CDATA and
 * HTML-escaped descriptions, and a malformed feed is reported at its line and column.
 */
import { collapse, feedItemResult, htmlToPlainText, httpUrl, isoDate, languageTag, rfc822ToIso, uniqueNames } from './feed-items.ts';
import { mediaImage } from './media-rss.ts';
import type { ItemParser, ParsedItem } from './page.ts';
import { htmlBodyToMarkdown } from './html-body.ts';
import { child, children, childText, textContent, xmlErrorItem, xmlItems, xmlLang, type XmlElement } from './xml-items.ts';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The name in an RSS `<author>`, which is an e-mail address with the name in brackets: `desk@paper.example (Kim Min-ji)`. */
function authorName(author: string): string | undefined {
  const named = /\(([^)]+)\)\s*$/.exec(author)?.[1];
  if (named) return named;
  return /@/.test(author) ? undefined : author;
}

/**
 * The feed's language: the channel's `<language>`, else `xml:lang` on the item or around it.
 * Streamed, the channel is known only up to the item, so a `<language>` written after the items is not seen.
 */
function language(item: XmlElement, ancestors: readonly XmlElement[]): string | undefined {
  const channel = ancestors.find((a) => a.uri === '' && a.local === 'channel');
  return (channel && childText(channel, '', 'language')) ?? xmlLang(item, ancestors);
}

/** One `<item>` to an item result. */
function rssItem(item: XmlElement, ancestors: readonly XmlElement[], sources: Parameters<ItemParser>[1]['sources']): ParsedItem['result'] {
  const notes: string[] = [];
  const encoded = childText(item, CONTENT_NS, 'encoded');
  const description = childText(item, '', 'description');
  const body = htmlBodyToMarkdown(encoded ?? description ?? '');

  const pubDate = childText(item, '', 'pubDate');
  const dcDate = childText(item, DC_NS, 'date');
  const date = pubDate ? rfc822ToIso(pubDate) : dcDate && isoDate(dcDate);
  if (pubDate && !date) {
    return { error: `<pubDate> "${pubDate}" is not an RFC 822 date; write it like "Wed, 06 Jan 2016 10:30:00 +0900" in the feed and import it again` };
  }
  if (!pubDate && !dcDate) notes.push('the item has no <pubDate>; give the date with --date or add one to the feed');
  const modified = childText(item, ATOM_NS, 'updated') ?? childText(item, DCTERMS_NS, 'modified');
  const updated = modified && isoDate(modified);
  if (modified && !updated) notes.push(`left out the update time "${modified}": it is not an ISO 8601 date`);

  const rawLanguage = language(item, ancestors);
  const lang = languageTag(rawLanguage);
  if (rawLanguage && !lang) notes.push(`left out the language "${rawLanguage}": it is not a language tag such as "en" or "ko"`);

  const link = childText(item, '', 'link');
  const guid = child(item, '', 'guid');
  const permalink = guid && guid.attributes.isPermaLink !== 'false' ? textContent(guid) : undefined;
  const enclosures = children(item, '', 'enclosure').map((e) => ({ url: e.attributes.url, type: e.attributes.type }));
  const author = childText(item, '', 'author');
  const title = childText(item, '', 'title');

  return feedItemResult(
    'rss',
    {
      fields: {
        title: title && htmlToPlainText(title),
        date,
        updated,
        byline: uniqueNames(children(item, DC_NS, 'creator').map(textContent).concat(author && authorName(author) ? [authorName(author)!] : [])),
        // With the full text in content:encoded, the description is the feed's own summary.
        summary: encoded && description ? htmlToPlainText(description) : undefined,
        image: mediaImage(item, enclosures),
        originalUrl: httpUrl(link) ?? httpUrl(permalink),
        language: lang,
      },
      body,
      categories: uniqueNames(children(item, '', 'category').map((c) => collapse(textContent(c)))),
      notes,
    },
    sources,
    { title: '<title>', body: 'neither <content:encoded> nor <description> holds any' },
  );
}

/** Every `<item>` of an RSS 2.0 feed, in order; a feed with none yields nothing. */
export const parseRss: ItemParser = async function* (input, context) {
  const isItem = (element: XmlElement, ancestors: readonly XmlElement[]) =>
    element.uri === '' && element.local === 'item' && ancestors.at(-1)?.local === 'channel';
  for await (const event of xmlItems(input, isItem)) {
    if (event.kind === 'error') {
      yield xmlErrorItem(event, 'item');
      return;
    }
    yield { position: `item ${event.index} (line ${event.element.line})`, result: rssItem(event.element, event.ancestors, context.sources) };
  }
};
