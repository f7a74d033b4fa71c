/**
 * IPTC NewsML-G2 deliveries: one `newsItem`, or a `newsMessage` whose `itemSet` holds several.
 * The document is streamed item by item (xml-items.ts); only the item being read is held, as a
 * small element tree, and its NITF or XHTML body (`contentSet/inlineXML`) is written back out
 * as HTML for the one sanitising converter.
 */
import { escapeAttribute, escapeText } from 'entities';
import { parseArticleDate } from '../model/dates.ts';
import { htmlBodyToMarkdown } from './html-body.ts';
import type { ArticleFields, CollectionPage, InputText, ItemParser, ParseContext, ParsedItem } from './page.ts';
import { sourceForName, sourceForUrl } from './sources.ts';
import { splitCredit, splitLabel } from './wire-lines.ts';
import { attributeMarkup, children, textContent, XML_NS, xmlItems, type XmlElement } from './xml-items.ts';

// NITF and XHTML bodies sit in their own namespaces inside the NewsML-G2 one; local names alone tell the parts apart.
const anyNamespace = () => true;
const isElement = (node: XmlElement | string): node is XmlElement => typeof node !== 'string';
const childElements = (el: XmlElement | undefined, name: string) => (el ? children(el, anyNamespace, name) : []);
const child = (el: XmlElement | undefined, name: string) => childElements(el, name)[0];
const textOf = (node: XmlElement | string): string => (isElement(node) ? textContent(node) : node);
const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;
const attr = (el: XmlElement | undefined, name: string) => clean(el?.attributes[name]);
const XML_LANG = `{${XML_NS}}lang`;
/** A qcode or type without its scheme alias spelled differently: `cpnat:person`, `stat:withheld`. */
const code = (el: XmlElement | undefined, name = 'qcode') => attr(el, name)?.toLowerCase();
const isHttp = (url: string | undefined): url is string => Boolean(url && /^https?:\/\/[^/\s]/i.test(url));

/** Reads a NewsML-G2 document, yielding every `newsItem` in it. */
export const parseNewsml: ItemParser = async function* (input: InputText, context: ParseContext): AsyncIterable<ParsedItem> {
  let count = 0;
  for await (const event of xmlItems(input, (element) => element.local === 'newsItem')) {
    if (event.kind === 'error') {
      const where = event.inItem ? `newsItem ${event.inItem.index} (line ${event.inItem.startLine})` : `line ${event.line}`;
      yield {
        position: where,
        result: {
          error: `the XML is malformed at line ${event.line}, column ${event.column} (${event.reason.replace(/\.$/, '')}); fix the document there and import it again (items before it were read)`,
        },
      };
      return;
    }
    count = event.index;
    // A many-attribute newsItem tag runs over lines; the item is named by the line it starts on.
    const position = `newsItem ${count} (line ${event.element.startLine})`;
    let result: ParsedItem['result'];
    try {
      result = readItem(event.element, context);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : String(error) };
    }
    yield { position, result };
  }
  if (count === 0) yield { position: 'line 1', result: { error: 'this NewsML-G2 document holds no newsItem; check that the delivery is complete' } };
};

/** The article in one `newsItem`, or why it cannot be imported. */
function readItem(item: XmlElement, context: ParseContext): { page: CollectionPage } | { error: string } {
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = {};
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const language = attr(item, XML_LANG) ?? attr(child(contentMeta, 'language'), 'tag');

  const headline = clean(textOf(child(contentMeta, 'headline') ?? ''));
  if (!headline) return { error: 'this newsItem has no contentMeta/headline; add one (the article needs a title)' };
  Object.assign(fields, splitLabel(headline));

  const date = (name: string, el: XmlElement | undefined) => {
    const text = clean(textOf(child(el, name) ?? ''));
    if (!text) return undefined;
    const iso = parseArticleDate(text)?.iso;
    if (!iso) notes.push(`the ${name} "${text}" is not an ISO 8601 date; it was left out`);
    return iso;
  };
  const versionCreated = date('versionCreated', itemMeta);
  const published = date('firstCreated', itemMeta) ?? date('contentCreated', contentMeta) ?? versionCreated;
  if (published) fields.date = published;
  if (versionCreated && versionCreated !== published) fields.updated = versionCreated;

  const byline = childElements(contentMeta, 'creator').map(nameOf(language)).filter((n): n is string => Boolean(n));
  const by = clean(textOf(child(contentMeta, 'by') ?? ''))?.replace(/^By\s+/i, '');
  if (byline.length) fields.byline = byline;
  else if (by) fields.byline = [by];

  const located = nameOf(language)(child(contentMeta, 'located'));
  const datelineText = clean(textOf(child(contentMeta, 'dateline') ?? ''));
  const dateline = located ?? datelineText?.split(/[,(]/)[0]?.trim();
  if (dateline) fields.dateline = dateline;

  for (const subject of childElements(contentMeta, 'subject')) {
    const name = nameOf(language)(subject);
    if (!name) {
      notes.push(`left out a subject with no name (${attr(subject, 'qcode') ?? attr(subject, 'uri') ?? 'no qcode'})`);
      continue;
    }
    const list = SUBJECT_FIELDS[code(subject, 'type') ?? ''] ?? 'tags';
    const names = (fields[list] ??= []) as string[];
    if (!names.includes(name)) names.push(name);
  }

  const descriptions = childElements(contentMeta, 'description');
  const described = (role: string) => clean(textOf(descriptions.find((d) => code(d, 'role') === role) ?? ''));
  const summary = described('drol:summary') ?? clean(textOf(descriptions.find((d) => !attr(d, 'role')) ?? ''));
  if (summary) fields.summary = summary;
  const caption = described('drol:caption');
  const picture = pictureOf(item, itemMeta);
  if (picture || caption) {
    if (picture) {
      const creditline = clean(textOf(child(contentMeta, 'creditline') ?? ''));
      const split = caption && !creditline ? splitCredit(caption) : undefined;
      fields.image = {
        src: picture,
        ...((split?.caption ?? caption) && { caption: split?.caption ?? caption }),
        ...((creditline ?? split?.credit) && { credit: creditline ?? split?.credit }),
      };
    } else {
      notes.push(`left out the picture caption "${caption}": this newsItem carries no picture`);
    }
  }

  const edNote = clean(textOf(child(itemMeta, 'edNote') ?? ''));
  const corrected = childElements(itemMeta, 'signal').some((s) => code(s) === 'sig:correction');
  if (corrected) {
    // The note of a corrected version says what was corrected; shown once, as the correction.
    const when = versionCreated ?? published;
    if (when) fields.corrections = [{ date: when, text: edNote ?? 'This story was corrected after it was first sent.' }];
    else notes.push('this newsItem is signalled as a correction but has no date; the correction was left out');
  } else if (edNote) {
    fields.editorNote = edNote;
  }
  const status = code(child(itemMeta, 'pubStatus'));
  if (status === 'stat:withheld' || status === 'stat:canceled') fields.draft = true;

  const rightsInfo = child(item, 'rightsInfo');
  const rights = [clean(textOf(child(rightsInfo, 'copyrightNotice') ?? '')), clean(textOf(child(rightsInfo, 'usageTerms') ?? ''))].filter(Boolean);
  if (rights.length) fields.rights = rights.join(' ');
  if (language && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && !/^en\b/i.test(language)) {
    fields.language = language.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  }

  const links = childElements(itemMeta, 'link');
  const web = links.find((l) => code(l, 'rel') === 'irel:seealso' && isHttp(attr(l, 'href'))) ?? links.find((l) => isHttp(attr(l, 'href')) && !attr(l, 'contenttype')?.startsWith('image/'));
  const originalUrl = attr(web, 'href') ?? (isHttp(attr(item, 'guid')) ? attr(item, 'guid') : undefined);
  if (originalUrl) fields.originalUrl = originalUrl;

  const provider = nameOf(language)(child(itemMeta, 'provider')) ?? nameOf(language)(child(rightsInfo, 'copyrightHolder'));
  const source = (originalUrl && sourceForUrl(originalUrl, context.sources)) || (provider && sourceForName(provider, context.sources));
  if (source) fields.source = source;

  const body = bodyOf(child(item, 'contentSet'), notes);
  if (!body) {
    const what = code(child(itemMeta, 'itemClass')) === 'ninat:picture' ? 'is a picture with no story text' : 'has no story text in contentSet (inlineXML or inlineData)';
    return { error: `this newsItem ${what}; only text items can be imported as articles` };
  }
  return { page: { kind: 'newsml', fields, body: `${body}\n`, notes } };
}

const SUBJECT_FIELDS: Record<string, 'people' | 'places' | 'organizations'> = {
  'cpnat:person': 'people',
  'cpnat:geoarea': 'places',
  'cpnat:poi': 'places',
  'cpnat:organisation': 'organizations',
};

/** The `<name>` of a concept (creator, subject, located), in the item's language when it gives several. */
function nameOf(language: string | undefined) {
  return (el: XmlElement | undefined): string | undefined => {
    const names = childElements(el, 'name');
    const own = names.find((n) => language && attr(n, XML_LANG)?.toLowerCase() === language.toLowerCase()) ?? names[0];
    return clean(own ? textOf(own) : undefined) ?? (el?.local === 'creator' ? attr(el, 'literal') : undefined);
  };
}

/** The item's own picture: an image in its contentSet, or an image it links to. */
function pictureOf(item: XmlElement, itemMeta: XmlElement | undefined): string | undefined {
  const isImage = (el: XmlElement) => attr(el, 'contenttype')?.startsWith('image/') && isHttp(attr(el, 'href'));
  const remote = childElements(child(item, 'contentSet'), 'remoteContent').find(isImage);
  const linked = childElements(itemMeta, 'link').find(isImage);
  return attr(remote ?? linked, 'href');
}

/** The story as Markdown from the first rendition that has one: NITF or XHTML inlineXML, then HTML or plain inlineData. */
function bodyOf(contentSet: XmlElement | undefined, notes: string[]): string | undefined {
  for (const rendition of childElements(contentSet, 'inlineXML')) {
    const root = rendition.children.filter(isElement)[0];
    if (!root) continue;
    const nitf = root.local === 'nitf';
    const html = root.children.map((c) => toHtml(c, nitf, notes)).join('');
    const markdown = htmlBodyToMarkdown(html);
    if (markdown) return markdown;
  }
  for (const rendition of childElements(contentSet, 'inlineData')) {
    const type = attr(rendition, 'contenttype') ?? 'text/plain';
    const text = textOf(rendition);
    const html = /html/.test(type)
      ? text
      : text.split(/\n\s*\n/).map((p) => clean(p)).filter(Boolean).map((p) => `<p>${escapeText(p!)}</p>`).join('');
    const markdown = htmlBodyToMarkdown(html);
    if (markdown) return markdown;
  }
  return undefined;
}

/** HTML elements written through as they are; the sanitiser decides what survives. */
const HTML_NAMES = new Set(
  'p h1 h2 h3 h4 h5 h6 div span a em strong b i u q blockquote ul ol li dl dt dd table thead tbody tfoot tr th td caption br hr img figure figcaption pre code sub sup cite abbr'.split(' '),
);
const VOID = new Set(['br', 'hr', 'img']);
/** NITF elements that have an HTML equivalent. */
const NITF_NAMES: Record<string, string> = { hl1: 'h2', hl2: 'h2', block: 'div', 'body.content': '', body: '' };
/** NITF parts that repeat contentMeta (headline, byline, dateline) or close the story (tagline). */
const NITF_DROPPED = new Set(['body.head', 'head', 'title', 'meta', 'docdata', 'pubdata']);

/** One node of inline XML as HTML text, escaped; NITF names mapped, wrappers and entity markup unwrapped. */
function toHtml(node: XmlElement | string, nitf: boolean, notes: string[]): string {
  if (!isElement(node)) return escapeText(node);
  const inner = () => node.children.map((c) => toHtml(c, nitf, notes)).join('');
  if (node.local === 'head' || (nitf && NITF_DROPPED.has(node.local))) return '';
  if (nitf && node.local === 'body.end') {
    const text = clean(textOf(node));
    if (text) notes.push(`left out the NITF body.end: "${text}"`);
    return '';
  }
  if (nitf && node.local === 'media') return mediaToHtml(node);
  let name = node.local;
  if (nitf && name in NITF_NAMES) name = NITF_NAMES[name]!;
  else if (name === 'html' || name === 'body') name = '';
  else if (!HTML_NAMES.has(name) && (nitf || !/^[a-z][a-z0-9]*$/.test(name))) name = '';
  if (!name) return inner();
  const attrs = attributeMarkup(node);
  return VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${inner()}</${name}>`;
}

/** A NITF `<media>` as an inline image: its reference's source, with the alternate text or caption as alt. */
function mediaToHtml(media: XmlElement): string {
  const reference = childElements(media, 'media-reference').find((r) => attr(r, 'source') ?? attr(r, 'src'));
  const src = attr(reference, 'source') ?? attr(reference, 'src');
  if (!src) return '';
  const alt = attr(reference, 'alternate-text') ?? clean(textOf(child(media, 'media-caption') ?? '')) ?? '';
  return `<p><img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"></p>`;
}
