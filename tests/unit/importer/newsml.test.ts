import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/model/article.ts';
import { parseNewsml } from '../../../src/importer/newsml.ts';
import type { ParsedItem } from '../../../src/importer/page.ts';
import { itemsOf } from './feed-fixtures.ts';
import { importerFixtures, markdownParagraphs } from './fixtures.ts';

/** The items of a NewsML text, handed over whole or in chunks of `size` characters (a tag may be cut anywhere). */
const parse = (text: string, size = text.length || 1) => itemsOf(parseNewsml, text, size);

const pageOf = (item: ParsedItem | undefined) => {
  if (!item || !('page' in item.result)) throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item.result.page;
};

/** The text of every story paragraph in each newsItem, read from the delivery's own markup (not body.head or body.end). */
function storyParagraphs(xml: string): string[][] {
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  return [...doc.getElementsByTagNameNS('*', 'newsItem')].map((item) =>
    [...item.getElementsByTagNameNS('*', 'inlineXML')[0]!.getElementsByTagNameNS('*', 'p')]
      .filter((p) => !p.closest('li'))
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

const dir = join(importerFixtures, 'newsml');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();

describe.each(fixtures)('NewsML-G2 delivery %s', (name) => {
  const xml = readFileSync(join(dir, name), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.xml$/, '.expected.json')), 'utf8')) as { items: { position: string; fields: object }[] };

  it('gives every item with its position and the expected front matter, valid for the archive', async () => {
    const items = await parse(xml);
    expect(items.map((i) => i.position)).toEqual(expected.items.map((i) => i.position));
    items.forEach((item, i) => {
      const { fields } = pageOf(item);
      expect(fields).toEqual(expected.items[i]!.fields);
      expect(articleSchema.safeParse({ source: 'wire', section: 'World', ...fields }).success).toBe(true);
    });
  });

  it('keeps every paragraph of each story, in order, word for word', async () => {
    const items = await parse(xml);
    const stories = storyParagraphs(xml);
    expect(stories.flat().length).toBeGreaterThan(1);
    items.forEach((item, i) => expect(markdownParagraphs(pageOf(item).body).filter(Boolean)).toEqual(stories[i]));
  });

  it('reads the same however the text is cut into chunks', async () => {
    expect(await parse(xml, 7)).toEqual(await parse(xml));
  });
});

describe('parseNewsml', () => {
  const item = (meta: string, content: string, body = '<p>One paragraph of the story.</p><p>And a second.</p>') => `
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2017-09-03T12:30:00+09:00</firstCreated>${meta}</itemMeta>
  <contentMeta>${content}</contentMeta>
  <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet>
</newsItem>`;
  const message = (...items: string[]) => `<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>${items.join('\n')}</itemSet></newsMessage>`;

  it('turns hostile XHTML and NITF bodies inert', async () => {
    const xhtml = item('', '<headline>Test</headline>', '<p onmouseover="x()">Text<script>alert(1)</script></p><iframe src="https://evil.example"/><a href="javascript:alert(2)">bad</a><img src="x" onerror="alert(3)"/>');
    const nitf = item('', '<headline>Test</headline>', '').replace(
      /<html[\s\S]*<\/html>/,
      '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>Text &lt;img src=x onerror=alert(4)&gt;</p><media><media-reference source="javascript:alert(5)" alternate-text="a"/></media></body.content></body></nitf>',
    );
    for (const page of (await parse(message(xhtml, nitf))).map(pageOf)) {
      expect(page.body).toContain('Text');
      // Markup written as text stays escaped text (\<img), never a tag.
      expect(page.body).not.toMatch(/(?<!\\)<(?:script|iframe|img)|javascript:|onmouseover/i);
    }
  });

  it('keeps going after an item it cannot import, and says why', async () => {
    const items = await parse(message(item('', '<dateline>SEOUL</dateline>'), item('', '<headline>Second</headline>'), item('<signal qcode="sig:correction"/>', '<headline>Third</headline>', '')));
    expect(items.map((i) => i.position)).toEqual(['newsItem 1 (line 3)', 'newsItem 2 (line 9)', 'newsItem 3 (line 15)']);
    expect(items[0]!.result).toEqual({ error: expect.stringMatching(/no contentMeta\/headline; add one/) });
    expect(pageOf(items[1]).fields.title).toBe('Second');
    expect(items[2]!.result).toEqual({ error: expect.stringMatching(/has no story text in contentSet/) });
  });

  it('gives a correction with no note a default text dated by the version, and withheld or canceled items as drafts', async () => {
    const corrected = pageOf((await parse(item('<versionCreated>2017-09-04T08:00:00+09:00</versionCreated><signal qcode="sig:correction"/><pubStatus qcode="stat:canceled"/>', '<headline>H</headline>')))[0]);
    expect(corrected.fields).toMatchObject({ updated: '2017-09-04T08:00:00+09:00', draft: true, corrections: [{ date: '2017-09-04T08:00:00+09:00', text: expect.stringMatching(/corrected/) }] });
    const usable = pageOf((await parse(item('<pubStatus qcode="stat:usable"/>', '<headline>H</headline>')))[0]);
    expect(usable.fields.draft).toBeUndefined();
  });

  it('notes a caption it cannot place and a date it cannot read instead of dropping them silently', async () => {
    const page = pageOf((await parse(item('<versionCreated>yesterday</versionCreated>', '<headline>H</headline><description role="drol:caption">A photo of the site.</description>')))[0]);
    expect(page.fields.image).toBeUndefined();
    expect(page.notes).toEqual(['the versionCreated "yesterday" is not an ISO 8601 date; it was left out', 'left out the picture caption "A photo of the site.": this newsItem carries no picture']);
  });

  it('names the line and column of malformed XML, after the items before it', async () => {
    const broken = message(item('', '<headline>Fine</headline>'), item('', '<headline>Broken</head>'));
    const items = await parse(broken, 50);
    expect(items).toHaveLength(2);
    expect(pageOf(items[0]).fields.title).toBe('Fine');
    expect(items[1]).toEqual({ position: 'newsItem 2 (line 9)', result: { error: expect.stringMatching(/^the XML is malformed at line 11, column \d+ \(.+\); fix the document there/) } });
  });

  it('names where a truncated delivery stops', async () => {
    const whole = message(item('', '<headline>Fine</headline>'), item('', '<headline>Cut off</headline>'));
    const items = await parse(whole.slice(0, whole.indexOf('Cut off')), 64);
    expect(items.map((i) => i.position)).toEqual(['newsItem 1 (line 3)', 'newsItem 2 (line 9)']);
    expect(items[1]!.result).toEqual({ error: expect.stringMatching(/^the XML is malformed at line 11, column \d+/) });
  });

  it('says so when a message holds no item', async () => {
    expect(await parse(message())).toEqual([{ position: 'line 1', result: { error: expect.stringMatching(/holds no newsItem/) } }]);
  });
});
