import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../../src/importer/page.ts';
import { autoParagraphs, parseWordpress, wordpressDate, wordpressOffset } from '../../../src/importer/wordpress.ts';
import { child, childText, textContent, xmlItems } from '../../../src/importer/xml-items.ts';
import { itemsOf, textInput } from './feed-fixtures.ts';
import { generateWxr } from '../../../scripts/bench/wxr-corpus.ts';
import { importerFixtures, SOURCES } from './fixtures.ts';

const FIXTURE = join(importerFixtures, 'wordpress/featured-image-after-post-drafts-and-pages');
const xml = readFileSync(`${FIXTURE}.xml`, 'utf8');
const expected = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { items: Record<string, unknown>[] };

/** An input read in small chunks, as a file stream would hand it over, re-readable as the contract allows. */
const parse = (text: string) => itemsOf(parseWordpress, text, 997);

const pageOf = (item: ParsedItem | undefined) => {
  if (!item || !('page' in item.result)) throw new Error(`expected a page, got ${JSON.stringify(item)}`);
  return item.result.page;
};

/** A one-post export around `item` (the fields of one <item>), with one author. */
const WXR = (items: string, language = '<language>ko-KR</language>') => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>${language}<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[jpark]]></wp:author_login><wp:author_display_name><![CDATA[Park Ji-won]]></wp:author_display_name></wp:author>
${items}
</channel></rss>`;
const post = (status: string, extra = '') => `<item><title>Talks resume</title><dc:creator>jpark</dc:creator><content:encoded><![CDATA[<p>Envoys met.</p>]]></content:encoded>
<wp:post_id>5</wp:post_id><wp:post_date>2019-10-05 18:00:00</wp:post_date><wp:post_date_gmt>2019-10-05 16:00:00</wp:post_date_gmt>
<wp:status>${status}</wp:status><wp:post_type>post</wp:post_type>${extra}</item>`;

describe('parseWordpress on a WordPress export', () => {
  it('gives every post with the expected fields, categories, body and notes, and nothing for pages, menus or attachments', async () => {
    const found = await parse(xml);
    const got = found.map((item) => {
      const page = pageOf(item);
      return { position: item.position, fields: page.fields, ...(page.categories && { categories: page.categories }), body: page.body, notes: page.notes };
    });
    expect(got).toEqual(expected.items);
    expect(found.every((item) => 'page' in item.result && item.result.page.kind === 'wordpress')).toBe(true);
  });

  it('resolves a featured image whose attachment comes after the post, with caption, credit and alt', async () => {
    const hydrogen = (await parse(xml)).map(pageOf).find((p) => p.fields.title?.includes('hydrogen'));
    expect(hydrogen?.fields.image).toEqual({
      src: 'https://peninsula-desk.example/wp-content/uploads/2016/01/seoul-station-tv.jpg',
      alt: 'A crowd looks up at a large television screen in a railway station',
      caption: 'People at Seoul Station watch a news report on the North’s nuclear test on Jan. 6, 2016.',
      credit: 'Yonhap',
    });
  });

  it('keeps every paragraph of every post body', async () => {
    expect(await postsWithEveryParagraph(xml)).toBe(4);
  });

  it('keeps every paragraph of every post of a generated export of 150 posts (block editor, blank-line and list bodies)', async () => {
    expect(await postsWithEveryParagraph([...generateWxr(150, 7)].join(''))).toBeGreaterThan(100);
  });

  it('leaves hostile markup inert: no script, handler, iframe or javascript: URL in the body, summary or title', async () => {
    const hostile = (await parse(xml)).map(pageOf).find((p) => p.fields.title?.startsWith('THAAD'))!;
    const everything = JSON.stringify(hostile);
    expect(everything).not.toMatch(/<script|onerror|onclick|<iframe|javascript:|alert\(|evil\.example|document\.cookie/i);
    expect(hostile.fields.title).toBe('THAAD parts reach Seongju overnight');
    expect(hostile.fields.originalUrl).toBeUndefined();
    expect(hostile.body).toContain('Police said about 8,000 officers were deployed.');
  });

  it('reports a file cut short with the line it breaks at, after the items read before it', async () => {
    const cut = xml.slice(0, xml.indexOf('<title>Kim &amp; Trump'));
    const lines = cut.split('\n').length;
    const found = await parse(cut);
    expect(found.slice(0, -1).map((item) => pageOf(item).fields.title)).toEqual([
      'Envoys weigh a return to talks',
      'THAAD parts reach Seongju overnight',
      'North Korea says it tested a hydrogen bomb',
    ]);
    const last = found.at(-1)!;
    expect(last.position).toBe(`item 8 (line ${lines})`);
    expect(last.result).toEqual({ error: expect.stringMatching(new RegExp(`^the XML breaks at line ${lines}, column \\d+ \\(.+\\); .*export it from WordPress again$`)) });
  });

  it('names the line of a mismatched tag in the middle of the file', async () => {
    const broken = xml.replace('<wp:status><![CDATA[publish]]></wp:status>\n\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>0</wp:is_sticky>\n\t\t\t\t\t\t</item>', '<wp:status><![CDATA[publish]]></wp:statuss>');
    expect(broken).not.toBe(xml);
    const line = broken.slice(0, broken.indexOf('</wp:statuss>')).split('\n').length;
    const last = (await parse(broken)).at(-1)!;
    expect('error' in last.result && last.result.error).toMatch(new RegExp(`^the XML breaks at line ${line}, `));
  });

  it('gives the posts before a mismatched tag and the same error whether the file comes in one chunk or many', async () => {
    const at = xml.indexOf('</wp:status>', xml.indexOf('<title>Kim &amp; Trump'));
    const broken = `${xml.slice(0, at)}</wp:statuss>${xml.slice(at + '</wp:status>'.length)}`;
    const whole: ParsedItem[] = [];
    for await (const item of parseWordpress(textInput(broken, broken.length), { sources: SOURCES })) whole.push(item);
    expect(whole.filter((item) => 'page' in item.result)).toHaveLength(3);
    expect(whole).toEqual(await parse(broken));
  });

  it('marks draft, pending, private, scheduled and trashed posts as drafts, and a trashed one with a note', async () => {
    for (const status of ['draft', 'pending', 'private', 'future', 'trash']) {
      const page = pageOf((await parse(WXR(post(status))))[0]);
      expect(page.fields.draft, status).toBe(true);
      expect(page.notes.some((n) => /trash/.test(n))).toBe(status === 'trash');
    }
    expect(pageOf((await parse(WXR(post('publish'))))[0]).fields.draft).toBeUndefined();
  });

  it('takes the display name, the site offset and the language from the export', async () => {
    const page = pageOf((await parse(WXR(post('publish'))))[0]);
    expect(page.fields).toMatchObject({ byline: ['Park Ji-won'], date: '2019-10-05T18:00:00+02:00', language: 'ko' });
    expect(pageOf((await parse(WXR(post('publish'), '')))[0]).fields.language).toBeUndefined();
  });

  it('says when a featured image is not in the export, and imports the post without it', async () => {
    const meta = '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>99</wp:meta_value></wp:postmeta>';
    const page = pageOf((await parse(WXR(post('publish', meta))))[0]);
    expect(page.fields.image).toBeUndefined();
    expect(page.notes).toEqual([expect.stringMatching(/featured image \(attachment 99\) is not in this export/)]);
  });

  it('gives an error item, not a page, for a post without a title or a date', async () => {
    const untitled = post('publish').replace('<title>Talks resume</title>', '<title></title>');
    const undated = post('publish').replace(/<wp:post_date>.*<\/wp:post_date_gmt>/, '');
    const found = await parse(WXR(untitled + undated));
    expect(found.map((item) => item.result)).toEqual([{ error: expect.stringMatching(/no title/) }, { error: expect.stringMatching(/has no date/) }]);
    expect(found.map((item) => item.position)).toEqual([expect.stringMatching(/^item 1 \(line \d+\)$/), expect.stringMatching(/^item 2 \(line \d+\)$/)]);
  });
});

describe('wordpressOffset and wordpressDate', () => {
  it('keep the site clock with the offset between local and UTC time', () => {
    const date = (local: string, gmt: string) => wordpressDate(local, wordpressOffset(local, gmt));
    expect(date('2016-01-06 10:30:00', '2016-01-06 01:30:00')).toBe('2016-01-06T10:30:00+09:00');
    expect(date('2017-04-26 23:00:00', '2017-04-27 06:00:00')).toBe('2017-04-26T23:00:00-07:00');
    expect(date('2018-05-01 17:30:01', '2018-05-01 12:00:00')).toBe('2018-05-01T17:30:01+05:30');
    expect(date('2018-05-01 12:00:00', '2018-05-01 12:00:00')).toBe('2018-05-01T12:00:00Z');
    expect(date('2018-05-01 12:00:00', '0000-00-00 00:00:00')).toBe('2018-05-01T12:00:00');
    expect(date('0000-00-00 00:00:00', '0000-00-00 00:00:00')).toBeUndefined();
  });
});

describe('autoParagraphs', () => {
  it('makes paragraphs of blank-line-separated text and line breaks of single newlines, leaving HTML blocks and <pre> alone', () => {
    expect(autoParagraphs('One.\n\nTwo\nlines.\r\n\r\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>')).toBe('<p>One.</p>\n\n<p>Two<br>\nlines.</p>\n\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>');
  });
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const mdText = (node: RootContent | Root): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map(mdText).join(node.type === 'root' || node.type === 'list' ? '\n' : '') : node.type === 'break' ? ' ' : '';

/** Everything a reader of the rendered Markdown sees, as text. */
const markdownText = (markdown: string) => mdText(unified().use(remarkParse).parse(markdown));

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };
/** Checks that every paragraph of every post of the export survives into its Markdown; returns the number of posts. */
async function postsWithEveryParagraph(text: string): Promise<number> {
  const sources = new Map<string, string>();
  for await (const event of xmlItems(textInput(text, 997), (e, ancestors) => e.local === 'item' && ancestors.length === 2)) {
    const item = event.kind === 'item' ? event.element : undefined;
    if (item && childText(item, (uri) => uri.includes('/export/'), 'post_type') === 'post') {
      sources.set(childText(item, '', 'title')!, textContent(child(item, (uri) => uri.includes('/content/'), 'encoded')!));
    }
  }
  const texts = (await parse(text)).map(pageOf).map((p) => squash(markdownText(p.body)));
  for (const [title, html] of sources) {
    const paragraphs = sourceParagraphs(html);
    expect(paragraphs.length, title).toBeGreaterThan(1);
    for (const paragraph of paragraphs) expect(texts.some((t) => t.includes(paragraph)), `${title}: ${paragraph}`).toBe(true);
  }
  return sources.size;
}

// Scripts and frames are not paragraphs a reader sees; sanitising drops them.
const hastText = (node: HastNode): string =>
  node.type === 'text' ? node.value! : node.tagName === 'script' || node.tagName === 'iframe' ? '' : (node.children ?? []).map(hastText).join('');

/** The text of each paragraph of a WordPress body as the site shows it: each <p>, <li> or blank-line-separated block. */
function sourceParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  for (const block of html.replace(/\[\/?caption[^\]]*\]/g, '').split(/\n\s*\n/)) {
    const tree = unified().use(rehypeParse, { fragment: true }).parse(block) as HastNode;
    const parts: HastNode[] = [];
    const visit = (node: HastNode) => (node.tagName === 'p' || node.tagName === 'li' ? parts.push(node) : node.children?.forEach(visit));
    visit(tree);
    for (const text of (parts.length ? parts : [tree]).map((n) => squash(hastText(n)))) if (text) paragraphs.push(text);
  }
  return paragraphs;
}
