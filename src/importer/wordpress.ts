/**
 * A WordPress export (WXR 1.0 to 1.2, "Tools → Export") read item by item: posts become
 * articles; pages, menu items, attachments and other post types are not articles and are not
 * yielded, but attachments are remembered to give posts their featured image.
 *
 * Featured images: WordPress writes items in id order and a photo is uploaded after its post is
 * created, so the attachment usually comes *after* the post that features it. Rather than keep
 * those posts (or their bodies) until the end, the parser remembers only which items wait for an
 * attachment, and once the file has been read, reads it a second time (InputText.chunks() again)
 * to convert just those items. What stays in memory is small: the authors, one entry per
 * attachment (address, caption, alt) and the numbers of the waiting items; the second pass costs
 * an XML read, not a second conversion.
 *
 * Post status: `publish` is published; `draft`, `pending`, `private` and `future` (scheduled)
 * become `draft: true`; a post in the trash is imported as a draft too, with a note, so nothing
 * the export holds is lost and nothing deleted is published.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Nodes as HastNodes } from 'hast';
import type { ArticleFields, CollectionPage, InputText, ItemParser, KnownSource, ParsedItem } from './page.ts';
import { htmlBodyToMarkdown } from './html-body.ts';
import { splitCaptionCredit } from './wire-lines.ts';
import { child, children, xmlItems, type XmlElement } from './xml-items.ts';

// WXR 1.0, 1.1 and 1.2 differ in the version in their namespaces, not in what they hold.
const WP_NS = (uri: string) => /^https?:\/\/wordpress\.org\/export\/[\d.]+\/$/.test(uri);
const EXCERPT_NS = (uri: string) => /^https?:\/\/wordpress\.org\/export\/[\d.]+\/excerpt\/$/.test(uri);
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** The channel-level elements the parser reads: each item, each author and the site's language. */
function isRecord(element: XmlElement, ancestors: readonly XmlElement[]): boolean {
  if (ancestors.length !== 2 || ancestors[1]!.local !== 'channel') return false;
  return (element.local === 'item' && element.uri === '') || (element.local === 'author' && WP_NS(element.uri)) || (element.local === 'language' && element.uri === '');
}

/** The text and CDATA directly inside an element, trimmed: WordPress writes each field as one text. */
const textOf = (element: XmlElement | undefined) => (element?.children.filter((c) => typeof c === 'string').join('') ?? '').trim();
const wp = (item: XmlElement, local: string) => textOf(child(item, WP_NS, local));

/** The postmeta values of an item by key. */
function postmeta(item: XmlElement): Map<string, string> {
  const meta = new Map<string, string>();
  for (const entry of children(item, WP_NS, 'postmeta')) meta.set(wp(entry, 'meta_key'), wp(entry, 'meta_value'));
  return meta;
}

/** What the channel says once for every item. */
interface Site {
  /** Display names by author login. */
  authors: Map<string, string>;
  language?: string;
}

/** A featured-image candidate: one attachment item, kept small. */
interface Attachment {
  src: string;
  caption: string;
  alt: string;
}

function readAttachment(item: XmlElement): Attachment | undefined {
  const src = wp(item, 'attachment_url') || textOf(child(item, '', 'guid'));
  if (!src) return undefined;
  const meta = postmeta(item);
  return {
    src,
    caption: plainText(textOf(child(item, EXCERPT_NS, 'encoded'))),
    alt: meta.get('_wp_attachment_image_alt') || plainText(textOf(child(item, CONTENT_NS, 'encoded'))),
  };
}

const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && HIDDEN.has(node.tagName)) return '';
  return 'children' in node ? node.children.map((c) => hastText(c as HastNodes)).join('') : '';
}

/** Text of a short HTML snippet (an excerpt, a caption), tags dropped and entities decoded, on one line. */
function plainText(html: string): string {
  const text = /[<&]/.test(html) ? hastText(fragmentParser.parse(html)) : html;
  return text.replace(/\s+/g, ' ').trim();
}

const WP_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
const two = (n: number) => String(n).padStart(2, '0');

/** A WordPress time (`2016-01-06 10:30:00`), or undefined for the empty `0000-00-00 00:00:00`. */
function readTime(text: string): RegExpExecArray | undefined {
  const m = WP_TIME.exec(text);
  return m && m[1] !== '0000' ? m : undefined;
}

const epochOf = (m: RegExpExecArray) => Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);

/** The site's UTC offset in minutes from a local and a UTC time of the same moment, when both are given. */
export function wordpressOffset(local: string, gmt: string): number | undefined {
  const l = readTime(local);
  const g = readTime(gmt);
  if (!l || !g) return undefined;
  // Offsets are whole quarter hours; rounding absorbs a second's drift between the two clocks.
  const minutes = Math.round((epochOf(l) - epochOf(g)) / 900_000) * 15;
  return Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

/**
 * An ISO date from WordPress's local time and the site's offset (`2016-01-06 10:30:00`, 540 →
 * `2016-01-06T10:30:00+09:00`), so the site's own clock is kept; without an offset, the local
 * time as it is; undefined when there is no time.
 */
export function wordpressDate(local: string, offset: number | undefined): string | undefined {
  const l = readTime(local);
  if (!l) return undefined;
  const iso = `${l[1]}-${l[2]}-${l[3]}T${l[4]}:${l[5]}:${l[6]}`;
  if (offset === undefined) return iso;
  if (offset === 0) return `${iso}Z`;
  const sign = offset < 0 ? '-' : '+';
  return `${iso}${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}

/** The UTC time alone as an ISO date, for items that give no local time. */
function utcDate(gmt: string): string | undefined {
  const g = readTime(gmt);
  return g ? `${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}:${g[6]}Z` : undefined;
}

const BLOCK_START = /^<\/?(?:p|div|ul|ol|li|dl|blockquote|h[1-6]|table|thead|tbody|tr|figure|figcaption|pre|hr|section|article|aside|header|footer|address|details|iframe|video|audio|form|style|script|!--)[\s>/]/i;

/**
 * WordPress's `wpautop` as far as Markdown needs it: text separated by blank lines becomes
 * paragraphs and a single newline inside one a line break; blocks that are already HTML blocks
 * (`<p>`, `<ul>`, block-editor comments) and `<pre>` contents are left as they are.
 */
export function autoParagraphs(html: string): string {
  const kept: string[] = [];
  const guarded = html.replace(/\r\n?/g, '\n').replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `\u0000${kept.push(pre) - 1}\u0000`);
  const blocks = guarded
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (BLOCK_START.test(block) || /^\u0000\d+\u0000$/.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`));
  return blocks.join('\n\n').replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}

/** `[caption id="…"]<img …> Words[/caption]` as a figure, so the caption stays with its photo. */
function captionShortcodes(html: string): string {
  return html.replace(/\[caption[^\]]*\]\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)\s*([\s\S]*?)\[\/caption\]/gi, '<figure>$1<figcaption>$2</figcaption></figure>');
}

/** The site's language as a primary subtag: `en-US` → `en`. */
function languageOf(code: string): string | undefined {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(code.trim());
  return primary ? primary[1]!.toLowerCase() : undefined;
}

const DRAFT_STATUSES = new Set(['draft', 'pending', 'private', 'future', 'trash']);

/** The position of item `index` for messages: `item 7 (line 214)`. */
const positionOf = (index: number, line: number) => `item ${index} (line ${line})`;

/** The article of one post item, or why it cannot be imported. */
function convertPost(item: XmlElement, site: Site, attachments: ReadonlyMap<string, Attachment>, sources: readonly KnownSource[]): ParsedItem['result'] {
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = {};
  const title = plainText(textOf(child(item, '', 'title')));
  if (!title) return { error: 'the post has no title; give it one in WordPress and export again' };
  fields.title = title;

  // Drafts carry no UTC publication time; the modification times still tell the site's offset.
  const offset = wordpressOffset(wp(item, 'post_date'), wp(item, 'post_date_gmt')) ?? wordpressOffset(wp(item, 'post_modified'), wp(item, 'post_modified_gmt'));
  const date = wordpressDate(wp(item, 'post_date'), offset) ?? utcDate(wp(item, 'post_date_gmt'));
  if (!date) return { error: `the post "${title}" has no date (wp:post_date and wp:post_date_gmt are empty); set its date in WordPress and export again` };
  fields.date = date;
  if (offset === undefined) notes.push('WordPress gave no UTC time for this post (wp:post_date_gmt, wp:post_modified_gmt), so the date has no offset; add the site\'s offset if you know it');
  const updated = wordpressDate(wp(item, 'post_modified'), wordpressOffset(wp(item, 'post_modified'), wp(item, 'post_modified_gmt')) ?? offset);
  if (updated && updated.slice(0, 19) > date.slice(0, 19)) fields.updated = updated;

  const login = textOf(child(item, DC_NS, 'creator'));
  if (login) fields.byline = [site.authors.get(login) || login];

  const categories: string[] = [];
  const tags: string[] = [];
  for (const category of children(item, '', 'category')) {
    const name = plainText(textOf(category));
    if (!name) continue;
    if (category.attributes.domain === 'category') categories.push(name);
    else if (category.attributes.domain === 'post_tag') tags.push(name);
  }
  if (tags.length) fields.tags = [...new Set(tags)];

  const summary = plainText(textOf(child(item, EXCERPT_NS, 'encoded')));
  if (summary) fields.summary = summary;

  const link = textOf(child(item, '', 'link'));
  if (/^https?:\/\/[^/\s]/i.test(link)) fields.originalUrl = link;

  const status = wp(item, 'status');
  if (DRAFT_STATUSES.has(status)) fields.draft = true;
  if (status === 'trash') notes.push('the post is in WordPress\'s trash; it is imported as a draft: delete the file if it is not wanted');
  if (site.language) fields.language = site.language;

  const thumbnail = postmeta(item).get('_thumbnail_id');
  if (thumbnail) {
    const photo = attachments.get(thumbnail);
    if (photo) {
      const { caption, credit } = splitCaptionCredit(photo.caption, sources);
      fields.image = { src: photo.src, ...(photo.alt && { alt: photo.alt }), ...(caption && { caption }), ...(credit && { credit }) };
    } else {
      notes.push(`the featured image (attachment ${thumbnail}) is not in this export; export "All content" to bring it, or add the image by hand`);
    }
  }

  const html = textOf(child(item, CONTENT_NS, 'encoded'));
  const body = htmlBodyToMarkdown(autoParagraphs(captionShortcodes(html)));
  if (!body) notes.push('the post has no body text');
  const page: CollectionPage = { kind: 'wordpress', fields, body, notes, ...(categories.length && { categories: [...new Set(categories)] }) };
  return { page };
}

/** The posts of a WordPress export, each as soon as it can be complete; see the file comment for featured images. */
export const parseWordpress: ItemParser = async function* (input: InputText, context) {
  const site: Site = { authors: new Map() };
  const attachments = new Map<string, Attachment>();
  // Item numbers of posts whose featured image is in an attachment not read yet.
  const waiting = new Set<number>();
  let index = 0;
  let failure: ParsedItem | undefined;
  for await (const event of xmlItems(input, isRecord)) {
    if (event.kind === 'error') {
      // saxes counts columns from 0, and these messages always have.
      failure = {
        position: positionOf(index + 1, event.line),
        result: { error: `the XML breaks at line ${event.line}, column ${event.column - 1} (${event.reason}); items after it are not read: the file is cut short or damaged, so export it from WordPress again` },
      };
      break;
    }
    const record = event.element;
    if (record.local === 'author') {
      const login = wp(record, 'author_login');
      const display = plainText(wp(record, 'author_display_name'));
      if (login) site.authors.set(login, display || login);
      continue;
    }
    if (record.local === 'language') {
      const language = languageOf(textOf(record));
      if (language) site.language = language;
      continue;
    }
    index++;
    const type = wp(record, 'post_type');
    if (type === 'attachment') {
      const attachment = readAttachment(record);
      if (attachment) attachments.set(wp(record, 'post_id'), attachment);
      continue;
    }
    if (type !== 'post') continue;
    const thumbnail = postmeta(record).get('_thumbnail_id');
    if (thumbnail && !attachments.has(thumbnail)) {
      waiting.add(index);
      continue;
    }
    yield { position: positionOf(index, record.line), result: convertPost(record, site, attachments, context.sources) };
  }

  if (waiting.size > 0) {
    // The second read stops at the same break, if any: the waiting items all come before it.
    let again = 0;
    for await (const event of xmlItems(input, isRecord)) {
      if (event.kind === 'error') break;
      const record = event.element;
      if (record.local !== 'item') continue;
      again++;
      if (!waiting.has(again)) continue;
      yield { position: positionOf(again, record.line), result: convertPost(record, site, attachments, context.sources) };
      waiting.delete(again);
      if (waiting.size === 0) break;
    }
  }
  if (failure) yield failure;
};
