import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ParsedItem } from '../../../../../src/importer/types.ts';
import {
  autoParagraphs,
  parseWordpress,
  wordpressDate,
  wordpressOffset,
} from '../../../../../src/importer/formats/wordpress/wordpress.ts';
import { child, childText, textContent, xmlItems } from '../../../../../src/importer/formats/items/xml-items.ts';
import { describeItemFixtures, itemsOf, textInput } from '../../feed-fixtures.ts';
import { generateWxr } from '../../../../../scripts/bench/wxr-corpus.ts';
import { importerFixtures, SOURCES } from '../../fixtures.ts';

describeItemFixtures('wordpress', parseWordpress);

const fixture = (name: string) => readFileSync(join(importerFixtures, `wordpress/${name}.xml`), 'utf8');
const FIXTURE = join(importerFixtures, 'wordpress/featured-image-after-post-drafts-and-pages');
const xml = readFileSync(`${FIXTURE}.xml`, 'utf8');

/** An input read in small chunks, as a file stream would hand it over, re-readable as the contract allows. */
const parse = (text: string) => itemsOf(parseWordpress, text, 997);

const pageOf = (item: ParsedItem | undefined) => {
  if (!item || !('page' in item.result)) throw new Error(`expected a page, got ${JSON.stringify(item)}`);
  return item.result.page;
};

const SITE =
  '<link>https://desk.example</link><wp:base_site_url>https://desk.example</wp:base_site_url><wp:base_blog_url>https://desk.example</wp:base_blog_url>';

/** A one-post export around `item` (the fields of one <item>), with one author. */
const WXR = (
  items: string,
  language = '<language>ko-KR</language>',
  site = SITE,
) => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>${site}${language}<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[jpark]]></wp:author_login><wp:author_display_name><![CDATA[Park Ji-won]]></wp:author_display_name></wp:author>
${items}
</channel></rss>`;
const post = (
  status: string,
  extra = '',
  id = 5,
) => `<item><title>Talks resume</title><dc:creator>jpark</dc:creator><content:encoded><![CDATA[<p>Envoys met.</p>]]></content:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2019-10-05 18:00:00</wp:post_date><wp:post_date_gmt>2019-10-05 16:00:00</wp:post_date_gmt>
<wp:status>${status}</wp:status><wp:post_type>post</wp:post_type>${extra}</item>`;

describe('parseWordpress on a WordPress export', () => {
  it('gives posts only, as WordPress pages: no page, menu item or attachment', async () => {
    const found = (await parse(xml)).map(pageOf);
    expect(found.every((page) => page.kind === 'wordpress')).toBe(true);
    expect(found.map((page) => page.fields.title).sort()).toEqual([
      'Envoys weigh a return to talks',
      'Kim & Trump’s Hanoi summit ends without a deal',
      'North Korea says it tested a hydrogen bomb',
      'THAAD parts reach Seongju overnight',
    ]);
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
    expect(everything).not.toMatch(
      /<script|onerror|onclick|<iframe|javascript:|alert\(|evil\.example|document\.cookie/i,
    );
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
    expect(last.result).toEqual({
      error: expect.stringMatching(
        new RegExp(`^the XML breaks at line ${lines}, column \\d+ \\(.+\\); .*export it from WordPress again$`),
      ),
    });
  });

  it('names the line of a mismatched tag in the middle of the file', async () => {
    const broken = xml.replace(
      '<wp:status><![CDATA[publish]]></wp:status>\n\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>0</wp:is_sticky>\n\t\t\t\t\t\t</item>',
      '<wp:status><![CDATA[publish]]></wp:statuss>',
    );
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

  it('reports a post nested too deep to read as an error item and goes on; a channel term like it is passed over', async () => {
    const deep = (name: string) => `${`<${name}>`.repeat(600)}x${`</${name}>`.repeat(600)}`;
    const term = `<wp:term><wp:term_id>3</wp:term_id>${deep('wp:termmeta')}</wp:term>`;
    const found = await parse(
      WXR(post('publish', '', 1) + post('publish', deep('wp:nest'), 2) + post('publish', '', 3), '', SITE + term),
    );
    expect(found.map((item) => ('page' in item.result ? item.result.page.fields.importId : item.result.error))).toEqual(
      [
        'wordpress:https://desk.example/?p=1',
        expect.stringMatching(/levels deep/),
        'wordpress:https://desk.example/?p=3',
      ],
    );
    expect(found.map((item) => item.position.replace(/ \(.*/, ''))).toEqual(['item 1', 'item 2', 'item 3']);
  });

  it('gives an error item, not a page, for a post without a title or a date', async () => {
    const untitled = post('publish').replace('<title>Talks resume</title>', '<title></title>');
    const undated = post('publish').replace(/<wp:post_date>.*<\/wp:post_date_gmt>/, '');
    const found = await parse(WXR(untitled + undated));
    expect(found.map((item) => item.result)).toEqual([
      { error: expect.stringMatching(/no title/) },
      { error: expect.stringMatching(/has no date/) },
    ]);
    expect(found.map((item) => item.position)).toEqual([
      expect.stringMatching(/^item 1 \(line \d+\)$/),
      expect.stringMatching(/^item 2 \(line \d+\)$/),
    ]);
  });
});

describe('parseWordpress: identity and versions', () => {
  it('gives each post of a series its own importId, however alike their openings', async () => {
    const pages = (await parse(fixture('series-of-three-posts-sharing-an-intro'))).map(pageOf);
    expect(pages.map((p) => p.body.split('\n')[0])).toEqual(
      Array(3).fill('_This is part of our series on the small ferries that still link the south shore._'),
    );
    expect(pages.map((p) => p.fields.importId)).toEqual([
      'wordpress:https://harbour-ledger.example/?p=201',
      'wordpress:https://harbour-ledger.example/?p=204',
      'wordpress:https://harbour-ledger.example/?p=207',
    ]);
    expect(new Set(pages.map((p) => p.fields.originalUrl)).size).toBe(3);
  });

  it('keeps a teaser and its full post 35 days later as two stories with their own links', async () => {
    const [teaser, full] = (await parse(fixture('teaser-and-full-post-35-days-apart'))).map(pageOf);
    expect(full!.body.startsWith(teaser!.body.split('\n')[0]!)).toBe(true);
    expect([teaser!.fields.importId, full!.fields.importId]).toEqual([
      'wordpress:https://harbour-ledger.example/?p=310',
      'wordpress:https://harbour-ledger.example/?p=352',
    ]);
    expect([teaser!.fields.date, full!.fields.date]).toEqual([
      '2022-05-02T09:00:00-03:00',
      '2022-06-06T09:00:00-03:00',
    ]);
    expect(teaser!.fields.originalUrl).not.toBe(full!.fields.originalUrl);
  });

  it('takes the site of the importId from wp:base_blog_url, else wp:base_site_url, else the channel link, and says when there is none', async () => {
    const idOf = async (site: string) => pageOf((await parse(WXR(post('publish', '', 42), '', site)))[0]);
    expect(
      (
        await idOf(
          SITE.replace('<wp:base_blog_url>https://desk.example', '<wp:base_blog_url>https://Desk.example/news/'),
        )
      ).fields.importId,
    ).toBe('wordpress:https://desk.example/news/?p=42');
    expect(
      (await idOf('<link>https://a.example/x</link><wp:base_site_url>https://b.example/</wp:base_site_url>')).fields
        .importId,
    ).toBe('wordpress:https://b.example/?p=42');
    expect((await idOf('<link>https://a.example/x/</link>')).fields.importId).toBe(
      'wordpress:https://a.example/x/?p=42',
    );
    const none = await idOf('');
    expect(none.fields.importId).toBeUndefined();
    expect(none.notes).toEqual([expect.stringMatching(/^the export names no site .* so the post has no importId/)]);
  });

  it('gives the same pages for the same export every time, and a later updated time for a post edited since', async () => {
    const text = fixture('featured-image-after-post-drafts-and-pages');
    expect(await parse(text)).toEqual(await parse(text));
    const modified = (local: string, gmt: string) =>
      `<wp:post_modified>${local}</wp:post_modified><wp:post_modified_gmt>${gmt}</wp:post_modified_gmt>`;
    const first = pageOf(
      (await parse(WXR(post('publish', modified('2019-10-05 18:00:00', '2019-10-05 16:00:00')))))[0],
    );
    const edited = pageOf(
      (await parse(WXR(post('publish', modified('2019-10-07 09:15:00', '2019-10-07 07:15:00')))))[0],
    );
    expect(first.fields.updated).toBeUndefined();
    expect(edited.fields.updated).toBe('2019-10-07T09:15:00+02:00');
    expect(edited.fields.importId).toBe(first.fields.importId);
  });

  it('compares the edit with the publication as instants, across a change of clocks, and takes a UTC-only edit time', async () => {
    const at = (date: string, dateGmt: string, extra: string) =>
      post('publish', extra).replace(
        /<wp:post_date>.*<\/wp:post_date_gmt>/,
        `<wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${dateGmt}</wp:post_date_gmt>`,
      );
    // 01:50 ADT, then 01:10 AST twenty minutes later, when the clocks went back.
    const fallBack = at(
      '2023-11-05 01:50:00',
      '2023-11-05 04:50:00',
      '<wp:post_modified>2023-11-05 01:10:00</wp:post_modified><wp:post_modified_gmt>2023-11-05 05:10:00</wp:post_modified_gmt>',
    );
    expect(pageOf((await parse(WXR(fallBack)))[0]).fields).toMatchObject({
      date: '2023-11-05T01:50:00-03:00',
      updated: '2023-11-05T01:10:00-04:00',
    });
    const utcOnly = at(
      '2019-10-05 18:00:00',
      '2019-10-05 16:00:00',
      '<wp:post_modified_gmt>2019-10-06 08:00:00</wp:post_modified_gmt>',
    );
    expect(pageOf((await parse(WXR(utcOnly)))[0]).fields.updated).toBe('2019-10-06T08:00:00Z');
  });
});

describe('parseWordpress: what is not for publication', () => {
  it('imports a password-protected post as a draft with a note, and never its password', async () => {
    const text = fixture('password-protected-scheduled-and-private-posts');
    const found = await parse(text);
    const locked = pageOf(found[0]);
    expect(locked.fields).toMatchObject({ title: 'Flood defence plans for subscribers', draft: true });
    expect(locked.notes).toEqual([expect.stringMatching(/password-protected/)]);
    expect(JSON.stringify(found)).not.toContain('calder-members-2024');
    expect(
      pageOf((await parse(WXR(post('publish', '<wp:post_password>hunter2</wp:post_password>'))))[0]).fields.draft,
    ).toBe(true);
  });

  it('keeps a scheduled post a draft and embargoes it until its publication time', async () => {
    const scheduled = pageOf((await parse(fixture('password-protected-scheduled-and-private-posts')))[1]);
    expect(scheduled.fields).toMatchObject({
      draft: true,
      date: '2024-11-15T07:00:00Z',
      embargo: '2024-11-15T07:00:00Z',
    });
    expect(pageOf((await parse(WXR(post('draft'))))[0]).fields.embargo).toBeUndefined();
  });

  it('imports a post in any status but publish as a draft, naming a status WordPress itself does not have', async () => {
    const pitch = pageOf((await parse(WXR(post('pitch'))))[0]);
    expect(pitch.fields.draft).toBe(true);
    expect(pitch.notes).toEqual([expect.stringMatching(/status in WordPress is "pitch"/)]);
  });
});

describe('parseWordpress: tags, photos and bodies', () => {
  it('takes WXR 1.0 tags (domain="tag") as tags and its categories, written twice, once each', async () => {
    const [cape, storm] = (await parse(fixture('wxr-1.0-tags-as-domain-tag'))).map(pageOf);
    expect(cape!.fields.tags).toEqual(['Lobster', 'Cape Sable Island']);
    expect(cape!.categories).toEqual(['Harbour']);
    expect(storm!.fields.tags).toEqual(['weather']);
    expect(cape!.fields.importId).toBe('wordpress:http://notebook.barrington.example/?p=14');
  });

  it('gives a [gallery] of attachment ids as the gallery, whose attachments come after the post, and names one not in the export', async () => {
    const mysterium = pageOf(
      (await parse(fixture('shortcodes-of-every-kind-and-galleries-before-and-after-their-post')))[0],
    );
    expect(mysterium.fields.gallery?.map((photo) => photo.src?.split('/').pop())).toEqual([
      'mysterium-battery-point.jpg',
      'mysterium-wharf-crowd.jpg',
    ]);
    expect(mysterium.fields.gallery?.[0]).toMatchObject({
      caption: 'Mysterium rounds Battery Point on the way into Lunenburg harbour.',
      credit: 'Harbour Ledger Photo/Kate Boudreau',
      alt: 'A schooner under full sail',
    });
    expect(mysterium.notes).toContain(
      'the gallery\'s attachment 499 is not in this export; export "All content" to bring it, or add the photo by hand',
    );
    expect(mysterium.body).not.toMatch(
      /gallery ids|\[\/?(?:dropcap|pullquote|audio|video|embed|divider|contact-form-7)\b/,
    );
  });

  it('gives a [gallery] without ids the images uploaded to the post, before and after it, in menu order', async () => {
    const memorial = pageOf(
      (await parse(fixture('shortcodes-of-every-kind-and-galleries-before-and-after-their-post')))[1],
    );
    expect(memorial.fields.gallery?.map((photo) => photo.src?.split('/').pop())).toEqual([
      'memorial-carver.jpg',
      'memorial-wreath.jpg',
      'fishermens-memorial.jpg',
    ]);
    // A photo one post features and another's gallery shows, read for the first before the second asks.
    const photo = `<item><title>p</title><wp:post_id>6</wp:post_id><wp:post_parent>7</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://desk.example/p.jpg</wp:attachment_url></item>`;
    const featuring = post(
      'publish',
      '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>6</wp:meta_value></wp:postmeta>',
      5,
    );
    const showing = post('publish', '', 7).replace('<p>Envoys met.</p>', '[gallery]');
    const [a, b] = (await parse(WXR(featuring + photo + showing))).map(pageOf);
    expect([a!.fields.image?.src, b!.fields.gallery?.[0]?.src]).toEqual([
      'https://desk.example/p.jpg',
      'https://desk.example/p.jpg',
    ]);
  });

  it("resolves relative links and images against the post's address and leaves out a heading repeating the title", async () => {
    const [mysterium, memorial] = (
      await parse(fixture('shortcodes-of-every-kind-and-galleries-before-and-after-their-post'))
    ).map(pageOf);
    expect(mysterium!.body).toContain(
      '](https://harbour-ledger.example/wp-content/uploads/2021/06/mysterium-battery-point-1024x683.jpg)',
    );
    expect(mysterium!.body).toContain(
      '[how she left Halifax](https://harbour-ledger.example/2021/05/28/schooner-leaves-halifax/)',
    );
    expect(memorial!.body).toContain(
      '(https://harbour-ledger.example/wp-content/uploads/2021/06/memorial-names-list.pdf)',
    );
    expect(memorial!.body.startsWith('Four names were carved')).toBe(true);
  });

  it('keeps a block-editor embed as a link to what it embedded', async () => {
    const embed = `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=Ab12","type":"video"} -->\n<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=Ab12\n</div></figure>\n<!-- /wp:embed -->`;
    const page = pageOf(
      (await parse(WXR(post('publish').replace('<p>Envoys met.</p>', `<p>Watch:</p>\n\n${embed}`))))[0],
    );
    expect(page.body).toBe('Watch:\n\n<https://www.youtube.com/watch?v=Ab12>');
  });

  it('finds a featured image whose attachment comes before the post as well as after it', async () => {
    const stray = `<item><title>stray</title><wp:post_id>77</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://desk.example/${'x'.repeat(50)}.jpg</wp:attachment_url></item>`;
    const meta = '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>77</wp:meta_value></wp:postmeta>';
    const before = await parse(WXR(stray + post('publish', meta)));
    const after = await parse(WXR(post('publish', meta) + stray));
    expect(pageOf(before[0]).fields.image?.src).toBe(pageOf(after[0]).fields.image?.src);
    expect(pageOf(before[0]).fields.image?.src).toMatch(/^https:\/\/desk\.example\/x+\.jpg$/);
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
    expect(autoParagraphs('One.\n\nTwo\nlines.\r\n\r\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>')).toBe(
      '<p>One.</p>\n\n<p>Two<br>\nlines.</p>\n\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>',
    );
  });
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const mdText = (node: RootContent | Root): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? node.children.map(mdText).join(node.type === 'root' || node.type === 'list' ? '\n' : '')
      : node.type === 'break'
        ? ' '
        : '';

/** Everything a reader of the rendered Markdown sees, as text. */
const markdownText = (markdown: string) => mdText(unified().use(remarkParse).parse(markdown));

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };
/** Checks that every paragraph of every post of the export survives into its Markdown; returns the number of posts. */
async function postsWithEveryParagraph(text: string): Promise<number> {
  const sources = new Map<string, string>();
  for await (const event of xmlItems(
    textInput(text, 997),
    (e, ancestors) => e.local === 'item' && ancestors.length === 2,
  )) {
    const item = event.kind === 'item' ? event.element : undefined;
    if (item && childText(item, (uri) => uri.includes('/export/'), 'post_type') === 'post') {
      sources.set(
        childText(item, '', 'title')!,
        textContent(child(item, (uri) => uri.includes('/content/'), 'encoded')!),
      );
    }
  }
  const texts = (await parse(text)).map(pageOf).map((p) => squash(markdownText(p.body)));
  for (const [title, html] of sources) {
    const paragraphs = sourceParagraphs(html);
    expect(paragraphs.length, title).toBeGreaterThan(1);
    for (const paragraph of paragraphs)
      expect(
        texts.some((t) => t.includes(paragraph)),
        `${title}: ${paragraph}`,
      ).toBe(true);
  }
  return sources.size;
}

// Scripts and frames are not paragraphs a reader sees; sanitising drops them.
const hastText = (node: HastNode): string =>
  node.type === 'text'
    ? node.value!
    : node.tagName === 'script' || node.tagName === 'iframe'
      ? ''
      : (node.children ?? []).map(hastText).join('');

/** The text of each paragraph of a WordPress body as the site shows it: each <p>, <li> or blank-line-separated block. */
function sourceParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  for (const block of html.replace(/\[\/?caption[^\]]*\]/g, '').split(/\n\s*\n/)) {
    const tree = unified().use(rehypeParse, { fragment: true }).parse(block) as HastNode;
    const parts: HastNode[] = [];
    const visit = (node: HastNode) =>
      node.tagName === 'p' || node.tagName === 'li' ? parts.push(node) : node.children?.forEach(visit);
    visit(tree);
    for (const text of (parts.length ? parts : [tree]).map((n) => squash(hastText(n)))) if (text) paragraphs.push(text);
  }
  return paragraphs;
}
