/**
 * Saved article pages (`.html`). Mozilla Readability finds the story in the page, rehype-remark
 * turns it into Markdown, and the front matter comes from the page's `<meta>` tags and its
 * NewsArticle JSON-LD, which publishers fill for search engines.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parseArticleDate } from '../model/dates.ts';
import { ImportError } from './errors.ts';
import { stringifyOptions } from './markdown.ts';
import type { ArticleFields, ParseContext, ParsedPage } from './page.ts';
import { sourceForAgency, sourceForName, sourceForUrl } from './sources.ts';
import { matchDateline, splitLabel } from './wire-lines.ts';

const ARTICLE_TYPES = new Set(['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'Article', 'BlogPosting']);

/** Characters of text below which what Readability found is page furniture, not a story. */
const MIN_STORY_LENGTH = 100;

type Json = Record<string, unknown>;

/** What the page says about itself, before Readability touches it. */
interface PageMeta {
  title?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  authors: string[];
  siteName?: string | undefined;
  section?: string | undefined;
  rights?: string | undefined;
  language?: string | undefined;
}

/** Reads a saved article page. */
export function parseHtml(html: string, context: ParseContext): ParsedPage {
  const notes: string[] = [];
  const quiet = () => new VirtualConsole();
  const meta = readMeta(new JSDOM(html, { virtualConsole: quiet() }).window.document, notes);

  // A page address lets Readability turn relative links into absolute ones.
  const dom = new JSDOM(html, { virtualConsole: quiet(), ...(meta.url && { url: meta.url }) });
  const article = new Readability(dom.window.document).parse();
  // Readability returns whatever scores best, even a menu; a story has at least a sentence or two.
  if (!article?.content || (article.textContent ?? '').trim().length < MIN_STORY_LENGTH) {
    throw new ImportError("found no article text in this page; save the article's own page (not a front page or a list), or paste its text into a .txt file");
  }
  const body = String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeRemark)
      .use(remarkGfm)
      .use(remarkStringify, stringifyOptions)
      .processSync(article.content),
  ).trim();
  if (!body) throw new ImportError('the article in this page has no text; check that the page was saved completely');

  const fields: Partial<ArticleFields> = {};
  const siteName = meta.siteName ?? article.siteName ?? undefined;
  const rawTitle = meta.title ?? article.title ?? undefined;
  if (rawTitle) Object.assign(fields, splitLabel(stripSiteName(rawTitle, siteName)));

  const published = meta.published ?? article.publishedTime ?? undefined;
  if (published) {
    const iso = parseArticleDate(published)?.iso;
    if (iso) fields.date = iso;
    else notes.push(`the page's publication date "${published}" is not an ISO 8601 date; it was left out`);
  }
  if (meta.url) fields.originalUrl = meta.url;

  const authors = meta.authors.length ? meta.authors : article.byline ? [article.byline] : [];
  const byline = authors.map((a) => a.replace(/^By\s+/i, '').trim()).filter((a) => a && a.toLowerCase() !== siteName?.toLowerCase());
  if (byline.length) fields.byline = byline;
  if (meta.section) fields.section = meta.section;
  if (meta.rights) fields.rights = meta.rights;
  const language = (meta.language ?? article.lang ?? '').trim();
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && !/^en\b/i.test(language)) {
    fields.language = language.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  }

  const firstParagraph = body.split('\n').find((line) => line.trim()) ?? '';
  const dateline = matchDateline(firstParagraph);
  if (dateline) fields.dateline = dateline.city;
  const source =
    (meta.url && sourceForUrl(meta.url, context.sources)) ||
    (siteName && sourceForName(siteName, context.sources)) ||
    (dateline?.agency && sourceForAgency(dateline.agency, context.sources));
  if (source) fields.source = source;

  return { kind: 'html', fields, body: `${body}\n`, notes };
}

function readMeta(doc: Document, notes: string[]): PageMeta {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = findArticleLd(doc, notes);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const first = (v: unknown) => text(Array.isArray(v) ? v[0] : v);
  const ldUrl = text(ld?.url) ?? text(ld?.mainEntityOfPage) ?? text((ld?.mainEntityOfPage as Json | undefined)?.['@id']);
  const url = [ldUrl, meta('meta[property="og:url"]'), doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim()]
    .find((u) => u && /^https?:\/\//.test(u));
  return {
    title: text(ld?.headline) ?? meta('meta[property="og:title"]') ?? text(doc.title),
    published: text(ld?.datePublished) ?? meta('meta[property="article:published_time"]'),
    url,
    authors: ldAuthors(ld?.author) ?? [meta('meta[name="author"]')].filter((a): a is string => Boolean(a)),
    siteName: meta('meta[property="og:site_name"]') ?? text((ld?.publisher as Json | undefined)?.name),
    section: first(ld?.articleSection) ?? meta('meta[property="article:section"]'),
    rights: text(ld?.copyrightNotice),
    language: text(ld?.inLanguage) ?? text(doc.documentElement.getAttribute('lang')),
  };
}

/** The page's NewsArticle (or Article) JSON-LD object, looking inside arrays and `@graph`. */
function findArticleLd(doc: Document, notes: string[]): Json | undefined {
  const candidates: Json[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const node = value as Json;
      candidates.push(node);
      if (node['@graph']) collect(node['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      notes.push('ignored a JSON-LD block in the page that is not valid JSON');
    }
  }
  const types = (node: Json) => [node['@type']].flat().filter((t): t is string => typeof t === 'string');
  return candidates.find((node) => types(node).some((t) => ARTICLE_TYPES.has(t)));
}

/** Names of the people in a JSON-LD `author`; organisations are the source, not a byline. */
function ldAuthors(author: unknown): string[] | undefined {
  const list = [author].flat().filter(Boolean);
  if (!list.length) return undefined;
  const names = list.flatMap((a) => {
    if (typeof a === 'string') return [a.trim()];
    const node = a as Json;
    return [node['@type']].flat().includes('Organization') || typeof node.name !== 'string' ? [] : [node.name.trim()];
  });
  const people = names.filter(Boolean);
  return people.length ? people : undefined;
}

/** `Headline | Yonhap News Agency` → `Headline`. */
function stripSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title.trim();
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|\\-–—:]\\s+${escaped}\\s*$`, 'i'), '').trim();
}
