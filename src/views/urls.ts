/**
 * The one place that builds links. Every internal URL in the site comes from `createUrls`,
 * which alone knows the base path and that pages end in a slash.
 */
import type { EntityKind } from '../model/entity-kinds.ts';
import type { ArticleUrlParts } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Route parameters of an article page, matching `article()` below. */
export function articleRouteParams(a: ArticleUrlParts) {
  return { year: String(a.year), month: pad(a.month), day: pad(a.day), slug: a.slug };
}

/** Route parameters of an earlier version's page, matching `articleVersion()` below. */
export function versionRouteParams(a: ArticleUrlParts, number: number) {
  return { ...articleRouteParams(a), n: String(number) };
}

/** Route parameters of a month archive page, matching `archiveMonth()` below. */
export function monthRouteParams(year: number, month: number) {
  return { year: String(year), month: pad(month) };
}

/** Route parameters of a period page under `/articles/`: `{ year }`, `{ year, month }` or `{ year, month, day }`. */
export function periodRouteParams(year: number, month?: number, day?: number) {
  return {
    year: String(year),
    ...(month !== undefined && { month: pad(month) }),
    ...(day !== undefined && { day: pad(day) }),
  };
}

/** The fragment id of a day's heading on its month's page, `d20`: where a day's address leads (`articlesDay`). */
export const dayHeadingId = (day: number) => `d${day}`;

/** Normalises a base path to `/` or `/some/base/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Builds the site's URL helpers for one base path. `listingLanguage` is the folder of one
 * interface language's listings (`ko`: `/ko/`, `/ko/archive/`, `/ko/topics/<id>/`); stories, names
 * and files have one address in every language.
 */
export function createUrls(basePath: string, listingLanguage?: string) {
  const base = normaliseBase(basePath);
  /** A path under the base; `page` paths get a trailing slash, files keep their extension. */
  const path = (...segments: (string | number)[]): string => {
    const joined = segments.map((s) => encodeURIComponent(String(s))).join('/');
    if (!joined) return base;
    return /\.[a-z0-9]+$/i.test(joined) ? `${base}${joined}` : `${base}${joined}/`;
  };
  /** A listing's path, under its language's folder. */
  const listed = (...segments: (string | number)[]) =>
    path(...(listingLanguage ? [listingLanguage, ...segments] : segments));
  return {
    base,
    /** The folder of the listings these helpers link to: undefined for English's, at the root. */
    listingLanguage,
    home: () => listed(),
    article: (a: ArticleUrlParts) => path('articles', a.year, pad(a.month), pad(a.day), a.slug),
    /** A story's versions, each with what changed: `/articles/2016/01/20/<slug>/versions/`. */
    articleVersions: (a: ArticleUrlParts) => path('articles', a.year, pad(a.month), pad(a.day), a.slug, 'versions'),
    /** One earlier version of a story, in full: `/articles/2016/01/20/<slug>/versions/1/`. */
    articleVersion: (a: ArticleUrlParts, number: number) =>
      path('articles', a.year, pad(a.month), pad(a.day), a.slug, 'versions', number),
    // Later pages under page/: at 100,000 articles the archive has 5,000 pages, and /archive/2016/ is a year.
    archive: (page = 1) => (page <= 1 ? listed('archive') : listed('archive', 'page', page)),
    archiveYear: (year: number) => listed('archive', year),
    archiveMonth: (year: number, month: number) => listed('archive', year, pad(month)),
    /** The stories of a year, month or day at the address an article's URL is cut back to: `/articles/2016/01/`. */
    articlesYear: (year: number) => path('articles', year),
    articlesMonth: (year: number, month: number) => path('articles', year, pad(month)),
    /**
     * A day's stories: its heading on the month's page, `/articles/2016/01/#d20`. A page for each day
     * was a file for every two stories, which hosts count (docs/deploying.md); the 404 page sends a
     * day's address here (`movedDayAddress`).
     */
    articlesDay: (year: number, month: number, day: number) =>
      `${path('articles', year, pad(month))}#${dayHeadingId(day)}`,
    /** The index of sections, and one section's listing (`/sections/diplomacy/`, page 2 at `/sections/diplomacy/2/`). */
    sections: () => listed('sections'),
    section: (name: string, page = 1) =>
      page <= 1 ? listed('sections', slugify(name)) : listed('sections', slugify(name), page),
    sectionFeed: (name: string) => listed('sections', slugify(name), 'rss.xml'),
    sources: () => listed('sources'),
    /** A source's page of articles: page 1 at `/sources/yonhap/`, page 2 at `/sources/yonhap/2/`. */
    source: (id: string, page = 1) => (page <= 1 ? listed('sources', id) : listed('sources', id, page)),
    topics: () => listed('topics'),
    /** A topic's timeline, oldest first: page 1 at `/topics/sanctions/`, page 2 at `/topics/sanctions/2/`. */
    topic: (id: string, page = 1) => (page <= 1 ? listed('topics', id) : listed('topics', id, page)),
    /** The index of people, places, organizations or tags: `/people/`. */
    entityIndex: (kind: EntityKind) => path(kind),
    /**
     * The names of a kind under one initial, A–Z: `/people/a-z/k/`. Under a name's address, yet never
     * one of its pages: those are numbered (`/people/a-z/2/` is page 2 of a tag "A-Z"), initials are not.
     */
    entityInitial: (kind: EntityKind, segment: string) => path(kind, 'a-z', segment),
    /** One person, place, organization or tag: `/people/kim-jong-un/`, page 2 at `/people/kim-jong-un/2/`. */
    entity: (kind: EntityKind, name: string, page = 1) =>
      page <= 1 ? path(kind, slugify(name)) : path(kind, slugify(name), page),
    search: (query?: string) => (query ? `${listed('search')}?q=${encodeURIComponent(query)}` : listed('search')),
    /** Corrections and editor's notes, newest first: page 2 at `/corrections/2/`. */
    corrections: (page = 1) => (page <= 1 ? path('corrections') : path('corrections', page)),
    /** The site-wide RSS feed, and one per topic and per source, each in its language's folder. */
    feed: () => listed('rss.xml'),
    topicFeed: (id: string) => listed('topics', id, 'rss.xml'),
    sourceFeed: (id: string) => listed('sources', id, 'rss.xml'),
    /** A file in `public/` or the build output, such as `pagefind/pagefind.js`. */
    asset: (file: string) => `${base}${file.replace(/^\/+/, '')}`,
    /** An image or file named in front matter: root-relative paths are files in `public/`, under the base. */
    publicFile: (src: string) =>
      src.startsWith('/') && !src.startsWith('//') ? `${base}${src.replace(/^\/+/, '')}` : src,
    /** Turns a site path into an absolute URL on `site`. */
    absolute: (sitePath: string, site: string | URL) => new URL(sitePath, site).href,
  };
}

export type Urls = ReturnType<typeof createUrls>;

const inLanguage = new WeakMap<Urls, Map<string, Urls>>();

/**
 * The helpers of `urls`'s base path for the listings of interface language `lang`: English's at
 * the root, any other's under its folder (`/ko/`).
 */
export function listingUrls(urls: Urls, lang: string): Urls {
  const folder = lang === 'en' ? undefined : lang;
  if (folder === urls.listingLanguage) return urls;
  let byLang = inLanguage.get(urls);
  if (!byLang) inLanguage.set(urls, (byLang = new Map()));
  let other = byLang.get(lang);
  if (!other) byLang.set(lang, (other = createUrls(urls.base, folder)));
  return other;
}
