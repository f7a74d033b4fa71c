/**
 * Atom 1.0 feeds (RFC 4287), every `<entry>` an article, streamed with saxes like RSS. Atom
 * says how each text is written (`type="text"`, `"html"` or `"xhtml"`), so titles, summaries
 * and bodies are read by their type rather than guessed.
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
  plainTextToMarkdown,
  uniqueNames,
  itemOutcome,
} from '../items/item-fields.ts';
import { htmlBodyToMarkdown, type HtmlBodyOptions } from '../body/html-body.ts';
import { mediaImage } from './media-rss.ts';
import type { ItemParser, KnownSource, ParsedItem } from '../../types.ts';
import {
  child,
  children,
  childText,
  innerMarkup,
  textContent,
  xmlErrorItem,
  xmlItems,
  xmlLang,
  type XmlElement,
} from '../items/xml-items.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An Atom text construct as HTML: `html` is escaped markup, `xhtml` a `<div>` of elements, `text` (the default) plain text. */
function constructHtml(element: XmlElement): { html: string } | { text: string } | undefined {
  const type = element.attributes.type ?? 'text';
  if (type === 'html' || type === 'text/html') return { html: textContent(element) };
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = child(element, XHTML_NS, 'div');
    return { html: div ? innerMarkup(div) : innerMarkup(element) };
  }
  if (type === 'text' || type === 'text/plain') return { text: textContent(element) };
  // Other media types (or content by `src`) are not a story text.
  return undefined;
}

const asPlainText = (element: XmlElement | undefined) => {
  const value = element && constructHtml(element);
  if (!value) return undefined;
  return ('html' in value ? htmlToPlainText(value.html) : collapse(value.text)) || undefined;
};

const asMarkdown = (element: XmlElement | undefined, options: HtmlBodyOptions) => {
  const value = element && !element.attributes.src ? constructHtml(element) : undefined;
  if (!value) return '';
  return 'html' in value ? htmlBodyToMarkdown(value.html, options) : plainTextToMarkdown(value.text);
};

const authorNames = (element: XmlElement) =>
  children(element, ATOM_NS, 'author').flatMap((a) => splitByline(childText(a, ATOM_NS, 'name') ?? ''));

/** One `<entry>` to an item result. */
function atomEntry(
  entry: XmlElement,
  ancestors: readonly XmlElement[],
  sources: readonly KnownSource[],
): ParsedItem['result'] {
  const notes: string[] = [];
  const content = child(entry, ATOM_NS, 'content');
  const summary = child(entry, ATOM_NS, 'summary');
  // Only rel="alternate" is the entry's own page: "related", "via" and the rest point at other stories.
  const links = children(entry, ATOM_NS, 'link').map((l) => ({
    rel: l.attributes.rel ?? 'alternate',
    type: l.attributes.type,
    url: l.attributes.href,
  }));
  const alternates = links.filter((l) => l.rel === 'alternate' && httpUrl(l.url));
  const page = alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0];
  // Relative links and images in the text are the entry's page's.
  const bodyOptions = { baseUrl: httpUrl(page?.url), headline: asPlainText(child(entry, ATOM_NS, 'title')) };
  const contentBody = asMarkdown(content, bodyOptions);
  const body = contentBody || asMarkdown(summary, bodyOptions);

  const published = childText(entry, ATOM_NS, 'published');
  const updatedText = childText(entry, ATOM_NS, 'updated');
  for (const [name, value] of [
    ['published', published],
    ['updated', updatedText],
  ] as const) {
    if (value && !isoDate(value))
      return {
        error: `<${name}> "${value}" is not an RFC 3339 date; write it like "2016-01-06T10:30:00+09:00" in the feed and import it again`,
      };
  }
  // Atom requires <updated> and makes <published> optional: without it, the update is the only date there is.
  const date = published ? isoDate(published) : updatedText && isoDate(updatedText);
  const updated = published && updatedText ? laterDate(isoDate(updatedText), date) : undefined;
  if (!date) notes.push('the entry has no <published> or <updated>; give the date with --date or add one to the feed');

  const feed = ancestors.find((a) => a.uri === ATOM_NS && a.local === 'feed');
  const own = uniqueNames(authorNames(entry));
  const rawLanguage = xmlLang(content ?? entry, [...ancestors, entry]);
  const lang = languageTag(rawLanguage);
  if (rawLanguage && !lang)
    notes.push(`left out the language "${rawLanguage}": it is not a language tag such as "en" or "ko"`);

  return feedItemResult(
    'atom',
    {
      fields: {
        title: asPlainText(child(entry, ATOM_NS, 'title')),
        date,
        updated,
        // An entry without its own author has the feed's (RFC 4287, 4.2.1).
        byline: own.length ? own : feed ? uniqueNames(authorNames(feed)) : [],
        summary: contentBody ? asPlainText(summary) : undefined,
        image: mediaImage(
          entry,
          links.filter((l) => l.rel === 'enclosure'),
        ),
        originalUrl: httpUrl(page?.url),
        importId: childText(entry, ATOM_NS, 'id'),
        language: lang,
      },
      body,
      categories: uniqueNames(children(entry, ATOM_NS, 'category').map((c) => c.attributes.label ?? c.attributes.term)),
      notes,
    },
    sources,
    { title: '<title>', body: 'neither <content> nor <summary> holds any text' },
  );
}

/** Every `<entry>` of an Atom feed, in order; a feed with none yields nothing. */
export const parseAtom: ItemParser = async function* (input, context) {
  const isEntry = (element: XmlElement, ancestors: readonly XmlElement[]) =>
    element.uri === ATOM_NS && element.local === 'entry' && ancestors.length === 1 && ancestors[0]!.local === 'feed';
  for await (const event of xmlItems(input, isEntry)) {
    if (event.kind === 'error') {
      yield xmlErrorItem(event, 'entry');
      // An entry too deep or too large to read is left out alone; broken XML ends the feed.
      if (!('fatal' in event) || event.fatal) return;
      continue;
    }
    yield {
      position: `entry ${event.index} (line ${event.element.line})`,
      result: itemOutcome(() => atomEntry(event.element, event.ancestors, context.sources)),
    };
  }
};
