/**
 * What feeds and wire deliveries (RSS, Atom, ninjs) share once an item is read: feed dates to
 * ISO strings with the offset kept, HTML titles and captions to plain text, plain-text bodies to
 * Markdown, addresses and language tags checked, and the fields assembled into one item result.
 */
import type { Element, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { newsSanitizeSchema } from '../../../markdown/sanitize-schema.ts';
import { parseArticleDate } from '../../../model/dates.ts';
import { blocksToMarkdown } from '../body/markdown.ts';
import type {
  ArticleFields,
  CollectionFormat,
  CollectionPage,
  ItemResult,
  KnownSource,
  InputText,
} from '../../types.ts';
import { ImportError } from '../../errors.ts';
import { sourceForUrl } from '../../sources.ts';
import { splitLabel } from '../text/wire-lines.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 names its zones; the US ones and military letters still turn up in old feeds.
const ZONES: Record<string, string> = {
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  kst: '+09:00',
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?$/i;

/**
 * An RSS date (RFC 822: `Wed, 06 Jan 2016 10:30:00 +0900`) as an ISO string with the offset
 * kept (`2016-01-06T10:30:00+09:00`; `GMT` becomes `Z`); `undefined` when it is not one.
 */
export function rfc822ToIso(text: string): string | undefined {
  const match = RFC822.exec(text.trim());
  if (!match) return undefined;
  const [, day, monthName, rawYear, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  // RFC 822 allowed two-digit years; RFC 1123 made them four. 70-99 are the 1900s.
  const year = rawYear!.length === 2 ? (Number(rawYear) < 70 ? 2000 : 1900) + Number(rawYear) : Number(rawYear);
  let offset = '';
  if (zone) {
    if (/^[+-]/.test(zone)) offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    else {
      const named = ZONES[zone.toLowerCase()];
      if (named === undefined) return undefined;
      offset = named;
    }
  }
  const pad = (n: string | number) => String(n).padStart(2, '0');
  return parseArticleDate(`${year}-${pad(month)}-${pad(day!)}T${pad(hour!)}:${minute}:${second ?? '00'}${offset}`)?.iso;
}

/** An ISO 8601 date or date-time (Atom, ninjs, `dc:date`) normalised, offset kept; `undefined` when it is not one. */
export function isoDate(text: string): string | undefined {
  return parseArticleDate(text.trim())?.iso;
}

/** `updated` when it is a time after `date` (a version sent later); `undefined` when it is missing, the same or earlier. */
export function laterDate(updated: string | undefined, date: string | undefined): string | undefined {
  const later = updated === undefined ? undefined : parseArticleDate(updated);
  if (!later) return undefined;
  const first = date === undefined ? undefined : parseArticleDate(date);
  return !first || later.epoch > first.epoch ? later.iso : undefined;
}

const htmlTree = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, newsSanitizeSchema).freeze();

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'figcaption']);

/** The readable text of an HTML fragment on one line (a title, caption or summary), sanitised as bodies are. */
export function htmlToPlainText(html: string): string {
  const tree = htmlTree.runSync(htmlTree.parse(html)) as Root;
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') parts.push((node as Text).value);
    // A block boundary is a word boundary: "<p>One</p><p>Two</p>" is "One Two", not "OneTwo".
    else if (node.type === 'element' && BLOCKS.has((node as Element).tagName)) parts.push(' ');
  });
  return collapse(parts.join(''));
}

/** Text with runs of white space made one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A plain-text body as Markdown: a paragraph per blank-line-separated block (lines within one joined), escaped as text. */
export function plainTextToMarkdown(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean);
  return paragraphs.length
    ? blocksToMarkdown(paragraphs.map((p) => ({ type: 'paragraph' as const, text: p }))).trim()
    : '';
}

/** The address when it is an absolute http(s) URL, else `undefined`. */
export function httpUrl(text: string | undefined): string | undefined {
  const value = text?.trim();
  return value && /^https?:\/\/[^/\s]/i.test(value) && URL.canParse(value) ? value : undefined;
}

/**
 * A story's public address from an item's identifier (a ninjs `uri`, a NewsML-G2 `guid`): the
 * identifier when it is an http(s) URL and not an API's or feed's address for the item (`api.`
 * hosts, `/api/`, `/ninjs/`, `/feeds/`, `/content/v2/` paths), which no reader can open.
 */
export function storyAddress(identifier: string | undefined): string | undefined {
  const url = httpUrl(identifier);
  if (!url) return undefined;
  const { hostname, pathname } = new URL(url);
  return /^api\./i.test(hostname) || /\/(?:api|ninjs|feeds?|content\/v\d+)\//i.test(pathname) ? undefined : url;
}

/** A language tag as the schema takes it (`en`, `ko`, `en-US`), from how feeds write them (`EN-us`, `en_US`); `undefined` when it is not one. */
export function languageTag(text: string | undefined): string | undefined {
  const [primary, ...rest] = (text ?? '').trim().replace(/_/g, '-').split('-');
  if (!primary) return undefined;
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

/** Names in order with blanks and repeats left out. */
export function uniqueNames(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.map((n) => collapse(n ?? '')).filter(Boolean))];
}

/** What a feed item gave, before it becomes a page. */
export interface FeedItem {
  fields: Partial<ArticleFields>;
  body: string;
  categories?: string[];
  notes?: string[];
}

/**
 * The item's result: its page with empty fields left out and a known source filled in from its
 * address, or an error when it has no title or no text (naming what was looked for).
 */
export function feedItemResult(
  kind: CollectionFormat,
  item: FeedItem,
  sources: readonly KnownSource[],
  where: { title: string; body: string },
): ItemResult {
  const fields: Partial<ArticleFields> = {};
  for (const [key, value] of Object.entries(item.fields) as [keyof ArticleFields, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value as object).every((v) => v === undefined)
    )
      continue;
    (fields as Record<string, unknown>)[key] = value;
  }
  if (!fields.title)
    return {
      error: `has no title: ${where.title} is missing or empty; give the item a headline in the source file and import it again`,
    };
  // Wire labels written into the headline ("(LEAD) Talks open") go to `label`, as for pasted wire copy,
  // so a story's versions share one headline and its file name does not start with "lead-".
  if (typeof fields.title === 'string' && fields.label === undefined) Object.assign(fields, splitLabel(fields.title));
  if (!item.body)
    return { error: `has no text: ${where.body}; an article needs a body, so add one or leave the item out` };
  if (fields.updated !== undefined && fields.updated === fields.date) delete fields.updated;
  if (fields.source === undefined && typeof fields.originalUrl === 'string') {
    const source = sourceForUrl(fields.originalUrl, sources);
    if (source) fields.source = source;
  }
  const page: CollectionPage = { kind, fields, body: item.body, notes: item.notes ?? [] };
  if (item.categories?.length) page.categories = item.categories;
  return { page };
}

/** One item's result, where a conversion that refuses the item (a body nested too deep, say) fails that item alone. */
export function itemOutcome(convert: () => ItemResult): ItemResult {
  try {
    return convert();
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    throw error;
  }
}

/**
 * The most text of a format read whole (JSON Feed, ninjs) the importer takes: the rest stream one
 * item at a time, but a JSON document is parsed at once, so its size is the import's memory.
 */
export const MAX_WHOLE_DOCUMENT = 64 * 1024 * 1024;

/** The whole text of an input read as one document, or undefined once it passes MAX_WHOLE_DOCUMENT (what is read so far dropped). */
export async function wholeDocument(input: InputText): Promise<string | undefined> {
  let all = '';
  for await (const chunk of input.chunks()) {
    if (all.length + chunk.length > MAX_WHOLE_DOCUMENT) return undefined;
    all += chunk;
  }
  return all.replace(/^\uFEFF/, '');
}

/** Why a document read whole was refused for its size, and what to do. */
export const documentTooLarge = (what: string, parts: string) =>
  `this ${what} is over ${MAX_WHOLE_DOCUMENT / 1024 / 1024} MiB of text, more than the importer reads at once (it parses a JSON document whole); nothing in it was imported. Split it into smaller files (${parts}) and import those`;

/** A JSON object, as the formats read whole (JSON Feed, ninjs) hand their items over. */
export type Json = Record<string, unknown>;

/** Whether a JSON value is an object (not null, not an array). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
