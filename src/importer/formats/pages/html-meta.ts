/**
 * What a saved page says about itself, from every place publishers put it for search engines and
 * analytics: the Article JSON-LD (inside arrays, `@graph` and `mainEntity` too), Open Graph and
 * `article:` tags, schema.org microdata (`itemprop`), Dublin Core (`dc.date`, `dcterms.created`),
 * Parse.ly (`parsely-pub-date`, `parsely-page`), Sailthru, `rel="author"` and the header's `<time>`.
 */
import { rfc822ToIso } from '../items/item-fields.ts';
import { parseArticleDate } from '../../../model/dates.ts';

type Json = Record<string, unknown>;

/** What the page says about itself, before Readability touches it. */
export interface PageMeta {
  title?: string | undefined;
  /** The publication date as ISO 8601, from the first place that gives a readable one. */
  published?: string | undefined;
  modified?: string | undefined;
  description?: string | undefined;
  /** The story's public address (JSON-LD `url`, `og:url`, canonical link). */
  url?: string | undefined;
  /** The page's canonical address without its fragment: the story's identity. */
  canonical?: string | undefined;
  authors: string[];
  siteName?: string | undefined;
  section?: string | undefined;
  rights?: string | undefined;
  language?: string | undefined;
  /** The page's share image (`og:image`, JSON-LD `image`), as given (not yet resolved). */
  image?: { src: string; alt?: string | undefined; caption?: string | undefined } | undefined;
  /** Whether the page calls itself an article (`og:type`, an Article JSON-LD). */
  saysArticle: boolean;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);
const isUrl = (v: string) => /^(?:https?:)?\/\//i.test(v);

/** Every `<meta>` value by its lower-cased `property`, `name` or `itemprop`, in page order. */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = text(el.getAttribute('content'));
    if (!content) continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const name = el.getAttribute(key)?.trim().toLowerCase();
      if (name) values.set(name, [...(values.get(name) ?? []), content]);
    }
  }
  return values;
}

/** The page's Article JSON-LD objects, looking inside arrays, `@graph` and nested objects (`mainEntity`). */
function articleLd(doc: Document, notes: string[]): Json | undefined {
  const found: Json[] = [];
  const types = (node: Json) =>
    [node['@type']]
      .flat()
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ''));
  const collect = (value: unknown, depth: number): void => {
    if (depth > 12) return;
    if (Array.isArray(value)) value.forEach((v) => collect(v, depth + 1));
    else if (value && typeof value === 'object') {
      const node = value as Json;
      if (types(node).some((t) => ARTICLE_TYPE.test(t))) found.push(node);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement'])
        if (node[key]) collect(node[key], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // CMSs wrap the JSON in CDATA or HTML comments for old browsers.
      collect(
        JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')),
        0,
      );
    } catch {
      notes.push('ignored a JSON-LD block in the page that is not valid JSON');
    }
  }
  return found[0];
}

/** Names of the people in a JSON-LD or Parse.ly `author`; organisations are the source, not a byline. */
function authorNames(author: unknown): string[] {
  return [author]
    .flat()
    .flatMap((a) => {
      if (typeof a === 'string') return [a];
      if (!a || typeof a !== 'object') return [];
      const node = a as Json;
      return [node['@type']].flat().includes('Organization') ? [] : [text(node.name) ?? ''];
    })
    .map((name) => name.trim())
    .filter((name) => name && !isUrl(name));
}

/** A JSON-LD `image`: a string, an ImageObject or a list of either; the first with an address. */
function ldImage(image: unknown): PageMeta['image'] {
  for (const item of [image].flat()) {
    if (typeof item === 'string' && text(item)) return { src: item.trim() };
    if (item && typeof item === 'object') {
      const node = item as Json;
      const src = text(node.url) ?? text(node.contentUrl);
      if (src) return { src, ...(text(node.caption) && { caption: text(node.caption) }) };
    }
  }
  return undefined;
}

/** A page date as ISO 8601: ISO as written, or the RFC 822 some CMSs use (`Tue, 05 Mar 2024 10:00:00 -0500`). */
function readDate(value: string): string | undefined {
  return parseArticleDate(value)?.iso ?? rfc822ToIso(value);
}

/** The first readable date of `candidates`; a note names the first one when none can be read. */
function firstDate(candidates: readonly (string | undefined)[], what: string, notes: string[]): string | undefined {
  const given = candidates.filter((c): c is string => Boolean(c?.trim())).map((c) => c.trim());
  for (const value of given) {
    const iso = readDate(value);
    if (iso) return iso;
  }
  if (given.length) notes.push(`the page's ${what} "${given[0]}" is not an ISO 8601 date; it was left out`);
  return undefined;
}

/** `url` absolute (against `base`) and without its fragment, when it is a web address. */
function pageAddress(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    parsed.hash = '';
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const OUTSIDE_STORY = 'nav, footer, aside';

/** Reads the page's metadata from every common place, JSON-LD first. */
export function readPageMeta(doc: Document, notes: string[]): PageMeta {
  const metas = metaValues(doc);
  const meta = (...names: string[]) => names.map((n) => metas.get(n)?.[0]).find(Boolean);
  const ld = articleLd(doc, notes);
  let parsely: Json = {};
  try {
    const raw = meta('parsely-page');
    if (raw) parsely = JSON.parse(raw) as Json;
  } catch {
    notes.push('ignored the page\'s "parsely-page" tag: it is not valid JSON');
  }
  const attr = (selector: string, ...names: string[]) => {
    for (const el of doc.querySelectorAll(selector)) {
      if (el.closest(OUTSIDE_STORY)) continue;
      const value = names.map((n) => text(el.getAttribute(n))).find(Boolean);
      if (value) return value;
    }
    return undefined;
  };

  const published = firstDate(
    [
      text(ld?.datePublished),
      text(ld?.dateCreated),
      meta(
        'article:published_time',
        'article:published',
        'og:article:published_time',
        'datepublished',
        'published_time',
      ),
      attr('[itemprop="datePublished"]', 'datetime', 'content'),
      meta('dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dc.date.created', 'dcterms.date'),
      meta('parsely-pub-date'),
      text(parsely.pub_date),
      meta('sailthru.date', 'pubdate', 'publish-date', 'date'),
      attr('time[pubdate], article header time[datetime], header time[datetime], article time[datetime]', 'datetime'),
    ],
    'publication date',
    notes,
  );
  const modified = firstDate(
    [
      text(ld?.dateModified),
      meta('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified'),
      attr('[itemprop="dateModified"]', 'datetime', 'content'),
    ],
    'update time',
    notes,
  );

  const relAuthors = [...doc.querySelectorAll('a[rel~="author"], [itemprop="author"]')]
    .filter((el) => !el.closest(OUTSIDE_STORY))
    .map((el) => el.querySelector('[itemprop="name"]') ?? el)
    .map((el) => text(el.getAttribute('content')) ?? text(el.textContent) ?? '');
  const authorLists = [
    authorNames(ld?.author),
    authorNames(parsely.authors ?? parsely.author),
    authorNames(metas.get('parsely-author') ?? []),
    authorNames(metas.get('author') ?? []),
    authorNames(metas.get('article:author') ?? []),
    authorNames(metas.get('sailthru.author') ?? []),
    authorNames(relAuthors),
  ];

  const ldUrl =
    text(ld?.url) ?? text(ld?.mainEntityOfPage) ?? text((ld?.mainEntityOfPage as Json | undefined)?.['@id']);
  const ogUrl = meta('og:url');
  const url = [ldUrl, ogUrl, doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim()].find(
    (u) => u && /^https?:\/\//.test(u),
  );
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  const canonical = pageAddress(canonicalHref, pageAddress(ogUrl)) ?? pageAddress(ogUrl);

  const metaImage = meta('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const image = metaImage
    ? {
        src: metaImage,
        ...(meta('og:image:alt', 'twitter:image:alt') && { alt: meta('og:image:alt', 'twitter:image:alt') }),
      }
    : (ldImage(ld?.image) ?? (text(parsely.image_url) ? { src: text(parsely.image_url)! } : undefined));

  return {
    title: text(ld?.headline) ?? meta('og:title') ?? text(parsely.title) ?? text(doc.title),
    published,
    modified,
    description: meta('og:description') ?? text(ld?.description) ?? meta('description'),
    url,
    canonical,
    authors: [...new Set(authorLists.find((list) => list.length) ?? [])],
    siteName: meta('og:site_name') ?? text((ld?.publisher as Json | undefined)?.name),
    section: text([ld?.articleSection].flat()[0]) ?? meta('article:section') ?? text(parsely.section),
    rights: text(ld?.copyrightNotice),
    language: text(ld?.inLanguage) ?? text(doc.documentElement.getAttribute('lang')),
    image,
    saysArticle: Boolean(ld) || /^article$/i.test(meta('og:type') ?? ''),
  };
}
