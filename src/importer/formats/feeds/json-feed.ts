/**
 * JSON Feed 1.1 (and 1.0) to articles: every item of `items`, with `content_html` over
 * `content_text` over `summary` as the body, `authors` (or 1.0's `author`) as the byline,
 * `date_published`/`date_modified`, `tags` as categories for `--map`, `image`/`banner_image`,
 * `url`/`external_url` as originalUrl, `summary` and `language`. A feed is one JSON document,
 * so it is parsed whole; a truncated one fails before any item is written.
 */
import { splitByline } from '../text/bylines.ts';
import { DATELINE_EXTENSION, datelineExtension } from '../../../interchange/dateline-extension.ts';
import {
  httpUrl,
  isoDate,
  languageTag,
  laterDate,
  plainTextToMarkdown,
  uniqueNames,
  itemOutcome,
  wholeDocument,
  documentTooLarge,
  isObject,
  type Json,
} from '../items/item-fields.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import type { ArticleFields, CollectionPage, InputText, ItemParser, ParseContext, ParsedItem } from '../../types.ts';
import { sourceForUrl } from '../../sources.ts';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const url = (value: unknown) => httpUrl(text(value));

/** Where in the text a JSON.parse error points, as `line L, column C`, from V8's message. */
function errorPlace(message: string, source: string): string {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : source.length;
  const before = source.slice(0, at).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The names in a 1.1 `authors` list or a 1.0 `author` object, a name that lists several ("A and B") split. */
function authorNames(holder: Json): string[] {
  const list = Array.isArray(holder.authors) ? holder.authors : isObject(holder.author) ? [holder.author] : [];
  return uniqueNames(list.flatMap((a) => (isObject(a) && text(a.name) ? splitByline(text(a.name)!) : [])));
}

const host = (address: string) => new URL(address).hostname.replace(/^www\./, '');
const sameSite = (a: string, b: string) => host(a) === host(b);

/** The item's `id` as a string: JSON Feed allows a number, which some feeds send. */
const idOf = (item: Json) => (typeof item.id === 'number' ? String(item.id) : text(item.id));

/** One item of the feed, or why it cannot be imported and what to change. */
function parseItem(item: unknown, feed: Json, context: ParseContext): { page: CollectionPage } | { error: string } {
  if (!isObject(item))
    return { error: 'this item is not a JSON object; each entry of "items" must be { "id": ..., "title": ..., ... }' };
  const title = text(item.title);
  if (!title) return { error: 'this item has no "title"; give it one, since the article needs a headline' };
  const published = text(item.date_published);
  if (!published) {
    return {
      error:
        'this item has no "date_published"; add one to the item as RFC 3339 (like "2018-06-12T09:00:00+08:00") and import the feed again (items already imported are skipped)',
    };
  }
  const date = isoDate(published);
  if (!date)
    return {
      error: `this item's "date_published" "${published}" is not an RFC 3339 date; write it like "2018-06-12T09:00:00+08:00" and import the feed again`,
    };
  const modified = text(item.date_modified);
  const notes: string[] = [];
  if (modified && !isoDate(modified)) notes.push(`left out "date_modified" "${modified}": it is not an RFC 3339 date`);
  const html = text(item.content_html);
  const plain = text(item.content_text);
  const summary = text(item.summary);
  // Relative links and images in the text are the item's page's; Dateline's own export writes links
  // to its own pages as site paths, which are no page of the item's address.
  const baseUrl = DATELINE_EXTENSION in item ? undefined : httpUrl(text(item.url));
  const body = html
    ? htmlBodyToMarkdown(html, { baseUrl, headline: text(item.title) })
    : plain
      ? plainTextToMarkdown(plain)
      : summary
        ? plainTextToMarkdown(summary)
        : '';
  if (!body)
    return { error: 'this item has no "content_html", "content_text" or "summary" with readable text; give it a body' };

  const homePage = url(feed.home_page_url) ?? url(feed.feed_url);
  // external_url is "a page elsewhere" (a link blog's target): the story's own page only when it is on the feed's site.
  const external = url(item.external_url);
  const originalUrl = url(item.url) ?? (external && homePage && sameSite(external, homePage) ? external : undefined);
  const source = [originalUrl, homePage].flatMap((u) => (u ? (sourceForUrl(u, context.sources) ?? []) : []))[0];
  const imageSrc = text(item.image) ?? text(item.banner_image);
  const byline = authorNames(item);
  const rawLanguage = text(item.language) ?? text(feed.language);
  const language = languageTag(rawLanguage);
  if (rawLanguage && !language)
    notes.push(`left out the language "${rawLanguage}": it is not a language tag such as "en" or "ko"`);
  const fields: Partial<ArticleFields> = {
    title,
    date,
    updated: modified ? laterDate(isoDate(modified), date) : undefined,
    source,
    byline: byline.length ? byline : authorNames(feed),
    summary: summary && (html || plain) ? summary : undefined,
    image: imageSrc ? { src: imageSrc } : undefined,
    originalUrl,
    // The item's own id, so importing the feed again finds the article whatever its address became;
    // Dateline's own export keeps a story's identity in its extension, and a story written here has none.
    importId: DATELINE_EXTENSION in item ? undefined : idOf(item),
    language,
    // What JSON Feed has no property for, as Dateline's own export writes it.
    ...datelineExtension(item),
  };
  const tags = Array.isArray(item.tags) ? item.tags.flatMap((t) => (text(t) ? [text(t)!] : [])) : [];
  return { page: { kind: 'json-feed', fields, body, notes, categories: tags } };
}

/** Reads a JSON Feed; yields one ParsedItem per entry of `items`, or one error for a feed that does not parse. */
export const parseJsonFeed: ItemParser = async function* (
  input: InputText,
  context: ParseContext,
): AsyncIterable<ParsedItem> {
  const source = await wholeDocument(input);
  if (source === undefined) {
    yield { position: 'the feed', result: { error: documentTooLarge('JSON Feed', 'a feed per year or month, say') } };
    return;
  }
  let feed: unknown;
  try {
    feed = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const place = errorPlace(message, source);
    const cut = /end of JSON input|Unterminated/i.test(message)
      ? 'the JSON ends early (is the file cut short?)'
      : `the JSON does not parse (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`;
    yield {
      position: place,
      result: {
        error: `${cut} at ${place}; nothing in this feed was imported. Save the whole feed again and import it`,
      },
    };
    return;
  }
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    yield {
      position: 'the feed',
      result: {
        error:
          'a JSON Feed must be an object with an "items" list; check that this is the feed itself, not a page about it',
      },
    };
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const id =
      isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number')
        ? ` (id ${JSON.stringify(item.id)})`
        : '';
    yield { position: `item ${index + 1}${id}`, result: itemOutcome(() => parseItem(item, feed, context)) };
  }
};
