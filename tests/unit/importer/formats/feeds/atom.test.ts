import { describe, expect, it } from 'vitest';
import { parseAtom } from '../../../../../src/importer/formats/feeds/atom.ts';
import { describeItemFixtures, itemsOf, pageOf } from '../../feed-fixtures.ts';
import { markdownParagraphs } from '../../fixtures.ts';

describeItemFixtures('atom', parseAtom);

const feed = (entries: string[], head = '<author><name>Feed Desk</name></author>', lang = 'en') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${lang}">\n<title>Test</title>\n<id>tag:t</id>\n<updated>2019-01-01T00:00:00Z</updated>\n${head}\n${entries.join('\n')}\n</feed>\n`;

const entry = (
  inner: string,
  dates = '<published>2018-06-12T14:05:00+08:00</published><updated>2018-06-12T19:40:00+08:00</updated>',
) => `<entry><title>Summit</title><id>tag:e</id>${dates}${inner}</entry>`;

const first = async (text: string) => pageOf((await itemsOf(parseAtom, text))[0]);

describe('parseAtom', () => {
  it('reads a body by its type: html is escaped markup, xhtml a div of elements, text plain text', async () => {
    const html = await first(
      feed([entry('<content type="html">&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;p&gt;Three&lt;/p&gt;</content>')]),
    );
    expect(markdownParagraphs(html.body)).toEqual(['One & two', 'Three']);
    const xhtml = await first(
      feed([
        entry(
          '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; <b>two</b></p><p>Three</p></div></content>',
        ),
      ]),
    );
    expect(markdownParagraphs(xhtml.body)).toEqual(['One & two', 'Three']);
    const text = await first(feed([entry('<content>&lt;p&gt; is not a tag here\n\n*Nor* is this</content>')]));
    expect(markdownParagraphs(text.body)).toEqual(['<p> is not a tag here', '*Nor* is this']);
  });

  it('prefers content to summary and keeps the summary as the summary; with only a summary, that is the body', async () => {
    const both = await first(
      feed([
        entry(
          '<summary type="html">&lt;i&gt;Short&lt;/i&gt;</summary><content type="html">&lt;p&gt;Long&lt;/p&gt;</content>',
        ),
      ]),
    );
    expect([both.body, both.fields.summary]).toEqual(['Long', 'Short']);
    const summaryOnly = await first(
      feed([entry('<summary>Only this</summary><content src="https://wire.example/x.pdf" type="application/pdf"/>')]),
    );
    expect([summaryOnly.body, summaryOnly.fields.summary]).toEqual(['Only this', undefined]);
  });

  it('takes published as the date and updated as the update, or updated alone as the date', async () => {
    expect((await first(feed([entry('<content>x</content>')]))).fields).toMatchObject({
      date: '2018-06-12T14:05:00+08:00',
      updated: '2018-06-12T19:40:00+08:00',
    });
    const updatedOnly = await first(
      feed([entry('<content>x</content>', '<updated>2019-02-28T16:20:00+07:00</updated>')]),
    );
    expect(updatedOnly.fields.date).toBe('2019-02-28T16:20:00+07:00');
    expect(updatedOnly.fields).not.toHaveProperty('updated');
  });

  it('makes an unreadable date an error naming the element and the fix', async () => {
    const [item] = await itemsOf(parseAtom, feed([entry('<content>x</content>', '<published>June 12</published>')]));
    expect(item!.result).toEqual({
      error: expect.stringMatching(
        /^<published> "June 12" is not an RFC 3339 date; write it like "2016-01-06T10:30:00\+09:00"/,
      ),
    });
  });

  it('gives an entry without authors the feed’s authors', async () => {
    expect(
      (await first(feed([entry('<author><name>Own Writer</name></author><content>x</content>')]))).fields.byline,
    ).toEqual(['Own Writer']);
    expect((await first(feed([entry('<content>x</content>')]))).fields.byline).toEqual(['Feed Desk']);
    expect((await first(feed([entry('<content>x</content>')], ''))).fields).not.toHaveProperty('byline');
  });

  it('takes the alternate link as the original URL, never a self or javascript: link, and an image enclosure as the photo', async () => {
    const page = await first(
      feed([
        entry(
          '<link rel="self" href="https://wire.example/self"/><link rel="alternate" type="application/pdf" href="https://wire.example/a.pdf"/><link href="https://wire.example/story"/><link rel="enclosure" type="image/png" href="https://wire.example/p.png"/><content>x</content>',
        ),
      ]),
    );
    expect(page.fields).toMatchObject({
      originalUrl: 'https://wire.example/story',
      image: { src: 'https://wire.example/p.png' },
    });
    expect(
      (await first(feed([entry('<link href="javascript:alert(1)"/><content>x</content>')]))).fields,
    ).not.toHaveProperty('originalUrl');
  });

  it('reads category labels, else terms, and the language from the nearest xml:lang', async () => {
    const page = await first(
      feed([
        entry('<category term="a" label="Summits"/><category term="sanctions"/><content xml:lang="ko">x</content>'),
      ]),
    );
    expect(page.categories).toEqual(['Summits', 'sanctions']);
    expect(page.fields.language).toBe('ko');
    expect((await first(feed([entry('<content>x</content>')], '', 'EN-gb'))).fields.language).toBe('en-gb');
  });

  it('leaves nothing runnable of a hostile body, html or xhtml', async () => {
    const html = await first(
      feed([
        entry(
          '<content type="html">&lt;p&gt;Kept&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;a href="javascript:alert(3)"&gt;x&lt;/a&gt;</content>',
        ),
      ]),
    );
    const xhtml = await first(
      feed([
        entry(
          '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="alert(4)">Kept</p><script>alert(5)</script><iframe src="https://evil.example/"/></div></content>',
        ),
      ]),
    );
    for (const { body } of [html, xhtml]) {
      expect(body).toContain('Kept');
      expect(body).not.toMatch(/script|alert|onerror|onclick|javascript:|iframe|evil/i);
    }
  });

  it('makes an entry with no title or no text an error, and goes on with the next', async () => {
    const items = await itemsOf(
      parseAtom,
      feed([
        '<entry><id>1</id><updated>2019-01-01T00:00:00Z</updated><content>x</content></entry>',
        entry(''),
        entry('<content>fine</content>'),
      ]),
    );
    expect(items.map((i) => ('error' in i.result ? i.result.error.split(':')[0] : 'page'))).toEqual([
      'has no title',
      'has no text',
      'page',
    ]);
    expect(items.map((i) => i.position.split(' (')[0])).toEqual(['entry 1', 'entry 2', 'entry 3']);
  });

  it('yields nothing for a feed without entries', async () => {
    expect(await itemsOf(parseAtom, feed([]))).toEqual([]);
  });

  it('reports malformed XML at its line and column, inside the entry it broke', async () => {
    const text = feed([
      entry('<content>fine</content>'),
      '<entry>\n<title>Broken</title>\n<content>x</contnet></entry>',
    ]);
    const items = await itemsOf(parseAtom, text);
    const lines = text.split('\n');
    expect(items).toHaveLength(2);
    expect(items[1]!.position).toBe(`entry 2 (line ${lines.indexOf('<entry>') + 1})`);
    expect(items[1]!.result).toEqual({
      error: expect.stringMatching(
        new RegExp(
          `^malformed XML at line ${lines.findIndex((l) => l.includes('contnet')) + 1}, column \\d+: unexpected close tag; `,
        ),
      ),
    });
  });

  it('keeps the entry id as importId and never takes a related or via link as the story’s address', async () => {
    const related =
      '<link rel="related" href="https://wire.example/background/summits"/><link rel="via" href="https://other.example/x"/>';
    const withAlternate = await first(
      feed([entry(`${related}<link href="https://wire.example/2018/06/12/summit"/><content>x</content>`)]),
    );
    expect(withAlternate.fields).toMatchObject({
      importId: 'tag:e',
      originalUrl: 'https://wire.example/2018/06/12/summit',
    });
    const relatedOnly = await first(feed([entry(`${related}<content>x</content>`)]));
    expect(relatedOnly.fields).not.toHaveProperty('originalUrl');
    expect(relatedOnly.fields.importId).toBe('tag:e');
  });

  it('keeps updated only when it is later than published, and splits an author name that lists several', async () => {
    const same = await first(
      feed([
        entry(
          '<author><name>By Ahn Sung-mi and Oh Jae-won</name></author><content>x</content>',
          '<published>2018-06-12T14:05:00+08:00</published><updated>2018-06-12T06:05:00Z</updated>',
        ),
      ]),
    );
    expect(same.fields).not.toHaveProperty('updated');
    expect(same.fields.byline).toEqual(['Ahn Sung-mi', 'Oh Jae-won']);
  });
});

describe('relative links in an entry', () => {
  it('are resolved against the entry’s alternate page, never a related link', async () => {
    const content =
      '<content type="html">&lt;p&gt;See &lt;a href="../maps/"&gt;the maps&lt;/a&gt;.&lt;/p&gt;</content>';
    const page = await first(
      feed([
        entry(
          `<link rel="related" href="https://other.example/x/y/"/><link href="https://paper.example/2018/06/talks/"/>${content}`,
        ),
      ]),
    );
    expect(page.body).toContain('[the maps](https://paper.example/2018/06/maps/)');
  });
});
