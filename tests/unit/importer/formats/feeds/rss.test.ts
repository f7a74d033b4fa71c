import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRss } from '../../../../../src/importer/formats/feeds/rss.ts';
import { describeItemFixtures, itemsOf, pageOf } from '../../feed-fixtures.ts';
import { importerFixtures, markdownParagraphs } from '../../fixtures.ts';

const fixture = (name: string) => readFileSync(join(importerFixtures, 'rss', name), 'utf8');

describeItemFixtures('rss', parseRss);

const NS = [
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:media="http://search.yahoo.com/mrss/"',
].join(' ');

/** A feed around the given items; `channel` adds channel elements before them. */
const feed = (items: string[], channel = '<language>en</language>', rssAttributes = '') =>
  `<?xml version="1.0"?>\n<rss version="2.0" ${NS} ${rssAttributes}>\n<channel>\n<title>Test</title>\n${channel}\n${items.join('\n')}\n</channel>\n</rss>\n`;

const item = (inner: string) =>
  `<item><title>Envoys meet</title><pubDate>Wed, 20 Jan 2016 09:05:00 +0900</pubDate>${inner}</item>`;

const first = async (text: string) => pageOf((await itemsOf(parseRss, text))[0]);

describe('parseRss', () => {
  it('prefers content:encoded for the body and keeps the description as the summary', async () => {
    const page = await first(
      feed([
        item(
          '<description>Short &lt;b&gt;summary&lt;/b&gt;</description><content:encoded><![CDATA[<p>Full text.</p><p>Second.</p>]]></content:encoded>',
        ),
      ]),
    );
    expect(markdownParagraphs(page.body)).toEqual(['Full text.', 'Second.']);
    expect(page.fields.summary).toBe('Short summary');
  });

  it('decodes an HTML-escaped description as markup, not as literal tags or entities', async () => {
    const page = await first(
      feed([
        item(
          '<description>&lt;p&gt;Talks &amp;amp; &amp;quot;hope&amp;quot;&lt;/p&gt;&lt;p&gt;Next&lt;/p&gt;</description>',
        ),
      ]),
    );
    expect(markdownParagraphs(page.body)).toEqual(['Talks & "hope"', 'Next']);
    expect(page.body).not.toMatch(/&lt;|&amp;|<p>/);
    expect(page.fields.summary).toBeUndefined();
  });

  it('keeps the offset of an RFC 822 date and writes GMT as Z', async () => {
    const dated = (d: string) =>
      feed([`<item><title>T</title><pubDate>${d}</pubDate><description>x</description></item>`]);
    expect((await first(dated('Wed, 06 Jan 2016 10:30:00 +0900'))).fields.date).toBe('2016-01-06T10:30:00+09:00');
    expect((await first(dated('Wed, 06 Jan 2016 01:30:00 GMT'))).fields.date).toBe('2016-01-06T01:30:00Z');
    expect((await first(dated('06 Jan 2016 01:30 -0500'))).fields.date).toBe('2016-01-06T01:30:00-05:00');
  });

  it('turns an unreadable pubDate into an error for that item only, naming the field and the fix', async () => {
    const items = await itemsOf(
      parseRss,
      feed([
        item('<description>ok</description>'),
        '<item><title>Bad</title><pubDate>sometime in January</pubDate><description>x</description></item>',
        item('<description>also ok</description>'),
      ]),
    );
    expect(items.map((i) => 'page' in i.result)).toEqual([true, false, true]);
    expect(items[1]!.position).toMatch(/^item 2 \(line \d+\)$/);
    expect(items[1]!.result).toEqual({
      error: expect.stringMatching(
        /<pubDate> "sometime in January" is not an RFC 822 date; write it like "Wed, 06 Jan 2016 10:30:00 \+0900"/,
      ),
    });
  });

  it('notes a missing pubDate instead of inventing one, and takes dc:date when that is what the feed gives', async () => {
    const undated = await first(feed(['<item><title>T</title><description>x</description></item>']));
    expect(undated.fields.date).toBeUndefined();
    expect(undated.notes).toEqual([expect.stringMatching(/no <pubDate>; give the date with --date/)]);
    const dc = await first(
      feed(['<item><title>T</title><dc:date>2016-01-20T09:05:00+09:00</dc:date><description>x</description></item>']),
    );
    expect(dc.fields.date).toBe('2016-01-20T09:05:00+09:00');
  });

  it('reads every dc:creator, or the name in an <author> e-mail, into the byline', async () => {
    expect(
      (
        await first(
          feed([
            item(
              '<dc:creator>Kim Min-ji</dc:creator><dc:creator>Kim Min-ji</dc:creator><dc:creator>Lee Ho</dc:creator><description>x</description>',
            ),
          ]),
        )
      ).fields.byline,
    ).toEqual(['Kim Min-ji', 'Lee Ho']);
    expect(
      (await first(feed([item('<author>desk@paper.example (Park Ji-won)</author><description>x</description>')])))
        .fields.byline,
    ).toEqual(['Park Ji-won']);
    expect(
      (await first(feed([item('<author>desk@paper.example</author><description>x</description>')]))).fields,
    ).not.toHaveProperty('byline');
  });

  it('takes the photo from media:group, enclosure or thumbnail, with media:description as caption and media:credit as credit', async () => {
    const grouped = await first(
      feed([
        item(
          '<media:group><media:content url="https://p.example/a.mp4" medium="video"/><media:content url="https://p.example/a.jpg" type="image/jpeg"><media:credit>AP Photo/Ahn Young-joon</media:credit></media:content><media:description type="html">Envoys &lt;i&gt;meet&lt;/i&gt;</media:description></media:group><description>x</description>',
        ),
      ]),
    );
    expect(grouped.fields.image).toEqual({
      src: 'https://p.example/a.jpg',
      caption: 'Envoys meet',
      credit: 'AP Photo/Ahn Young-joon',
    });
    const enclosed = await first(
      feed([
        item(
          '<enclosure url="https://p.example/a.mp3" type="audio/mpeg"/><enclosure url="https://p.example/b.png" type="image/png"/><description>x</description>',
        ),
      ]),
    );
    expect(enclosed.fields.image).toEqual({ src: 'https://p.example/b.png' });
    const none = await first(
      feed([
        item(
          '<enclosure url="https://p.example/a.mp3" type="audio/mpeg"/><media:description>No photo here</media:description><description>x</description>',
        ),
      ]),
    );
    expect(none.fields).not.toHaveProperty('image');
  });

  it('takes an http(s) link, else a permalink guid, as the original URL, and nothing else', async () => {
    expect(
      (await first(feed([item('<guid>https://paper.example/p/1</guid><description>x</description>')]))).fields
        .originalUrl,
    ).toBe('https://paper.example/p/1');
    expect(
      (
        await first(
          feed([item('<guid isPermaLink="false">https://paper.example/?p=1</guid><description>x</description>')]),
        )
      ).fields,
    ).not.toHaveProperty('originalUrl');
    expect(
      (await first(feed([item('<link>ftp://paper.example/p/1</link><description>x</description>')]))).fields,
    ).not.toHaveProperty('originalUrl');
  });

  it('reads the language from the channel, else from xml:lang, and leaves out one that is not a tag', async () => {
    expect((await first(feed([item('<description>x</description>')], '', 'xml:lang="ko"'))).fields.language).toBe('ko');
    const bad = await first(feed([item('<description>x</description>')], '<language>English</language>'));
    expect(bad.fields).not.toHaveProperty('language');
    expect(bad.notes).toEqual([expect.stringMatching(/left out the language "English"/)]);
  });

  it('fills the source from the item’s address when the archive knows the site, and leaves it to --source otherwise', async () => {
    expect(
      (await first(feed([item('<link>https://www.paper.example/a</link><description>x</description>')]))).fields.source,
    ).toBe('paper');
    expect(
      (await first(feed([item('<link>https://elsewhere.example/a</link><description>x</description>')]))).fields,
    ).not.toHaveProperty('source');
  });

  it('makes an item with no title or no text an error that says what is missing', async () => {
    const items = await itemsOf(
      parseRss,
      feed(['<item><description>text</description></item>', '<item><title>Only a title</title></item>']),
    );
    expect(items.map((i) => i.result)).toEqual([
      { error: expect.stringMatching(/^has no title: <title> is missing or empty/) },
      { error: expect.stringMatching(/^has no text: neither <content:encoded> nor <description> holds any/) },
    ]);
  });

  it('leaves nothing runnable of a hostile body', async () => {
    const page = await first(
      feed([
        item(
          '<content:encoded><![CDATA[<p>Kept<script>alert(1)</script></p><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><math><mtext><table><mglyph><style><img src=x onerror=alert(4)></style></mglyph></table></mtext></math><form><button formaction=javascript:alert(5)>go</button></form>]]></content:encoded>',
        ),
      ]),
    );
    expect(page.body).toContain('Kept');
    expect(page.body).not.toMatch(/script|alert|onerror|javascript:|formaction|<img|<style/i);
  });

  it('yields nothing for a channel without items', async () => {
    expect(await itemsOf(parseRss, feed([]))).toEqual([]);
  });

  it('reports malformed XML as one error at its line and column after the items before it', async () => {
    const text = feed([
      item('<description>fine</description>'),
      '<item>\n<title>Broken</title>\n<description>a <= b</description></item>',
      item('<description>never read</description>'),
    ]);
    const items = await itemsOf(parseRss, text);
    expect(items).toHaveLength(2);
    expect('page' in items[0]!.result).toBe(true);
    const lines = text.split('\n');
    const itemLine = lines.indexOf('<item>') + 1;
    const badLine = lines.findIndex((l) => l.includes('a <= b')) + 1;
    expect(items[1]!.position).toBe(`item 2 (line ${itemLine})`);
    expect(items[1]!.result).toEqual({
      error: expect.stringMatching(
        new RegExp(
          `^malformed XML at line ${badLine}, column \\d+: .+; the items after it cannot be read, so fix the file there`,
        ),
      ),
    });
  });

  it('points a stray "&", which the XML parser only notices at the end, at the element it broke', async () => {
    const text = feed([
      item('<description>fine</description>'),
      '<item>\n<title>Seoul & Tokyo</title><description>x</description></item>',
    ]);
    const items = await itemsOf(parseRss, text);
    const titleLine = text.split('\n').findIndex((l) => l.includes('Seoul &')) + 1;
    expect(items[1]!.position).toBe(`item 2 (line ${titleLine - 1})`);
    expect(items[1]!.result).toEqual({
      error: expect.stringContaining(`<title> opened at line ${titleLine} is never closed`),
    });
  });

  it('reports a truncated feed at its end', async () => {
    const text = feed([item('<description>fine</description>')]).replace(/<\/channel>[\s\S]*$/, '');
    const items = await itemsOf(parseRss, text);
    expect(items.map((i) => ('error' in i.result ? i.result.error : 'page'))).toEqual([
      'page',
      expect.stringMatching(/^malformed XML at line \d+, column \d+: <channel> opened at line 3 is never closed/),
    ]);
  });

  it('keeps the guid as importId, else the item’s http(s) link, whether or not the guid is a permalink', async () => {
    expect(
      (
        await first(
          feed([
            item(
              '<guid isPermaLink="false">wire-0412</guid><link>https://wire.example/a</link><description>x</description>',
            ),
          ]),
        )
      ).fields.importId,
    ).toBe('wire-0412');
    expect(
      (await first(feed([item('<link>https://wire.example/a</link><description>x</description>')]))).fields.importId,
    ).toBe('https://wire.example/a');
    expect(
      (await first(feed([item('<link>javascript:alert(1)</link><description>x</description>')]))).fields,
    ).not.toHaveProperty('importId');
  });

  it('takes FeedBurner’s origLink as the story’s address instead of the feedproxy tracking link, and drops its pixel and share links', async () => {
    const pages = (await itemsOf(parseRss, fixture('feedburner-origlink-tracking-links.xml'))).map(pageOf);
    expect(pages.map((p) => p.fields.originalUrl)).toEqual([
      'https://paper.example/korea/2018/06/12/sentosa-handshake/',
      'https://paper.example/korea/2018/06/12/statement-analysis/',
    ]);
    expect(pages.map((p) => p.fields.importId)).toEqual([
      'https://paper.example/?p=40211',
      'https://paper.example/?p=40218',
    ]);
    for (const page of pages) expect(page.body).not.toMatch(/feedburner|feedproxy/);
  });

  it('reads RSS 1.0: items beside the channel, rdf:about as identity, dc:date, dc:creator, dc:subject and the channel’s dc:language', async () => {
    const pages = (await itemsOf(parseRss, fixture('rss1-rdf-items-beside-channel.xml'))).map(pageOf);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.fields).toMatchObject({
      importId: 'https://wire.example/nordic/2024/03/07/sweden-joins-nato/',
      date: '2024-03-07T17:20:00+01:00',
      byline: ['Sara Lindqvist'],
      language: 'en-GB',
    });
    expect(pages[0]!.categories).toEqual(['Sweden', 'NATO']);
    expect(markdownParagraphs(pages[1]!.body)).toEqual([
      "The Swedish flag will be raised outside the alliance's headquarters at a ceremony on Monday, officials said. Köpings kommun sent a delegation.",
    ]);
  });

  it('gives an item delivered twice with one guid the same fields and body both times', async () => {
    const [once, , twice] = (await itemsOf(parseRss, fixture('same-guid-delivered-twice.xml'))).map(pageOf);
    expect(once!.fields.importId).toBe('wire-20190228-0412');
    expect(twice).toEqual(once);
  });

  it('keeps an update time only when it is later than the publication', async () => {
    const dated = (updated: string) =>
      feed([item(`<atom:updated>${updated}</atom:updated><description>x</description>`)]);
    expect((await first(dated('2016-01-20T11:00:00+09:00'))).fields.updated).toBe('2016-01-20T11:00:00+09:00');
    expect((await first(dated('2016-01-19T11:00:00+09:00'))).fields).not.toHaveProperty('updated');
  });
});

describe('an item whose body is nested too deep', () => {
  it('fails alone, by its position, and the items after it are read', async () => {
    const deep = `<![CDATA[${'<div>'.repeat(2_000)}Lost${'</div>'.repeat(2_000)}]]>`;
    const items = await itemsOf(
      parseRss,
      feed([
        item('<description>First.</description>'),
        item(`<content:encoded>${deep}</content:encoded>`),
        item('<description>Third.</description>'),
      ]),
    );
    expect(items.map((i) => ('error' in i.result ? 'error' : 'page'))).toEqual(['page', 'error', 'page']);
    expect('error' in items[1]!.result && items[1]!.result.error).toMatch(
      /nests its HTML elements more than 400 levels deep/,
    );
    expect(items[1]!.position).toMatch(/^item 2 /);
  });
});

describe('relative links and images in an item', () => {
  it('are resolved against the item’s own address, FeedBurner’s origLink over its tracking link', async () => {
    const body =
      '<content:encoded><![CDATA[<p>See <a href="../maps/">the maps</a>.</p><p><img src="/photos/talks.jpg" alt="Delegates"></p>]]></content:encoded>';
    const page = await first(feed([item(`<link>https://paper.example/2016/01/talks/</link>${body}`)]));
    expect(page.body).toContain('[the maps](https://paper.example/2016/01/maps/)');
    expect(page.body).toContain('![Delegates](https://paper.example/photos/talks.jpg)');
  });
});
