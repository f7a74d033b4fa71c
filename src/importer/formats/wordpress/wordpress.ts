/**
 * A WordPress export (WXR 1.0 to 1.2, "Tools → Export") read item by item: posts become
 * articles; pages, menu items, attachments and other post types are not articles and are not
 * yielded, but attachments give posts their featured image and `[gallery]` photos.
 *
 * Identity: every post carries `importId` `wordpress:<site>/?p=<post_id>` (see
 * wordpressImportId), so two posts are two stories whatever their text, and the permalink stays
 * `originalUrl`. `updated` is the post's last edit as the export gives it, so the same export
 * gives the same files and a later export of an edited post a later version.
 *
 * Photos: WordPress writes items in id order and a photo is uploaded after its post is
 * created, so the attachment usually comes *after* the post that shows it. Rather than keep
 * those posts (or their bodies) until the end, the parser remembers which items wait and which
 * attachments they ask for, and once the file has been read, reads it a second time
 * (InputText.chunks() again) to pick up the attachments that came before and convert just the
 * waiting items. What stays in memory is small: the authors, the numbers of the waiting items
 * and one entry (address, caption, alt, each bounded) per attachment a post asks for; the
 * channel's terms are dropped as they are read; the second pass costs an XML read, not a
 * second conversion.
 *
 * Not for publication stays unpublished: every status but `publish` (`draft`, `pending`,
 * `private`, `future`, `trash`, a plugin's own) and a password-protected post become
 * `draft: true`, with a note where the reason is not plain; a scheduled post also gets
 * `embargo` at its publication time.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Nodes as HastNodes } from 'hast';
import type { ArticleFields, CollectionPage, InputText, ItemParser, KnownSource, ParsedItem } from '../../types.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import { expandShortcodes, shortcodeNotes, type ExpandedShortcodes, type GalleryRequest } from './shortcodes.ts';
import { cutText } from '../../../model/cut-text.ts';
import { splitCaptionCredit } from '../text/wire-lines.ts';
import { child, children, xmlItems, type XmlElement } from '../items/xml-items.ts';
import { itemOutcome } from '../items/item-fields.ts';
import { ownText } from '../../own-text.ts';

// WXR 1.0, 1.1 and 1.2 differ in the version in their namespaces, not in what they hold.
const WP_NS = (uri: string) => /^https?:\/\/wordpress\.org\/export\/[\d.]+\/$/.test(uri);
const EXCERPT_NS = (uri: string) => /^https?:\/\/wordpress\.org\/export\/[\d.]+\/excerpt\/$/.test(uri);
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/**
 * Every element directly in the channel is a record, handed over and dropped once read: the
 * parser keeps what it needs (items, authors, the language and the site's address), and the
 * channel's terms (`wp:category`, `wp:tag`, `wp:term`, hundreds of MB in a big site) are let go.
 */
function isRecord(_element: XmlElement, ancestors: readonly XmlElement[]): boolean {
  return ancestors.length === 2 && ancestors[1]!.local === 'channel';
}

/** The text and CDATA directly inside an element, trimmed: WordPress writes each field as one text. */
const textOf = (element: XmlElement | undefined) =>
  (element?.children.filter((c) => typeof c === 'string').join('') ?? '').trim();
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
  /** The addresses the channel gives, in the order they are preferred for identity. */
  blogUrl?: string;
  siteUrl?: string;
  link?: string;
}

/** The site's home address without a trailing slash (`https://example.com/news`), from the first address the channel gives. */
function siteAddress(site: Site): string | undefined {
  for (const given of [site.blogUrl, site.siteUrl, site.link]) {
    if (!given || !/^https?:\/\/[^/\s]/i.test(given)) continue;
    try {
      const url = new URL(given);
      return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * A post's identity: `wordpress:<site>/?p=<post_id>`, the site being `wp:base_blog_url` (else
 * `wp:base_site_url`, else the channel's `<link>`) with no trailing slash, e.g.
 * `wordpress:https://example.com/?p=42`: WordPress's own short link for the post, which stays
 * the same whatever its permalink, title or text become.
 */
export function wordpressImportId(site: string, postId: string): string {
  return `wordpress:${site}/?p=${postId}`;
}

/** A photo from an attachment item, kept small: only attachments some post asks for are held. */
interface Attachment {
  src: string;
  caption: string;
  alt: string;
  /** The post it was uploaded to, and its place there: `[gallery]` without ids shows these. */
  parent: string;
  order: number;
  /** Whether its caption or alt was longer than the parser holds and was cut. */
  cut: boolean;
}

// A caption or alt text longer than this is not one; holding it whole for every photo would let a damaged export fill memory.
const MAX_PHOTO_TEXT = 2_000;

function bounded(text: string): [string, boolean] {
  if (text.length <= MAX_PHOTO_TEXT) return [text, false];
  const cut = cutText(text, MAX_PHOTO_TEXT);
  return [`${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_PHOTO_TEXT)}…`, true];
}

function readAttachment(item: XmlElement, site: string | undefined): Attachment | undefined {
  const given = wp(item, 'attachment_url') || textOf(child(item, '', 'guid'));
  const src = absoluteUrl(given, site);
  if (!src) return undefined;
  const meta = postmeta(item);
  const [caption, captionCut] = bounded(plainText(textOf(child(item, EXCERPT_NS, 'encoded'))));
  const [alt, altCut] = bounded(
    meta.get('_wp_attachment_image_alt') || plainText(textOf(child(item, CONTENT_NS, 'encoded'))),
  );
  // Held until the posts that ask for it are read, perhaps in a second pass: copies, not views of the file.
  return {
    src: ownText(src),
    caption: ownText(caption),
    alt: ownText(alt),
    parent: ownText(wp(item, 'post_parent')),
    order: Number(wp(item, 'menu_order')) || 0,
    cut: captionCut || altCut,
  };
}

/** An attachment's address made absolute against the site, or undefined when it is not a web address. */
function absoluteUrl(url: string, site: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const absolute = new URL(url, site === undefined ? undefined : `${site}/`).href;
    return /^https?:/.test(absolute) ? absolute : undefined;
  } catch {
    return undefined;
  }
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

const BLOCK_START =
  /^<\/?(?:p|div|ul|ol|li|dl|blockquote|h[1-6]|table|thead|tbody|tr|figure|figcaption|pre|hr|section|article|aside|header|footer|address|details|iframe|video|audio|form|style|script|!--)[\s>/]/i;

/**
 * WordPress's `wpautop` as far as Markdown needs it: text separated by blank lines becomes
 * paragraphs and a single newline inside one a line break; blocks that are already HTML blocks
 * (`<p>`, `<ul>`, block-editor comments) and `<pre>` contents are left as they are.
 */
export function autoParagraphs(html: string): string {
  const kept: string[] = [];
  const guarded = html
    .replace(/\r\n?/g, '\n')
    .replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `\u0000${kept.push(pre) - 1}\u0000`);
  const blocks = guarded
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      BLOCK_START.test(block) || /^\u0000\d+\u0000$/.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`,
    );
  return blocks.join('\n\n').replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}

/** The site's language as a primary subtag: `en-US` → `en`. */
function languageOf(code: string): string | undefined {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(code.trim());
  return primary ? primary[1]!.toLowerCase() : undefined;
}

/** The post's status as a draft and the note that says why, for every status but `publish`. */
function statusNote(status: string): string | undefined {
  switch (status) {
    case 'publish':
    case '':
      return undefined;
    case 'trash':
      return "the post is in WordPress's trash; it is imported as a draft: delete the file if it is not wanted";
    case 'future':
      return 'the post was scheduled in WordPress and not yet published; it is imported as a draft embargoed until its date: set draft to false when it may appear';
    case 'draft':
    case 'pending':
    case 'private':
    case 'auto-draft':
      return undefined;
    default:
      return `the post's status in WordPress is "${status}", not "publish"; it is imported as a draft: set draft to false if it was published`;
  }
}

/** The position of item `index` for messages: `item 7 (line 214)`. */
const positionOf = (index: number, line: number) => `item ${index} (line ${line})`;

/** The instant an ISO date names, an offsetless one read as UTC (both dates of a post then share one clock). */
const instantOf = (iso: string) => Date.parse(iso.length === 19 ? `${iso}Z` : iso);

/** The attachments a post needs: its featured image and the photos of its galleries. */
interface PhotoRequests {
  thumbnail?: string;
  ids: string[];
  /** Whether a `[gallery]` without ids shows the photos attached to the post. */
  attached: boolean;
}

function photoRequests(item: XmlElement, expanded: ExpandedShortcodes): PhotoRequests {
  const thumbnail = postmeta(item).get('_thumbnail_id') || undefined;
  const ids = expanded.galleries.flatMap((g) => ('ids' in g ? g.ids : []));
  return {
    ...(thumbnail && { thumbnail }),
    ids: thumbnail ? [thumbnail, ...ids] : ids,
    attached: expanded.galleries.some((g) => 'attached' in g),
  };
}

/** The attachments of the export that posts ask for, and which they are. */
interface Photos {
  byId: Map<string, Attachment>;
  /** Attachment ids by the post they were uploaded to, for posts whose gallery shows those. */
  byParent: Map<string, Set<string>>;
  wantedIds: Set<string>;
  wantedParents: Set<string>;
}

/** Keeps an attachment item when a post asks for it by id or by being its parent. */
function remember(photos: Photos, item: XmlElement, site: string | undefined): void {
  const id = wp(item, 'post_id');
  const parent = wp(item, 'post_parent');
  const byParent = photos.wantedParents.has(parent);
  if (!id || !(byParent || photos.wantedIds.has(id))) return;
  if (!photos.byId.has(id)) {
    const attachment = readAttachment(item, site);
    if (!attachment) return;
    photos.byId.set(ownText(id), attachment);
  }
  if (byParent) photos.byParent.set(ownText(parent), (photos.byParent.get(parent) ?? new Set()).add(ownText(id)));
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)(?:[?#]|$)/i;

/** An attachment as the article's `image` or a gallery photo: caption and credit split as the wire writes them. */
function imageOf(photo: Attachment, sources: readonly KnownSource[]): ArticleImage {
  const { caption, credit } = splitCaptionCredit(photo.caption, sources);
  return {
    src: photo.src,
    ...(photo.alt && { alt: photo.alt }),
    ...(caption && { caption }),
    ...(credit && { credit }),
  };
}

type ArticleImage = NonNullable<ArticleFields['image']>;

/** The attachment ids of a post's gallery photos in order, once each, with notes for those not in the export. */
function galleryIds(postId: string, galleries: readonly GalleryRequest[], photos: Photos, notes: string[]): string[] {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const gallery of galleries) {
    if ('ids' in gallery) {
      for (const id of gallery.ids) (photos.byId.has(id) ? ids : missing).push(id);
      continue;
    }
    // WordPress shows the images uploaded to the post, by menu order and then id.
    const attached = [...(photos.byParent.get(postId) ?? [])]
      .map((id) => ({ id, photo: photos.byId.get(id)! }))
      .filter(({ id, photo }) => IMAGE_FILE.test(photo.src) && !gallery.exclude.includes(id))
      .sort((a, b) => a.photo.order - b.photo.order || Number(a.id) - Number(b.id));
    if (!attached.length)
      notes.push(
        'a [gallery] shows the images uploaded to this post, and none are in this export; export "All content" to bring them, or add the photos by hand',
      );
    ids.push(...attached.map(({ id }) => id));
  }
  const absent = [...new Set(missing)];
  if (absent.length === 1)
    notes.push(
      `the gallery's attachment ${absent[0]} is not in this export; export "All content" to bring it, or add the photo by hand`,
    );
  else if (absent.length)
    notes.push(
      `the gallery's attachments ${absent.join(', ')} are not in this export; export "All content" to bring them, or add the photos by hand`,
    );
  return [...new Set(ids)];
}

/** The article of one post item, or why it cannot be imported. */
function convertPost(
  item: XmlElement,
  expanded: ExpandedShortcodes,
  site: Site,
  photos: Photos,
  sources: readonly KnownSource[],
): ParsedItem['result'] {
  const notes: string[] = [];
  const fields: Partial<ArticleFields> = {};
  const title = plainText(textOf(child(item, '', 'title')));
  if (!title) return { error: 'the post has no title; give it one in WordPress and export again' };
  fields.title = title;

  // Drafts carry no UTC publication time; the modification times still tell the site's offset.
  const offset =
    wordpressOffset(wp(item, 'post_date'), wp(item, 'post_date_gmt')) ??
    wordpressOffset(wp(item, 'post_modified'), wp(item, 'post_modified_gmt'));
  const date = wordpressDate(wp(item, 'post_date'), offset) ?? utcDate(wp(item, 'post_date_gmt'));
  if (!date)
    return {
      error: `the post "${title}" has no date (wp:post_date and wp:post_date_gmt are empty); set its date in WordPress and export again`,
    };
  fields.date = date;
  if (offset === undefined)
    notes.push(
      "WordPress gave no UTC time for this post (wp:post_date_gmt, wp:post_modified_gmt), so the date has no offset; add the site's offset if you know it",
    );
  // The last edit, from the export itself (never the time of the run), so the same export gives the same file.
  const updated =
    wordpressDate(
      wp(item, 'post_modified'),
      wordpressOffset(wp(item, 'post_modified'), wp(item, 'post_modified_gmt')) ?? offset,
    ) ?? utcDate(wp(item, 'post_modified_gmt'));
  if (updated && instantOf(updated) > instantOf(date)) fields.updated = updated;

  const login = textOf(child(item, DC_NS, 'creator'));
  if (login) fields.byline = [site.authors.get(login) || login];

  const categories: string[] = [];
  const tags: string[] = [];
  for (const category of children(item, '', 'category')) {
    const name = plainText(textOf(category));
    if (!name) continue;
    const domain = category.attributes.domain;
    // WXR 1.0 writes each category once without a domain too, and tags as `domain="tag"`.
    if (domain === 'category' || domain === undefined) categories.push(name);
    else if (domain === 'post_tag' || domain === 'tag') tags.push(name);
  }
  if (tags.length) fields.tags = [...new Set(tags)];

  const summary = plainText(textOf(child(item, EXCERPT_NS, 'encoded')));
  if (summary) fields.summary = summary;

  const link = textOf(child(item, '', 'link'));
  if (/^https?:\/\/[^/\s]/i.test(link)) fields.originalUrl = link;

  const home = siteAddress(site);
  const postId = wp(item, 'post_id');
  if (home && /^\d+$/.test(postId)) fields.importId = wordpressImportId(home, postId);
  else
    notes.push(
      home
        ? 'the post has no wp:post_id, so it has no importId: a later import of it is matched by its text only'
        : "the export names no site (wp:base_blog_url, wp:base_site_url or the channel's link), so the post has no importId: a later import of it is matched by its text only",
    );

  const status = wp(item, 'status');
  const statusWhy = statusNote(status);
  if (status !== 'publish' && status !== '') fields.draft = true;
  if (statusWhy) notes.push(statusWhy);
  if (status === 'future') fields.embargo = date;
  if (wp(item, 'post_password')) {
    fields.draft = true;
    notes.push(
      'the post is password-protected in WordPress, so it is imported as a draft; set draft to false only if the story may be public',
    );
  }
  if (site.language) fields.language = site.language;

  const requests = photoRequests(item, expanded);
  if (requests.thumbnail) {
    const photo = photos.byId.get(requests.thumbnail);
    if (photo) fields.image = imageOf(photo, sources);
    else
      notes.push(
        `the featured image (attachment ${requests.thumbnail}) is not in this export; export "All content" to bring it, or add the image by hand`,
      );
  }
  const gallery = galleryIds(postId, expanded.galleries, photos, notes);
  if (gallery.length) fields.gallery = gallery.map((id) => imageOf(photos.byId.get(id)!, sources));
  const cut = [...(fields.image ? [requests.thumbnail!] : []), ...gallery].filter((id) => photos.byId.get(id)?.cut);
  if (cut.length)
    notes.push(
      `the caption or alt text of attachment ${[...new Set(cut)].join(', ')} was longer than ${MAX_PHOTO_TEXT} characters and was cut`,
    );
  notes.push(...shortcodeNotes(expanded));

  // Relative links and images point into the site: resolved against the post's own address.
  const baseUrl = fields.originalUrl ?? (home && `${home}/`);
  const body = htmlBodyToMarkdown(autoParagraphs(expanded.html), { baseUrl, headline: title });
  if (!body) notes.push('the post has no body text');
  const page: CollectionPage = {
    kind: 'wordpress',
    fields,
    body,
    notes,
    ...(categories.length && { categories: [...new Set(categories)] }),
  };
  return { page };
}

/** The body of a post item with its shortcodes expanded. */
const expandedBody = (item: XmlElement) => expandShortcodes(textOf(child(item, CONTENT_NS, 'encoded')));

/** Whether every attachment a post asks for is held already, so it can be converted now. */
const ready = (requests: PhotoRequests, photos: Photos) =>
  !requests.attached && requests.ids.every((id) => photos.byId.has(id));

/** Reads one channel-level record that is not an item into the site. */
function readChannel(record: XmlElement, site: Site): void {
  if (record.local === 'author' && WP_NS(record.uri)) {
    const login = wp(record, 'author_login');
    const display = plainText(wp(record, 'author_display_name'));
    if (login) site.authors.set(login, display || login);
  } else if (record.local === 'language' && record.uri === '') {
    const language = languageOf(textOf(record));
    if (language) site.language = language;
  } else if (record.local === 'base_blog_url' && WP_NS(record.uri)) site.blogUrl = textOf(record);
  else if (record.local === 'base_site_url' && WP_NS(record.uri)) site.siteUrl = textOf(record);
  else if (record.local === 'link' && record.uri === '') site.link = textOf(record);
}

/**
 * isRecord, remembering which records are items until their event comes: xmlItems reports a
 * record too large or deep to read by its number only, and hands events over a chunk at a time.
 */
function recordKinds() {
  const items = new Set<number>();
  let count = 0;
  return {
    isRecord(element: XmlElement, ancestors: readonly XmlElement[]): boolean {
      if (!isRecord(element, ancestors)) return false;
      count += 1;
      if (element.local === 'item' && element.uri === '') items.add(count);
      return true;
    },
    /** Whether record `index` was an item; forgets it, as each record has one event. */
    wasItem(index: number | undefined): boolean {
      return index !== undefined && items.delete(index);
    },
  };
}

/** The posts of a WordPress export, each as soon as it can be complete; see the file comment for featured images and galleries. */
export const parseWordpress: ItemParser = async function* (input: InputText, context) {
  const site: Site = { authors: new Map() };
  const photos: Photos = { byId: new Map(), byParent: new Map(), wantedIds: new Set(), wantedParents: new Set() };
  // Item numbers of posts that wait for an attachment not held yet.
  const waiting = new Set<number>();
  let index = 0;
  let failure: ParsedItem | undefined;
  const first = recordKinds();
  for await (const event of xmlItems(input, first.isRecord)) {
    if (event.kind === 'error' && 'fatal' in event && event.fatal === false) {
      // Left out alone; a channel term that size is no loss, an item is reported and counted.
      if (!first.wasItem(event.inItem?.index)) continue;
      index++;
      yield { position: positionOf(index, event.inItem?.line ?? event.line), result: { error: event.message } };
      continue;
    }
    if (event.kind === 'error') {
      // saxes counts columns from 0, and these messages always have.
      failure = {
        position: positionOf(index + 1, event.line),
        result: {
          error:
            event.problem === 'encoding'
              ? event.message
              : `the XML breaks at line ${event.line}, column ${event.column - 1} (${event.reason}); items after it are not read: the file is cut short or damaged, so export it from WordPress again`,
        },
      };
      break;
    }
    const record = event.element;
    first.wasItem(event.index);
    if (record.local !== 'item' || record.uri !== '') {
      readChannel(record, site);
      continue;
    }
    index++;
    const type = wp(record, 'post_type');
    if (type === 'attachment') remember(photos, record, siteAddress(site));
    if (type !== 'post') continue;
    const expanded = expandedBody(record);
    const requests = photoRequests(record, expanded);
    if (!ready(requests, photos)) {
      for (const id of requests.ids) photos.wantedIds.add(ownText(id));
      if (requests.attached) photos.wantedParents.add(ownText(wp(record, 'post_id')));
      waiting.add(index);
      continue;
    }
    yield {
      position: positionOf(index, record.line),
      result: itemOutcome(() => convertPost(record, expanded, site, photos, context.sources)),
    };
  }

  if (waiting.size > 0) {
    // Attachments after a waiting post were kept in the first read; this one keeps those before it.
    // It stops at the same break, if any: the waiting items all come before it.
    let again = 0;
    const second = recordKinds();
    for await (const event of xmlItems(input, second.isRecord)) {
      if (event.kind === 'error' && 'fatal' in event && event.fatal === false) {
        if (second.wasItem(event.inItem?.index)) again++;
        continue;
      }
      if (event.kind === 'error') break;
      const record = event.element;
      second.wasItem(event.index);
      if (record.local !== 'item' || record.uri !== '') continue;
      again++;
      if (wp(record, 'post_type') === 'attachment') remember(photos, record, siteAddress(site));
      if (!waiting.has(again)) continue;
      yield {
        position: positionOf(again, record.line),
        result: itemOutcome(() => convertPost(record, expandedBody(record), site, photos, context.sources)),
      };
      waiting.delete(again);
      if (waiting.size === 0) break;
    }
  }
  if (failure) yield failure;
};
