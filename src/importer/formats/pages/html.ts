/**
 * Saved article pages (`.html`). The lead photo, the wire's `(ATTN: ...)` note and the page's
 * chrome (ads, share buttons, photo counters, `(END)`, related lists) are taken out first;
 * Mozilla Readability then finds the story, the sanitising converter turns it into Markdown,
 * and the front matter comes from the page's `<meta>` tags and its NewsArticle JSON-LD, which
 * publishers fill for search engines.
 */
import { Readability } from '@mozilla/readability';
import { createRequire } from 'node:module';
import type { ArticleImage } from '../../../model/article.ts';
import { bestImageSource, isDisguisedHost, parseSrcset } from '../body/body-urls.ts';
import { ImportError } from '../../errors.ts';
import { htmlBodyToMarkdown } from '../body/html-body.ts';
import { assertHtmlDepth } from '../body/html-depth.ts';
import { readPageMeta, type PageMeta } from './html-meta.ts';
import { notAnArticle, sectionFront } from './html-not-article.ts';
import { isChromeLine, isRightsLine } from './page-chrome.ts';
import type { ArticleFields, ParseContext, ParsedPage } from '../../types.ts';
import { sourceForAgency, sourceForName, sourceForUrl } from '../../sources.ts';
import { isEmailLine, matchDateline, splitCaptionCredit, splitLabel, type Dateline } from '../text/wire-lines.ts';
import { isKoreanRelatedHeading, matchKoreanDateline } from '../text/korean-wire-lines.ts';

// jsdom is by far the heaviest module the importer loads; a feed or an export never needs it, so it comes with the first saved page.
let jsdom: typeof import('jsdom') | undefined;
const loadJsdom = () => (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom'));

/** Characters of text below which what Readability found is page furniture, not a story. */
const MIN_STORY_LENGTH = 100;

/** Reads a saved article page; refuses a page that is no article (a redirect stub, an error page, a section front). */
export function parseHtml(html: string, context: ParseContext): ParsedPage {
  assertHtmlDepth(html, 'this page');
  const notes: string[] = [];
  const { JSDOM, VirtualConsole } = loadJsdom();
  const quiet = () => new VirtualConsole();
  const page = new JSDOM(html, { virtualConsole: quiet() }).window.document;
  const refusal = notAnArticle(page);
  if (refusal) throw new ImportError(refusal);
  const meta = readPageMeta(page, notes);
  const address = meta.canonical ?? meta.url;

  // A page address lets Readability and the lead photo turn relative links into absolute ones.
  const dom = new JSDOM(html, { virtualConsole: quiet(), ...(address && { url: address }) });
  const doc = dom.window.document;
  dropDisguisedHosts(doc);
  const lead = takeLeadFigure(doc, context, notes);
  const wireNote = takeWireNote(doc);
  const rights = takeRights(doc, meta.rights);
  removeChrome(doc);
  const article = new Readability(doc).parse();
  // Readability returns whatever scores best, even a menu; a story has at least a sentence or two.
  if (!article?.content || (article.textContent ?? '').trim().length < MIN_STORY_LENGTH) {
    throw new ImportError(
      sectionFront(page, undefined, meta.saysArticle) ??
        "found no article text in this page; save the article's own page (not a front page or a list), or paste its text into a .txt file",
    );
  }
  const story = doc.createElement('div');
  story.innerHTML = article.content;
  const front = sectionFront(page, story, meta.saysArticle);
  if (front) throw new ImportError(front);
  const subheads = takeKoreanSubheads(story);
  const dateline = takeDateline(story);
  trimEnd(story);

  const fields: Partial<ArticleFields> = {};
  const siteName = meta.siteName ?? article.siteName ?? undefined;
  const rawTitle = meta.title ?? article.title ?? undefined;
  if (rawTitle) Object.assign(fields, splitLabel(stripSiteName(rawTitle, siteName)));
  const body = htmlBodyToMarkdown(story.innerHTML, { baseUrl: address, headline: fields.title });
  if (!body) throw new ImportError('the article in this page has no text; check that the page was saved completely');

  // Readability's own date comes from the same tags the page metadata has read.
  const published = meta.published;
  if (published) fields.date = published;
  if (meta.modified && meta.modified !== published) fields.updated = meta.modified;
  if (meta.url) fields.originalUrl = meta.url;
  if (meta.canonical) fields.importId = meta.canonical;

  const authors = meta.authors.length ? meta.authors : article.byline ? [article.byline] : [];
  const byline = authors
    .map((a) => a.replace(/^By\s+/i, '').trim())
    .filter((a) => a && a.toLowerCase() !== siteName?.toLowerCase());
  if (byline.length) fields.byline = [...new Set(byline)];
  else if (dateline?.byline) fields.byline = dateline.byline;
  if (dateline) fields.dateline = dateline.city;
  if (meta.section) fields.section = meta.section;

  const summary =
    meta.description && !isStoryOpening(meta.description, story.textContent ?? '') ? meta.description : undefined;
  if (summary) fields.summary = summary;
  else if (meta.description) notes.push("left out the page's description: it is the story's own opening words");
  if (subheads.length) {
    fields.summary ??= subheads.join(' / ');
    notes.push(
      `took the subheadline(s) above the story out of the body${summary ? '' : ' as the summary'}: ${subheads.map((h) => JSON.stringify(h)).join(', ')}`,
    );
  }
  if (wireNote) fields.editorNote = wireNote;
  const image = lead.image ?? shareImage(meta.image, address, story);
  if (image) fields.image = image;
  if (lead.gallery) fields.gallery = lead.gallery;
  if (rights) fields.rights = rights;
  const language = (meta.language ?? article.lang ?? '').trim();
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && !/^en\b/i.test(language)) {
    fields.language = language.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  } else if (!language && dateline?.byline !== undefined) {
    // A Korean dateline (`(서울=연합뉴스) … 기자 =`) says the language when the page does not.
    fields.language = 'ko';
  }

  const source =
    (meta.url && sourceForUrl(meta.url, context.sources)) ||
    (siteName && sourceForName(siteName, context.sources)) ||
    (dateline?.agency && sourceForAgency(dateline.agency, context.sources));
  if (source) fields.source = source;

  return { kind: 'html', fields, body: `${body}\n`, notes };
}

/** The page's share image as the article's photo, when the story does not already show it. */
function shareImage(image: PageMeta['image'], base: string | undefined, story: Element): ArticleImage | undefined {
  if (!image || isDisguisedHost(image.src)) return undefined;
  let src: string;
  try {
    src = new URL(image.src, base).href;
  } catch {
    return undefined;
  }
  if (!/^https?:\/\//.test(src)) return undefined;
  const path = new URL(src).pathname;
  if ([...story.querySelectorAll('img')].some((img) => (img.getAttribute('src') ?? '').includes(path)))
    return undefined;
  return { src, ...(image.alt && { alt: image.alt }), ...(image.caption && { caption: image.caption }) };
}

/** Addresses that only pretend to be on the site (`/\\evil.example`): removed before Readability makes them absolute. */
function dropDisguisedHosts(doc: Document): void {
  for (const el of doc.querySelectorAll('[href], [src], [srcset], [data-src], [data-srcset]')) {
    for (const name of ['href', 'src', 'data-src'])
      if (isDisguisedHost(el.getAttribute(name) ?? '')) el.removeAttribute(name);
    for (const name of ['srcset', 'data-srcset']) {
      const value = el.getAttribute(name);
      if (value && parseSrcset(value).some((c) => isDisguisedHost(c.url))) el.removeAttribute(name);
    }
  }
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Elements that belong to the site around the story, never to it. */
const OUTSIDE_STORY = 'header, nav, footer, aside';
// Text of neighbouring elements runs together (`WirePhoto 2 of 3Paragraph`), so no \b here.
const PHOTO_COUNT = /Photo (\d{1,3}) of (\d{1,3})(?!\d)/i;

/** The lead photo (with caption, credit and its place in a gallery), taken out of the page so the body does not repeat it. */
function takeLeadFigure(
  doc: Document,
  context: ParseContext,
  notes: string[],
): { image?: ArticleImage; gallery?: ArticleImage[] } {
  // The lead photo comes before the story: a figure after its first real paragraph is an inline one.
  const firstParagraph = [...doc.querySelectorAll('p')].find(
    (p) => !p.closest(`figure, ${OUTSIDE_STORY}`) && squash(p.textContent).length >= 80,
  );
  const figure = [...doc.querySelectorAll('figure')].find(
    (f) =>
      f.querySelector('img') &&
      !f.closest(OUTSIDE_STORY) &&
      !(
        firstParagraph && firstParagraph.compareDocumentPosition(f) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING
      ),
  );
  if (!figure) return {};
  const img = figure.querySelector('img')!;
  const raw =
    bestImageSource({
      src: img.getAttribute('src'),
      lazy: ['data-src', 'data-lazy-src', 'data-original'].map((name) => img.getAttribute(name)),
      srcsets: [img, ...(img.closest('picture')?.querySelectorAll('source') ?? [])].flatMap((el) => [
        el.getAttribute('srcset'),
        el.getAttribute('data-srcset'),
      ]),
    }) ?? '';
  let src: string | undefined;
  try {
    src = raw ? new URL(raw, doc.baseURI).href : undefined;
  } catch {
    src = undefined;
  }
  if (raw && !(src && /^https?:\/\//.test(src))) {
    notes.push(
      `left out the lead photo's address "${raw}": save the page with its address, or add the photo's http(s) URL by hand`,
    );
    src = undefined;
  }

  // The count may sit in the figure or in the carousel around it.
  const holder = figure.parentElement ?? figure;
  const count = PHOTO_COUNT.exec(squash(holder.textContent));
  const creditElement = figure.querySelector(
    'figcaption [class*="credit" i], figcaption [itemprop="copyrightHolder"], [class*="credit" i]',
  );
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
  for (const el of holder.querySelectorAll('*'))
    if (PHOTO_COUNT.test(squash(el.textContent)) && squash(el.textContent).length < 40) el.remove();

  const position = Number(count?.[1]);
  const total = Number(count?.[2]);
  const gallery =
    total > 1 && position >= 1 && position <= total
      ? Array.from({ length: total }, (_, i) => (i === position - 1 ? { ...image } : {}))
      : undefined;
  return { image, ...(gallery && { gallery }) };
}

/** The wire service's note to editors, `(ATTN: ...)`, taken out of the story. */
function takeWireNote(doc: Document): string | undefined {
  const note = [...doc.querySelectorAll('p, div, span')].find(
    (el) => /^\(ATTN:[\s\S]*\)$/.test(squash(el.textContent)) && !el.querySelector('p, div'),
  );
  if (!note) return undefined;
  const text = squash(note.textContent)
    .replace(/^\(ATTN:\s*/, '')
    .replace(/\)$/, '')
    .trim();
  note.remove();
  return text || undefined;
}

/**
 * Copyright lines, taken out of the page wherever they are; the first within the story (not the
 * site's footer) is the article's rights statement unless the page's metadata gives one.
 */
function takeRights(doc: Document, given: string | undefined): string | undefined {
  const lines = [...doc.querySelectorAll('p, div, span, small')].filter(
    (el) => isRightsLine(squash(el.textContent)) && !el.querySelector('p, div'),
  );
  const own = lines.find((el) => !el.closest(OUTSIDE_STORY));
  const text = given ?? (squash(own?.textContent) || undefined);
  for (const line of lines) line.remove();
  return text;
}

const AD_CLASS = /^(?:ad|ads|advert\w*|ad[-_]\w+|ads[-_]\w+|dfp\w*|google[-_]?ad\w*)$/i;
const SHARE_CLASS = /share|social/i;
const RELATED_CLASS =
  /related|more[-_]?stories|most[-_]?(?:viewed|read|popular)|recommend|read[-_]?more|also[-_]?read|popular/i;
const RELATED_HEADING =
  /^(?:related(?: (?:articles|stories|news|coverage|content))?|more (?:stories|news|from \S.*)|read more|see also|most (?:viewed|read|popular)|latest news)$/i;
/** A related-news heading, in English or Korean (`관련 뉴스`). */
const isRelatedHeading = (text: string) => RELATED_HEADING.test(text) || isKoreanRelatedHeading(text);

/** Takes out what a page puts around and inside a story that is not the story: ads, share buttons, counters, chrome lines (page-chrome.ts), related lists. */
function removeChrome(doc: Document): void {
  const classes = (el: Element) => [...el.classList, el.id].filter(Boolean);
  const pageLength = squash(doc.body.textContent).length;
  for (const el of [...doc.body.querySelectorAll('*')]) {
    if (!el.isConnected) continue;
    const text = squash(el.textContent);
    const tokens = classes(el);
    // A class name is only a hint: a wrapper holding most of the page's text is the story, whatever it is called.
    const small = text.length < pageLength * 0.4;
    if (el.matches('h2, h3, h4, h5, strong, p') && isRelatedHeading(text)) {
      // A "Related stories" heading takes the list under it along.
      const list = el.nextElementSibling;
      if (list?.matches('ul, ol, div')) list.remove();
      el.remove();
    } else if (
      el.matches('button, form, [role="button"], [aria-label*="share" i]') ||
      (small && tokens.some((t) => AD_CLASS.test(t) || SHARE_CLASS.test(t) || RELATED_CLASS.test(t))) ||
      isChromeLine(text) ||
      // The reporter's e-mail under a story (`gildong@yna.co.kr`) is a sign-off paragraph; inside a sentence it stays.
      (el.matches('p') && isEmailLine(text)) ||
      (PHOTO_COUNT.test(text) && text.length < 40 && !el.querySelector('p'))
    ) {
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

/**
 * A Korean wire story's subheadlines: the headings above its `(서울=연합뉴스) … =` paragraph, as
 * Yonhap prints them under the headline, taken out of the body (they are the story's summary, not its text).
 */
function takeKoreanSubheads(story: Element): string[] {
  const first = [...story.querySelectorAll('p')].find((p) => squash(p.textContent));
  if (!first || !matchKoreanDateline(squash(first.textContent))) return [];
  const before = (el: Element) => Boolean(el.compareDocumentPosition(first) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
  const heads = [...story.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => before(h) && squash(h.textContent));
  for (const head of heads) head.remove();
  return heads.map((h) => squash(h.textContent));
}

/**
 * The dateline opening the first paragraph (`SEOUL, March 3 (Yonhap) -- `, `(서울=연합뉴스) 홍길동 기자 = `),
 * cut from it; the page shows it (and a Korean one's reporters) in the header.
 */
function takeDateline(story: Element): Dateline | undefined {
  const first = [...story.querySelectorAll('p')].find((p) => squash(p.textContent));
  if (!first) return undefined;
  const text = (first.textContent ?? '').replace(/^\s+/, '');
  const dateline = matchDateline(text);
  if (!dateline) return undefined;
  let cut = (first.textContent ?? '').length - text.length + dateline.length;
  for (const node of textNodes(first)) {
    const take = Math.min(cut, node.data.length);
    node.data = node.data.slice(take);
    cut -= take;
    if (!cut) break;
  }
  return dateline;
}

/** Whether a page description is only the story's opening words (as Yonhap's are, with their dateline), cut short. */
function isStoryOpening(description: string, story: string): boolean {
  const withoutDateline = (text: string) => {
    const korean = matchKoreanDateline(text);
    return korean ? text.slice(korean.length) : text.replace(/^.*?\s(?:--|—|–)\s+/, '');
  };
  const words = (text: string) =>
    withoutDateline(squash(text))
      .replace(/(?:\.\.\.|…)$/, '')
      .trim()
      .toLowerCase();
  const opening = words(description);
  return opening.length > 0 && words(story).startsWith(opening);
}

/** `Headline | Yonhap News Agency` → `Headline`. */
function stripSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title.trim();
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|\\-–—:]\\s+${escaped}\\s*$`, 'i'), '').trim();
}
