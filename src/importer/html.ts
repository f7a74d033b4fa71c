/**
 * Saved article pages (`.html`). The lead photo, the wire's `(ATTN: ...)` note and the page's
 * chrome (ads, share buttons, photo counters, `(END)`, related lists) are taken out first;
 * Mozilla Readability then finds the story, the sanitising converter turns it into Markdown,
 * and the front matter comes from the page's `<meta>` tags and its NewsArticle JSON-LD, which
 * publishers fill for search engines.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ArticleImage } from '../model/article.ts';
import { parseArticleDate } from '../model/dates.ts';
import { ImportError } from './errors.ts';
import { htmlBodyToMarkdown } from './html-body.ts';
import type { ArticleFields, ParseContext, ParsedPage } from './page.ts';
import { sourceForAgency, sourceForName, sourceForUrl } from './sources.ts';
import { matchDateline, splitCaptionCredit, splitLabel, type Dateline } from './wire-lines.ts';

const ARTICLE_TYPES = new Set(['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'Article', 'BlogPosting']);

/** Characters of text below which what Readability found is page furniture, not a story. */
const MIN_STORY_LENGTH = 100;

type Json = Record<string, unknown>;

/** What the page says about itself, before Readability touches it. */
interface PageMeta {
  title?: string | undefined;
  published?: string | undefined;
  modified?: string | undefined;
  description?: string | undefined;
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

  // A page address lets Readability and the lead photo turn relative links into absolute ones.
  const dom = new JSDOM(html, { virtualConsole: quiet(), ...(meta.url && { url: meta.url }) });
  const doc = dom.window.document;
  const lead = takeLeadFigure(doc, context, notes);
  const wireNote = takeWireNote(doc);
  const rights = meta.rights ?? takeRights(doc);
  removeChrome(doc);
  const article = new Readability(doc).parse();
  // Readability returns whatever scores best, even a menu; a story has at least a sentence or two.
  if (!article?.content || (article.textContent ?? '').trim().length < MIN_STORY_LENGTH) {
    throw new ImportError("found no article text in this page; save the article's own page (not a front page or a list), or paste its text into a .txt file");
  }
  const story = doc.createElement('div');
  story.innerHTML = article.content;
  const dateline = takeDateline(story);
  trimEnd(story);
  const body = htmlBodyToMarkdown(story.innerHTML);
  if (!body) throw new ImportError('the article in this page has no text; check that the page was saved completely');

  const fields: Partial<ArticleFields> = {};
  const siteName = meta.siteName ?? article.siteName ?? undefined;
  const rawTitle = meta.title ?? article.title ?? undefined;
  if (rawTitle) Object.assign(fields, splitLabel(stripSiteName(rawTitle, siteName)));

  const date = (value: string | undefined, what: string) => {
    if (!value) return undefined;
    const iso = parseArticleDate(value)?.iso;
    if (!iso) notes.push(`the page's ${what} "${value}" is not an ISO 8601 date; it was left out`);
    return iso;
  };
  const published = date(meta.published ?? article.publishedTime ?? undefined, 'publication date');
  if (published) fields.date = published;
  const modified = date(meta.modified, 'update time');
  if (modified && modified !== published) fields.updated = modified;
  if (meta.url) fields.originalUrl = meta.url;

  const authors = meta.authors.length ? meta.authors : article.byline ? [article.byline] : [];
  const byline = authors.map((a) => a.replace(/^By\s+/i, '').trim()).filter((a) => a && a.toLowerCase() !== siteName?.toLowerCase());
  if (byline.length) fields.byline = byline;
  if (dateline) fields.dateline = dateline.city;
  if (meta.section) fields.section = meta.section;

  const summary = meta.description && !isStoryOpening(meta.description, story.textContent ?? '') ? meta.description : undefined;
  if (summary) fields.summary = summary;
  else if (meta.description) notes.push("left out the page's description: it is the story's own opening words");
  if (wireNote) fields.editorNote = wireNote;
  if (lead.image) fields.image = lead.image;
  if (lead.gallery) fields.gallery = lead.gallery;
  if (rights) fields.rights = rights;
  const language = (meta.language ?? article.lang ?? '').trim();
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && !/^en\b/i.test(language)) {
    fields.language = language.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  }

  const source =
    (meta.url && sourceForUrl(meta.url, context.sources)) ||
    (siteName && sourceForName(siteName, context.sources)) ||
    (dateline?.agency && sourceForAgency(dateline.agency, context.sources));
  if (source) fields.source = source;

  return { kind: 'html', fields, body: `${body}\n`, notes };
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Elements that belong to the site around the story, never to it. */
const OUTSIDE_STORY = 'header, nav, footer, aside';
// Text of neighbouring elements runs together (`WirePhoto 2 of 3Paragraph`), so no \b here.
const PHOTO_COUNT = /Photo (\d{1,3}) of (\d{1,3})(?!\d)/i;

/** The lead photo (with caption, credit and its place in a gallery), taken out of the page so the body does not repeat it. */
function takeLeadFigure(doc: Document, context: ParseContext, notes: string[]): { image?: ArticleImage; gallery?: ArticleImage[] } {
  // The lead photo comes before the story: a figure after its first real paragraph is an inline one.
  const firstParagraph = [...doc.querySelectorAll('p')].find((p) => !p.closest(`figure, ${OUTSIDE_STORY}`) && squash(p.textContent).length >= 80);
  const figure = [...doc.querySelectorAll('figure')].find(
    (f) => f.querySelector('img') && !f.closest(OUTSIDE_STORY) && !(firstParagraph && firstParagraph.compareDocumentPosition(f) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING),
  );
  if (!figure) return {};
  const img = figure.querySelector('img')!;
  const raw = img.getAttribute('src') || img.getAttribute('data-src') || img.getAttribute('srcset')?.split(/\s/)[0] || '';
  let src: string | undefined;
  try {
    src = raw ? new URL(raw, doc.baseURI).href : undefined;
  } catch {
    src = undefined;
  }
  if (raw && !(src && /^https?:\/\//.test(src))) {
    notes.push(`left out the lead photo's address "${raw}": save the page with its address, or add the photo's http(s) URL by hand`);
    src = undefined;
  }

  // The count may sit in the figure or in the carousel around it.
  const holder = figure.parentElement ?? figure;
  const count = PHOTO_COUNT.exec(squash(holder.textContent));
  const creditElement = figure.querySelector('figcaption [class*="credit" i], figcaption [itemprop="copyrightHolder"], [class*="credit" i]');
  const credit = squash(creditElement?.textContent) || undefined;
  creditElement?.remove();
  const caption = squash(figure.querySelector('figcaption')?.textContent).replace(PHOTO_COUNT, '').trim();
  const split = credit ? undefined : splitCaptionCredit(caption, context.sources);
  const image: ArticleImage = {
    ...(src && { src }),
    ...(squash(img.getAttribute('alt')) && { alt: squash(img.getAttribute('alt')) }),
    ...((split?.caption ?? caption) && { caption: split?.caption ?? caption }),
    ...((credit ?? split?.credit) && { credit: credit ?? split?.credit }),
  };
  figure.remove();
  for (const el of holder.querySelectorAll('*')) if (PHOTO_COUNT.test(squash(el.textContent)) && squash(el.textContent).length < 40) el.remove();

  const position = Number(count?.[1]);
  const total = Number(count?.[2]);
  const gallery = total > 1 && position >= 1 && position <= total ? Array.from({ length: total }, (_, i) => (i === position - 1 ? { ...image } : {})) : undefined;
  return { image, ...(gallery && { gallery }) };
}

/** The wire service's note to editors, `(ATTN: ...)`, taken out of the story. */
function takeWireNote(doc: Document): string | undefined {
  const note = [...doc.querySelectorAll('p, div, span')].find((el) => /^\(ATTN:[\s\S]*\)$/.test(squash(el.textContent)) && !el.querySelector('p, div'));
  if (!note) return undefined;
  const text = squash(note.textContent).replace(/^\(ATTN:\s*/, '').replace(/\)$/, '').trim();
  note.remove();
  return text || undefined;
}

const RIGHTS = /^(?:Copyright\b|©)/i;

/** A copyright line within the story (not the site's footer), taken out of it: it is the article's rights statement. */
function takeRights(doc: Document): string | undefined {
  const line = [...doc.querySelectorAll('p, div, span, small')].find((el) => RIGHTS.test(squash(el.textContent)) && squash(el.textContent).length < 300 && !el.querySelector('p, div') && !el.closest(OUTSIDE_STORY));
  const text = squash(line?.textContent) || undefined;
  line?.remove();
  return text;
}

const AD_CLASS = /^(?:ad|ads|advert\w*|ad[-_]\w+|ads[-_]\w+|dfp\w*|google[-_]?ad\w*)$/i;
const SHARE_CLASS = /share|social/i;
const RELATED_CLASS = /related|more[-_]?stories|most[-_]?(?:viewed|read|popular)|recommend|read[-_]?more|also[-_]?read|popular/i;
const RELATED_HEADING = /^(?:related(?: (?:articles|stories|news|coverage|content))?|more (?:stories|news|from \S.*)|read more|see also|most (?:viewed|read|popular)|latest news)$/i;
const CHROME_TEXT = /^(?:advertisement|ad|share(?: this(?: article| story)?)?|\(END\))$/i;

/** Takes out what a page puts around and inside a story that is not the story: ads, share buttons, counters, `(END)`, related lists. */
function removeChrome(doc: Document): void {
  const classes = (el: Element) => [...el.classList, el.id].filter(Boolean);
  const pageLength = squash(doc.body.textContent).length;
  for (const el of [...doc.body.querySelectorAll('*')]) {
    if (!el.isConnected) continue;
    const text = squash(el.textContent);
    const tokens = classes(el);
    // A class name is only a hint: a wrapper holding most of the page's text is the story, whatever it is called.
    const small = text.length < pageLength * 0.4;
    if (
      el.matches('button, form, [role="button"], [aria-label*="share" i]') ||
      (small && tokens.some((t) => AD_CLASS.test(t) || SHARE_CLASS.test(t) || RELATED_CLASS.test(t))) ||
      CHROME_TEXT.test(text) ||
      (PHOTO_COUNT.test(text) && text.length < 40 && !el.querySelector('p'))
    ) {
      el.remove();
    } else if (el.matches('h2, h3, h4, h5, strong, p') && RELATED_HEADING.test(text)) {
      const list = el.nextElementSibling;
      if (list?.matches('ul, ol, div')) list.remove();
      el.remove();
    }
  }
}

/** A story's last paragraph may end with the wire's sign-off itself: `... the peninsula. (END)`. */
function trimEnd(story: Element): void {
  const last = [...story.querySelectorAll('p')].reverse().find((p) => squash(p.textContent));
  const lastText = last && [...textNodes(last)].reverse().find((n) => squash(n.data));
  if (lastText) lastText.data = lastText.data.replace(/\s*\(END\)\s*$/, '');
}

function* textNodes(root: Node): Generator<Text> {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/** The dateline opening the first paragraph (`SEOUL, March 3 (Yonhap) -- `), cut from it; the page shows it in the header. */
function takeDateline(story: Element): Dateline | undefined {
  const first = [...story.querySelectorAll('p')].find((p) => squash(p.textContent));
  if (!first) return undefined;
  const text = (first.textContent ?? '').replace(/^\s+/, '');
  const dateline = matchDateline(text);
  if (!dateline) return undefined;
  // The dateline ends at its dash: a city or date never holds a dash between spaces.
  let cut = (first.textContent ?? '').length - text.length + /^.*?\s(?:--|—|–|-)\s+/.exec(text)![0].length;
  for (const node of textNodes(first)) {
    const take = Math.min(cut, node.data.length);
    node.data = node.data.slice(take);
    cut -= take;
    if (!cut) break;
  }
  return dateline;
}

/** Whether a page description is only the story's opening words (as Yonhap's are), cut short. */
function isStoryOpening(description: string, story: string): boolean {
  const words = (text: string) => squash(text).replace(/^.*?\s(?:--|—|–)\s+/, '').replace(/(?:\.\.\.|…)$/, '').trim().toLowerCase();
  const opening = words(description);
  return opening.length > 0 && words(story).startsWith(opening);
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
    modified: text(ld?.dateModified) ?? meta('meta[property="article:modified_time"]') ?? meta('meta[property="og:updated_time"]'),
    description: meta('meta[property="og:description"]') ?? text(ld?.description) ?? meta('meta[name="description"]'),
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
