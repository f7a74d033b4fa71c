/**
 * IPTC NewsML-G2 deliveries: one `newsItem`, or a `newsMessage` whose `itemSet` holds several.
 * The document is streamed item by item (xml-items.ts); only the item being read is held, as a
 * small element tree, and its NITF or XHTML body (`contentSet/inlineXML`) is written back out
 * as HTML for the one sanitising converter.
 */
import { escapeAttribute, escapeText } from 'entities';
import type { ArticleImage } from '../../../model/article.ts';
import { parseArticleDate } from '../../../model/dates.ts';
import { splitByline } from '../text/bylines.ts';
import { laterDate, storyAddress } from '../items/item-fields.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import type { ArticleFields, InputText, ItemParser, ParseContext, ParsedItem } from '../../types.ts';
import { hasContactDetails, isNonPublicMark } from './private-notes.ts';
import { sourceForName, sourceForUrl } from '../../sources.ts';
import { headerLine, type HeaderContext } from './wire-header.ts';
import { splitCredit, splitLabel } from '../text/wire-lines.ts';
import { attributeMarkup, children, textContent, XML_NS, xmlItems, type XmlElement } from '../items/xml-items.ts';

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
const isPictureClass = (el: XmlElement | undefined) =>
  /^ninat:(?:picture|graphic)$/.test(code(child(el, 'itemClass')) ?? '');

/** A text item as read, with the picture items it links to by guid (`residref`), which may come later in the message. */
interface ReadText {
  position: string;
  result: ParsedItem['result'];
  /** Its own picture (an image it links to or holds) and the caption and credit its contentMeta gives. */
  own: ArticleImage;
  /** The guids of picture items it links to. */
  linked: string[];
}

/** A picture newsItem of the message, kept (as a small image record) for the text items that link to it. */
interface PictureItem {
  position: string;
  image: ArticleImage;
  used: boolean;
}

/**
 * Reads a NewsML-G2 document, yielding every `newsItem` in it. Picture items become the image
 * of the text items that link to them (before or after them in the message); a text item waits,
 * as a parsed page, for a picture it links to until that arrives or the document ends, and the
 * items behind it wait with it so they come out in order. A picture no text item uses is an
 * item of its own that cannot be imported.
 */
export const parseNewsml: ItemParser = async function* (
  input: InputText,
  context: ParseContext,
): AsyncIterable<ParsedItem> {
  let count = 0;
  const pictures = new Map<string, PictureItem>();
  const waiting: ReadText[] = [];
  const ready = (text: ReadText) => text.linked.every((guid) => pictures.has(guid));
  for await (const event of xmlItems(input, (element) => element.local === 'newsItem')) {
    if (event.kind === 'error') {
      yield* waiting.splice(0).map((text) => finish(text, pictures));
      const where = event.inItem
        ? `newsItem ${event.inItem.index} (line ${event.inItem.startLine})`
        : `line ${event.line}`;
      const fatal = !('fatal' in event) || event.fatal;
      yield {
        position: where,
        result: {
          error:
            fatal && event.problem !== 'encoding'
              ? `the XML is malformed at line ${event.line}, column ${event.column} (${event.reason.replace(/\.$/, '')}); fix the document there and import it again (items before it were read)`
              : event.message,
        },
      };
      if (fatal) return;
      continue;
    }
    count = event.index;
    // A many-attribute newsItem tag runs over lines; the item is named by the line it starts on.
    const position = `newsItem ${count} (line ${event.element.startLine})`;
    const guid = attr(event.element, 'guid');
    const picture = isPictureClass(child(event.element, 'itemMeta')) ? pictureItem(event.element) : undefined;
    if (picture && guid) {
      pictures.set(guid, { position, image: picture, used: false });
    } else {
      try {
        waiting.push({ position, ...readItem(event.element, context) });
      } catch (error) {
        waiting.push({
          position,
          result: { error: error instanceof Error ? error.message : String(error) },
          own: {},
          linked: [],
        });
      }
    }
    while (waiting.length && ready(waiting[0]!)) yield finish(waiting.shift()!, pictures);
  }
  yield* waiting.splice(0).map((text) => finish(text, pictures));
  for (const unused of [...pictures.values()].filter((p) => !p.used)) {
    yield {
      position: unused.position,
      result: {
        error:
          'this newsItem is a picture that no text item in the delivery links to; only text items can be imported as articles',
      },
    };
  }
  if (count === 0)
    yield {
      position: 'line 1',
      result: { error: 'this NewsML-G2 document holds no newsItem; check that the delivery is complete' },
    };
};

/** A text item with its picture settled: its own, or a linked picture item's, with the caption and credit of either. */
function finish(text: ReadText, pictures: Map<string, PictureItem>): ParsedItem {
  if (!('page' in text.result)) return { position: text.position, result: text.result };
  const { page } = text.result;
  const found = text.linked.map((guid) => pictures.get(guid)).find((p) => p !== undefined);
  const missing = text.linked.filter((guid) => !pictures.has(guid));
  if (found) {
    found.used = true;
    page.notes.push(`took the picture from ${found.position}`);
  }
  const from = found?.image ?? {};
  const image: ArticleImage = {};
  const src = text.own.src ?? from.src;
  const caption = text.own.caption ?? from.caption;
  const credit = text.own.credit ?? from.credit;
  if (src) image.src = src;
  if (from.alt) image.alt = from.alt;
  if (src && caption) image.caption = caption;
  if (src && credit) image.credit = credit;
  if (src) page.fields.image = image;
  else if (text.own.caption)
    page.notes.push(`left out the picture caption "${text.own.caption}": this newsItem carries no picture`);
  if (missing.length && !src)
    page.notes.push(
      `the picture it links to (${missing.join(', ')}) is not in this delivery; import it with its picture to keep the photo`,
    );
  return { position: text.position, result: text.result };
}

/** The image a picture newsItem carries: its largest picture rendition, caption, credit and alternative text. */
function pictureItem(item: XmlElement): ArticleImage | undefined {
  const contentMeta = child(item, 'contentMeta');
  const renditions = childElements(child(item, 'contentSet'), 'remoteContent').filter(
    (r) => isHttp(attr(r, 'href')) && (!attr(r, 'contenttype') || attr(r, 'contenttype')!.startsWith('image/')),
  );
  const largest = renditions.sort((a, b) => Number(attr(b, 'width') ?? 0) - Number(attr(a, 'width') ?? 0))[0];
  const src = attr(largest, 'href');
  if (!src) return undefined;
  const descriptions = childElements(contentMeta, 'description');
  const described = (test: RegExp) => clean(textOf(descriptions.find((d) => test.test(code(d, 'role') ?? '')) ?? ''));
  const image: ArticleImage = { src };
  const caption = described(/^drol:caption$/) ?? clean(textOf(descriptions.find((d) => !attr(d, 'role')) ?? ''));
  const credit = clean(textOf(child(contentMeta, 'creditline') ?? '')) ?? clean(textOf(child(contentMeta, 'by') ?? ''));
  const alt = described(/alt/) ?? clean(textOf(child(contentMeta, 'headline') ?? ''));
  if (alt) image.alt = alt;
  if (caption) image.caption = caption;
  if (credit) image.credit = credit;
  return image;
}

/** The article in one text `newsItem` (or why it cannot be imported), its own picture, and the picture items it links to. */
function readItem(item: XmlElement, context: ParseContext): Omit<ReadText, 'position'> {
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = {};
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const language = attr(item, XML_LANG) ?? attr(child(contentMeta, 'language'), 'tag');

  const headline = clean(textOf(child(contentMeta, 'headline') ?? ''));
  const failed = (error: string) => ({ result: { error }, own: {}, linked: [] });
  if (!headline) return failed('this newsItem has no contentMeta/headline; add one (the article needs a title)');
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
  const updated = laterDate(versionCreated, published);
  if (updated) fields.updated = updated;
  // An embargo that lifts after the item was sent holds the story until then; one already past says nothing.
  const embargoed = date('embargoed', itemMeta);
  if (embargoed && laterDate(embargoed, versionCreated ?? published)) fields.embargo = embargoed;

  const guid = attr(item, 'guid');
  if (guid) fields.importId = guid;
  const version = attr(item, 'version');
  // A later version replaces the first one sent; the editor sees which one this is.
  if (guid && version && Number(version) > 1) notes.push(`this is version ${version} of ${guid}`);

  const byline = childElements(contentMeta, 'creator')
    .map(nameOf(language))
    .filter((n): n is string => Boolean(n));
  const by = clean(textOf(child(contentMeta, 'by') ?? ''));
  if (byline.length) fields.byline = [...new Set(byline.flatMap(splitByline))];
  else if (by) fields.byline = splitByline(by);

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
  const creditline = clean(textOf(child(contentMeta, 'creditline') ?? ''));
  const split = caption && !creditline ? splitCredit(caption) : undefined;
  const own: ArticleImage = {};
  const picture = pictureOf(item, itemMeta);
  if (picture) own.src = picture;
  if (split?.caption ?? caption) own.caption = split?.caption ?? caption;
  if (creditline ?? split?.credit) own.credit = creditline ?? split?.credit;

  readNotes(itemMeta, fields, notes, versionCreated ?? published);
  const status = code(child(itemMeta, 'pubStatus'));
  if (status === 'stat:withheld' || status === 'stat:canceled' || status === 'stat:cancelled') fields.draft = true;

  const rightsInfo = child(item, 'rightsInfo');
  const rights = [
    clean(textOf(child(rightsInfo, 'copyrightNotice') ?? '')),
    clean(textOf(child(rightsInfo, 'usageTerms') ?? '')),
  ].filter(Boolean);
  if (rights.length) fields.rights = rights.join(' ');
  if (language && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && !/^en\b/i.test(language)) {
    fields.language = language.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  }

  // Only a link that says it is this story's page is its address: seeAlso and the like point at other stories.
  const links = childElements(itemMeta, 'link');
  const web = links.find(
    (l) =>
      /(?:^|:)(?:canonical|canonicalurl|alternate|self|webpage|weblink|permalink)$/.test(code(l, 'rel') ?? '') &&
      isHttp(attr(l, 'href')) &&
      !attr(l, 'contenttype')?.startsWith('image/'),
  );
  const originalUrl = attr(web, 'href') ?? storyAddress(guid);
  if (originalUrl) fields.originalUrl = originalUrl;
  const linked = links
    .filter((l) => attr(l, 'residref') && (attr(l, 'contenttype')?.startsWith('image/') || isPictureClass(l)))
    .map((l) => attr(l, 'residref')!);

  const provider =
    nameOf(language)(child(itemMeta, 'provider')) ?? nameOf(language)(child(rightsInfo, 'copyrightHolder'));
  const source =
    (originalUrl && sourceForUrl(originalUrl, context.sources)) ||
    (provider && sourceForName(provider, context.sources)) ||
    (isHttp(guid) && sourceForUrl(guid, context.sources));
  if (source) fields.source = source;

  const keywords = [
    ...childElements(contentMeta, 'keyword').map((k) => clean(textOf(k))),
    ...childElements(contentMeta, 'subject').map(nameOf(language)),
  ];
  const header: HeaderContext = { headline, keywords: keywords.filter((k): k is string => Boolean(k)) };
  const body = bodyOf(child(item, 'contentSet'), notes, header);
  if (!body) {
    const what = isPictureClass(itemMeta)
      ? 'is a picture with no story text'
      : 'has no story text in contentSet (inlineXML or inlineData)';
    return failed(`this newsItem ${what}; only text items can be imported as articles`);
  }
  return { result: { page: { kind: 'newsml', fields, body: `${body}\n`, notes } }, own, linked };
}

const CORRECTION_WORDS =
  /^\s*(?:\(?\s*(?:ATTN|EDS?)\s*:\s*)?(?:CORRECTS?|CORRECTION|CORRECTED|KORRIGERING|KORJATTU|KORREKTUR|RETTELSE|RETTING)\b/i;

/**
 * The item's `edNote`s: a non-public one (role or `pubconstraint` saying so, or giving someone's
 * e-mail or phone) to `internalNote` only; a correction's (a `sig:correction` signal, an
 * `ednoterole:correction` role or a note that says CORRECTS) to `corrections`, dated by the
 * version, and to `editorNote`; any other to `editorNote`.
 */
function readNotes(
  itemMeta: XmlElement | undefined,
  fields: Partial<ArticleFields>,
  notes: string[],
  when: string | undefined,
): void {
  const signalled = childElements(itemMeta, 'signal').some((s) => code(s) === 'sig:correction');
  const internal: string[] = [];
  const shown: string[] = [];
  const corrections: string[] = [];
  for (const note of childElements(itemMeta, 'edNote')) {
    const text = clean(textOf(note));
    if (!text) continue;
    const role = attr(note, 'role');
    if (
      isNonPublicMark(role) ||
      isNonPublicMark(attr(note, 'pubconstraint') ?? attr(note, 'pubConstraint')) ||
      hasContactDetails(text)
    ) {
      internal.push(text);
      continue;
    }
    if (/correction/i.test(role ?? '') || CORRECTION_WORDS.test(text)) corrections.push(text);
    shown.push(text);
  }
  if (internal.length) fields.internalNote = internal.join('\n\n');
  if (shown.length) fields.editorNote = shown.join(' ');
  if (!signalled && !corrections.length) return;
  if (!when) {
    notes.push('this newsItem is a correction but has no date; the correction was left out');
    return;
  }
  const texts = corrections.length
    ? corrections
    : signalled && shown.length
      ? shown
      : ['This story was corrected after it was first sent.'];
  fields.corrections = texts.map((text) => ({ date: when, text }));
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

/** Elements that hold one line of a body's header block. */
const LINE_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'hl1', 'hl2', 'div']);

/**
 * Takes the agency's header block (the headline again, a keywords line, a bare time stamp) off
 * the top of a body's tree, noting what went: the lines before the first one of story text.
 */
function dropHeaderBlock(root: XmlElement, header: HeaderContext, notes: string[]): void {
  // Down through wrappers (html, body, body.content) to the element whose children are the paragraphs.
  let container = root;
  for (;;) {
    const elements = container.children
      .filter(isElement)
      .filter((e) => !['head', 'body.head', 'title', 'meta'].includes(e.local));
    const next = elements[0];
    if (!next || LINE_ELEMENTS.has(next.local) || elements.some((e) => e.local === 'p')) break;
    container = next;
  }
  const dropped: string[] = [];
  while (dropped.length < 4) {
    const first = container.children.find((c) =>
      isElement(c) ? !['head', 'body.head', 'title', 'meta'].includes(c.local) : c.trim() !== '',
    );
    if (!first || !isElement(first) || !LINE_ELEMENTS.has(first.local)) break;
    const line = clean(textOf(first)) ?? '';
    if (!headerLine(line, header)) break;
    dropped.push(line);
    container.children.splice(container.children.indexOf(first), 1);
  }
  if (dropped.length)
    notes.push(`left out the header lines at the top of the body: ${dropped.map((l) => `"${l}"`).join(', ')}`);
}

/** The story as Markdown from the first rendition that has one: NITF or XHTML inlineXML, then HTML or plain inlineData. */
function bodyOf(contentSet: XmlElement | undefined, notes: string[], header: HeaderContext): string | undefined {
  for (const rendition of childElements(contentSet, 'inlineXML')) {
    const root = rendition.children.filter(isElement)[0];
    if (!root) continue;
    const nitf = root.local === 'nitf';
    dropHeaderBlock(root, header, notes);
    const html = root.children.map((c) => toHtml(c, nitf, notes)).join('');
    const markdown = htmlBodyToMarkdown(html);
    if (markdown) return markdown;
  }
  for (const rendition of childElements(contentSet, 'inlineData')) {
    const type = attr(rendition, 'contenttype') ?? 'text/plain';
    const text = textOf(rendition);
    const paragraphs = /html/.test(type)
      ? []
      : text
          .split(/\n\s*\n/)
          .map((p) => clean(p))
          .filter((p): p is string => Boolean(p));
    // A plain-text rendition's header is its first lines, the same as inline XML's.
    const dropped: string[] = [];
    while (paragraphs.length && dropped.length < 4 && headerLine(paragraphs[0]!, header))
      dropped.push(paragraphs.shift()!);
    if (dropped.length)
      notes.push(`left out the header lines at the top of the body: ${dropped.map((l) => `"${l}"`).join(', ')}`);
    const html = /html/.test(type) ? text : paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('');
    const markdown = htmlBodyToMarkdown(html);
    if (markdown) return markdown;
  }
  return undefined;
}

/** HTML elements written through as they are; the sanitiser decides what survives. */
const HTML_NAMES = new Set(
  'p h1 h2 h3 h4 h5 h6 div span a em strong b i u q blockquote ul ol li dl dt dd table thead tbody tfoot tr th td caption br hr img figure figcaption pre code sub sup cite abbr'.split(
    ' ',
  ),
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
