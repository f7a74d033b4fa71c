import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/importer/html.ts';
import { describeFixtures, SOURCES } from './fixtures.ts';

/** Paragraphs inside a story container that are the wire's or the page's, not the story's. */
const NOT_STORY = /^(?:\(ATTN:.*\)|\(END\)|Advertisement)$/;

/**
 * The story of a saved page as its layout shows it: the paragraphs of the story container, without
 * the wire's note or sign-off, and the first without its dateline (the article header shows that).
 */
function storyParagraphs(bytes: Buffer): string[] {
  const doc = new JSDOM(bytes.toString('utf8')).window.document;
  const paragraphs = [...doc.querySelectorAll('.story-news > p, .story-body > p, .RichTextStoryBody > p')]
    .map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((text) => !NOT_STORY.test(text));
  paragraphs[0] = paragraphs[0]!.replace(/^[A-Z][A-Z ]+(?:, [\w. ]+)? (?:\([A-Za-z]+\) )?(?:--|—|–) /, '');
  paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.replace(/ \(END\)$/, '');
  return paragraphs;
}

const CHROME = /Most Viewed|Another story|Subscribe|Log in|Sign up|analytics|Copyright|©|Go to Contents|Advertisement|Photo \d+ of|\(END\)|\(ATTN|Related Articles|More stories|Facebook|Copy URL|SEOUL, (?:March|South)/;
describeFixtures('html', 'saved page', storyParagraphs, CHROME);

describe('parseHtml', () => {
  const context = { sources: SOURCES };
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a story long enough for the extractor to see it as the article on this page, with several clauses.</p>`).join('');
  const page = (head: string, body = `<article>${paragraphs}</article>`) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('prefers the NewsArticle JSON-LD to the meta tags, looking inside @graph', () => {
    const ld = { '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'From JSON-LD', datePublished: '2019-06-30T15:45:00+09:00', author: { '@type': 'Organization', name: 'Wire' } }] };
    const { fields } = parseHtml(page(`<meta property="og:title" content="From meta"><script type="application/ld+json">${JSON.stringify(ld)}</script>`), context);
    expect(fields).toMatchObject({ title: 'From JSON-LD', date: '2019-06-30T15:45:00+09:00' });
    expect(fields.byline).toBeUndefined();
  });

  it('names the source from the page address, the site name or the dateline', () => {
    const byUrl = parseHtml(page('<meta property="og:url" content="https://www.apnews.com/article/x">'), context);
    expect(byUrl.fields.source).toBe('ap');
    const byName = parseHtml(page('<meta property="og:site_name" content="Yonhap">'), context);
    expect(byName.fields.source).toBe('yonhap');
    const byDateline = parseHtml(page('', `<article><p>SEOUL, South Korea (AP) — It happened.</p>${paragraphs}</article>`), context);
    expect(byDateline.fields).toMatchObject({ source: 'ap', dateline: 'SEOUL' });
  });

  it('drops the site name from a title and notes a date it cannot read', () => {
    const { fields, notes } = parseHtml(page('<title>Talks end | The Test Paper</title><meta property="og:site_name" content="The Test Paper"><meta property="article:published_time" content="last Tuesday">'), context);
    expect(fields.title).toBe('Talks end');
    expect(fields.date).toBeUndefined();
    expect(notes).toEqual(['the page\'s publication date "last Tuesday" is not an ISO 8601 date; it was left out']);
  });

  it('refuses a page with no article in it', () => {
    expect(() => parseHtml(page('<title>Front page</title>', '<nav><a href="/">Home</a></nav>'), context)).toThrow(/found no article text in this page/);
  });

  const figure = (caption: string, extra = '') =>
    `<figure><img src="/photos/lead.jpg" alt="The lead photo"><figcaption>${caption}</figcaption>${extra}</figure>`;
  const withUrl = '<meta property="og:url" content="https://paper.example/2019/story">';

  it('takes the lead figure out of the body as the image, with an absolute address and the credit split off', () => {
    const { fields, body } = parseHtml(page(withUrl, `<article>${figure('Talks open in Hanoi. (AP Photo/Han Min-su, Pool)')}${paragraphs}</article>`), context);
    expect(fields.image).toEqual({ src: 'https://paper.example/photos/lead.jpg', alt: 'The lead photo', caption: 'Talks open in Hanoi.', credit: 'AP Photo/Han Min-su, Pool' });
    expect(fields.gallery).toBeUndefined();
    expect(body).not.toMatch(/lead\.jpg|Talks open/);
  });

  it('reads a credit from its own element, and a photo count as the gallery size with the lead in its place', () => {
    const { fields } = parseHtml(page(withUrl, `<article>${figure('Envoys meet. <span class="photo-credit">Pool photo via Wire</span>', '<span>Photo 2 of 3</span>')}${paragraphs}</article>`), context);
    expect(fields.image).toMatchObject({ caption: 'Envoys meet.', credit: 'Pool photo via Wire' });
    expect(fields.gallery).toEqual([{}, fields.image, {}]);
  });

  it('leaves a figure after the story has begun in the body as an inline image', () => {
    const { fields, body } = parseHtml(page(withUrl, `<article>${paragraphs}${figure('A map of the sites.')}<p>One more paragraph after the map, long enough to be part of the story text.</p></article>`), context);
    expect(fields.image).toBeUndefined();
    expect(body).toContain('![The lead photo](https://paper.example/photos/lead.jpg)');
  });

  it('notes a lead photo whose address cannot be made absolute instead of writing a wrong one', () => {
    const { fields, notes } = parseHtml(page('', `<article>${figure('Talks open. (Yonhap)')}${paragraphs}</article>`), context);
    expect(fields.image).toEqual({ alt: 'The lead photo', caption: 'Talks open.', credit: 'Yonhap' });
    expect(notes).toEqual([expect.stringMatching(/^left out the lead photo's address "\/photos\/lead\.jpg"/)]);
  });

  it('keeps a written description as the summary and the modified time as updated', () => {
    const head = '<meta property="og:description" content="What the envoys agreed, and what they did not."><meta property="article:published_time" content="2019-03-03T10:00:00+09:00"><meta property="article:modified_time" content="2019-03-03T15:00:00+09:00">';
    expect(parseHtml(page(head), context).fields).toMatchObject({ summary: 'What the envoys agreed, and what they did not.', updated: '2019-03-03T15:00:00+09:00' });
    const same = '<meta property="article:published_time" content="2019-03-03T10:00:00+09:00"><meta property="article:modified_time" content="2019-03-03T10:00:00+09:00">';
    expect(parseHtml(page(same), context).fields.updated).toBeUndefined();
  });

  it('cuts the dateline from the first paragraph, even across inline markup, and reads the wire note', () => {
    const story = `<article><p>(ATTN: ADDS photo)</p><p><strong>SEOUL</strong>, March 3 (Yonhap) -- The allies said Sunday they would end the drills.</p>${paragraphs}</article>`;
    const { fields, body } = parseHtml(page('', story), context);
    expect(fields).toMatchObject({ dateline: 'SEOUL', editorNote: 'ADDS photo', source: 'yonhap' });
    expect(body.startsWith('The allies said Sunday')).toBe(true);
    expect(body).not.toMatch(/ATTN|Yonhap\)/);
  });

  it('keeps chrome out of the body but never a story whose wrapper has a chrome-like class', () => {
    const chrome = '<div class="ad-slot">Buy now</div><p>Advertisement</p><div class="social-share"><a href="#">Tweet</a></div><button>Share</button><h3>Related stories</h3><ul><li>Other story</li></ul>';
    const { body } = parseHtml(page('', `<div class="article-social-wrap"><article>${paragraphs}${chrome}</article></div>`), context);
    expect(body).toContain('Paragraph 6 of a story');
    expect(body).not.toMatch(/Buy now|Advertisement|Tweet|Share|Related|Other story/);
  });

  it('turns hostile markup in the story inert', () => {
    const hostile = `<article>${paragraphs}<p onclick="x()">Click<script>alert(1)</script> <a href="javascript:alert(2)">here</a> <img src="x" onerror="alert(3)"></p></article>`;
    const { body } = parseHtml(page('', hostile), context);
    expect(body).toContain('Click');
    expect(body).not.toMatch(/script|alert|javascript:|onerror|onclick/i);
  });
});
