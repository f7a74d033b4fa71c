import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/importer/html.ts';
import { describeFixtures, SOURCES } from './fixtures.ts';

/** The story of a saved page: the text of each paragraph in the page's story container. */
function storyParagraphs(bytes: Buffer): string[] {
  const doc = new JSDOM(bytes.toString('utf8')).window.document;
  return [...doc.querySelectorAll('.story-news p, .story-body p')].map((p) => p.textContent?.trim() ?? '');
}

describeFixtures('html', 'saved page', storyParagraphs, /Most Viewed|Another story|Subscribe|Log in|Sign up|analytics|Copyright|©|Go to Contents/);

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
});
