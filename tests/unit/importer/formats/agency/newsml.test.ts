import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../../src/model/article.ts';
import { parseNewsml } from '../../../../../src/importer/formats/agency/newsml.ts';
import type { ParsedItem } from '../../../../../src/importer/types.ts';
import { itemsOf } from '../../feed-fixtures.ts';
import { importerFixtures, markdownParagraphs } from '../../fixtures.ts';

/** The items of a NewsML text, handed over whole or in chunks of `size` characters (a tag may be cut anywhere). */
const parse = (text: string, size = text.length || 1) => itemsOf(parseNewsml, text, size);

const pageOf = (item: ParsedItem | undefined) => {
  if (!item || !('page' in item.result)) throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item.result.page;
};

/**
 * The text of every story paragraph in each newsItem that has inline XML, by the newsItem's number
 * from 1, read from the delivery's own markup (not body.head or body.end), less the header lines
 * the expected file says are left out.
 */
function storyParagraphs(xml: string, leftOut: Map<number, string[]>): Map<number, string[]> {
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  const stories = new Map<number, string[]>();
  [...doc.getElementsByTagNameNS('*', 'newsItem')].forEach((item, i) => {
    const inline = item.getElementsByTagNameNS('*', 'inlineXML')[0];
    if (!inline) return;
    const paragraphs = [...inline.getElementsByTagNameNS('*', 'p')]
      .filter((p) => !p.closest('li'))
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
    stories.set(
      i + 1,
      paragraphs.filter((p) => !(leftOut.get(i + 1) ?? []).includes(p)),
    );
  });
  return stories;
}

/** The newsItem number of an item's position: `newsItem 3 (line 97)` → 3. */
const itemNumber = (position: string) => Number(/^newsItem (\d+)/.exec(position)![1]);

const dir = join(importerFixtures, 'newsml');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.xml'))
  .sort();

describe.each(fixtures)('NewsML-G2 delivery %s', (name) => {
  const xml = readFileSync(join(dir, name), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.xml$/, '.expected.json')), 'utf8')) as {
    items: { position: string; fields: object; leftOut?: string[] }[];
  };
  const leftOut = new Map(expected.items.map((item) => [itemNumber(item.position), item.leftOut ?? []]));

  it('gives every item with its position and the expected front matter, valid for the archive', async () => {
    const items = await parse(xml);
    expect(items.map((i) => i.position)).toEqual(expected.items.map((i) => i.position));
    items.forEach((item, i) => {
      const { fields } = pageOf(item);
      expect(fields).toEqual(expected.items[i]!.fields);
      expect(articleSchema.safeParse({ source: 'wire', section: 'World', ...fields }).success).toBe(true);
    });
  });

  it('keeps every paragraph of each story, in order, word for word, and none of the header lines it leaves out', async () => {
    const items = await parse(xml);
    const stories = storyParagraphs(xml, leftOut);
    expect([...stories.values()].flat().length).toBeGreaterThan(1);
    for (const item of items) {
      const paragraphs = markdownParagraphs(pageOf(item).body).filter(Boolean);
      expect(paragraphs).toEqual(stories.get(itemNumber(item.position)));
      for (const line of leftOut.get(itemNumber(item.position)) ?? []) expect(paragraphs).not.toContain(line);
    }
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
  const message = (...items: string[]) =>
    `<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>${items.join('\n')}</itemSet></newsMessage>`;

  it('turns hostile XHTML and NITF bodies inert', async () => {
    const xhtml = item(
      '',
      '<headline>Test</headline>',
      '<p onmouseover="x()">Text<script>alert(1)</script></p><iframe src="https://evil.example"/><a href="javascript:alert(2)">bad</a><img src="x" onerror="alert(3)"/>',
    );
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
    const items = await parse(
      message(
        item('', '<dateline>SEOUL</dateline>'),
        item('', '<headline>Second</headline>'),
        item('<signal qcode="sig:correction"/>', '<headline>Third</headline>', ''),
      ),
    );
    expect(items.map((i) => i.position)).toEqual([
      'newsItem 1 (line 3)',
      'newsItem 2 (line 9)',
      'newsItem 3 (line 15)',
    ]);
    expect(items[0]!.result).toEqual({ error: expect.stringMatching(/no contentMeta\/headline; add one/) });
    expect(pageOf(items[1]).fields.title).toBe('Second');
    expect(items[2]!.result).toEqual({ error: expect.stringMatching(/has no story text in contentSet/) });
  });

  it('gives a correction with no note a default text dated by the version, and withheld or canceled items as drafts', async () => {
    const corrected = pageOf(
      (
        await parse(
          item(
            '<versionCreated>2017-09-04T08:00:00+09:00</versionCreated><signal qcode="sig:correction"/><pubStatus qcode="stat:canceled"/>',
            '<headline>H</headline>',
          ),
        )
      )[0],
    );
    expect(corrected.fields).toMatchObject({
      updated: '2017-09-04T08:00:00+09:00',
      draft: true,
      corrections: [{ date: '2017-09-04T08:00:00+09:00', text: expect.stringMatching(/corrected/) }],
    });
    const usable = pageOf((await parse(item('<pubStatus qcode="stat:usable"/>', '<headline>H</headline>')))[0]);
    expect(usable.fields.draft).toBeUndefined();
  });

  it('notes a caption it cannot place and a date it cannot read instead of dropping them silently', async () => {
    const page = pageOf(
      (
        await parse(
          item(
            '<versionCreated>yesterday</versionCreated>',
            '<headline>H</headline><description role="drol:caption">A photo of the site.</description>',
          ),
        )
      )[0],
    );
    expect(page.fields.image).toBeUndefined();
    expect(page.notes).toEqual([
      'the versionCreated "yesterday" is not an ISO 8601 date; it was left out',
      'left out the picture caption "A photo of the site.": this newsItem carries no picture',
    ]);
  });

  it('names the line and column of malformed XML, after the items before it', async () => {
    const broken = message(item('', '<headline>Fine</headline>'), item('', '<headline>Broken</head>'));
    const items = await parse(broken, 50);
    expect(items).toHaveLength(2);
    expect(pageOf(items[0]).fields.title).toBe('Fine');
    expect(items[1]).toEqual({
      position: 'newsItem 2 (line 9)',
      result: {
        error: expect.stringMatching(/^the XML is malformed at line 11, column \d+ \(.+\); fix the document there/),
      },
    });
  });

  it('names where a truncated delivery stops', async () => {
    const whole = message(item('', '<headline>Fine</headline>'), item('', '<headline>Cut off</headline>'));
    const items = await parse(whole.slice(0, whole.indexOf('Cut off')), 64);
    expect(items.map((i) => i.position)).toEqual(['newsItem 1 (line 3)', 'newsItem 2 (line 9)']);
    expect(items[1]!.result).toEqual({ error: expect.stringMatching(/^the XML is malformed at line 11, column \d+/) });
  });

  it('says so when a message holds no item', async () => {
    expect(await parse(message())).toEqual([
      { position: 'line 1', result: { error: expect.stringMatching(/holds no newsItem/) } },
    ]);
  });

  it('keeps a non-public note, or one giving someone’s e-mail or phone, out of editorNote and the body', async () => {
    const marked = pageOf(
      (
        await parse(
          item(
            '<edNote role="ednoterole:nonpublic">Check the quote with the desk before use</edNote>',
            '<headline>H</headline>',
          ),
        )
      )[0],
    );
    expect(marked.fields).toMatchObject({ internalNote: 'Check the quote with the desk before use' });
    expect(marked.fields).not.toHaveProperty('editorNote');
    const constrained = pageOf(
      (
        await parse(
          item(
            '<edNote pubconstraint="nonpublic">Not for readers</edNote><edNote>ADDS photo</edNote>',
            '<headline>H</headline>',
          ),
        )
      )[0],
    );
    expect(constrained.fields).toMatchObject({ internalNote: 'Not for readers', editorNote: 'ADDS photo' });
    const unmarked = pageOf(
      (await parse(item('<edNote>Queries to anna.berg@wire.example</edNote>', '<headline>H</headline>')))[0],
    );
    expect(unmarked.fields).not.toHaveProperty('editorNote');
    expect(JSON.stringify([unmarked.body, unmarked.fields.summary])).not.toContain('@');
  });

  it('makes a correction’s note a correction dated by the version and the editor’s note, whether a role, a signal or the note’s own words say so', async () => {
    const meta = '<versionCreated>2017-09-04T08:00:00+09:00</versionCreated>';
    for (const note of [
      '<edNote role="ednoterole:correction">Fixes the time of the blast</edNote>',
      '<edNote>CORRECTS time of blast in 2nd para</edNote>',
    ]) {
      const page = pageOf((await parse(item(meta + note, '<headline>H</headline>')))[0]);
      expect(page.fields.corrections).toEqual([
        { date: '2017-09-04T08:00:00+09:00', text: expect.stringMatching(/time of the blast|time of blast/) },
      ]);
      expect(page.fields.editorNote).toBe(page.fields.corrections![0]!.text);
    }
  });

  it('keeps the guid as importId, never takes a seeAlso link as the story’s address, and gives one item the same fields twice', async () => {
    const seeAlso = '<link rel="irel:seeAlso" href="https://wire.example/background/summits" contenttype="text/html"/>';
    const [a, b, again] = (
      await parse(
        message(
          item(seeAlso, '<headline>One</headline>'),
          item(seeAlso, '<headline>Two</headline>').replace('guid="urn:x"', 'guid="urn:y"'),
          item(seeAlso, '<headline>One</headline>'),
        ),
      )
    ).map(pageOf);
    expect([a!.fields.importId, b!.fields.importId]).toEqual(['urn:x', 'urn:y']);
    expect([a!.fields.originalUrl, b!.fields.originalUrl]).toEqual([undefined, undefined]);
    expect(again).toEqual(a);
    const canonical = pageOf(
      (
        await parse(
          item(
            '<link rel="irel:canonical" href="https://wire.example/2017/09/03/test" contenttype="text/html"/>' +
              seeAlso,
            '<headline>H</headline>',
          ),
        )
      )[0],
    );
    expect(canonical.fields.originalUrl).toBe('https://wire.example/2017/09/03/test');
  });

  it('gives a text item the picture item it links to, whether that comes before or after it, and keeps the items in order', async () => {
    const text = (n: number) =>
      item(
        `<link rel="irel:seeAlso" residref="urn:pic" contenttype="image/jpeg"/>`,
        `<headline>Story ${n}</headline>`,
      ).replace('guid="urn:x"', `guid="urn:t${n}"`);
    const picture = `<newsItem guid="urn:pic"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><creditline>Wire/Kim</creditline><headline>Alt words</headline><description role="drol:caption">The site.</description></contentMeta><contentSet><remoteContent href="https://wire.example/p.jpg" contenttype="image/jpeg"/></contentSet></newsItem>`;
    const plain = item('', '<headline>Plain</headline>');
    for (const order of [
      [text(1), plain, picture],
      [picture, text(1), plain],
    ]) {
      const items = await parse(message(...order));
      expect(items.map((i) => pageOf(i).fields.title)).toEqual(['Story 1', 'Plain']);
      expect(pageOf(items[0]).fields.image).toEqual({
        src: 'https://wire.example/p.jpg',
        alt: 'Alt words',
        caption: 'The site.',
        credit: 'Wire/Kim',
      });
    }
    const alone = await parse(message(plain, picture));
    expect(alone[1]!.result).toEqual({
      error: expect.stringContaining('a picture that no text item in the delivery links to'),
    });
  });

  it('holds a story embargoed until after it was sent, and ignores an embargo already past', async () => {
    const embargoed = (time: string) =>
      item(
        `<versionCreated>2017-09-03T12:30:00+09:00</versionCreated><embargoed>${time}</embargoed>`,
        '<headline>H</headline>',
      );
    expect(pageOf((await parse(embargoed('2017-09-03T18:00:00+09:00')))[0]).fields).toMatchObject({
      embargo: '2017-09-03T18:00:00+09:00',
    });
    expect(pageOf((await parse(embargoed('2017-09-03T06:00:00+09:00')))[0]).fields).not.toHaveProperty('embargo');
  });

  it('leaves the header lines out of a plain-text rendition too, keeping the dateline', async () => {
    const plain = item('', '<headline>Talks resume</headline><keyword>talks</keyword><keyword>Korea</keyword>').replace(
      /<inlineXML>[\s\S]*<\/inlineXML>/,
      '<inlineData contenttype="text/plain">Talks resume\n\ntalks, Korea\n\n2017-09-03 12:30\n\nSeoul (Wire)\n\nThe talks resumed on Sunday.</inlineData>',
    );
    const page = pageOf((await parse(plain))[0]);
    expect(markdownParagraphs(page.body)).toEqual(['Seoul (Wire)', 'The talks resumed on Sunday.']);
    expect(page.notes).toContain(
      'left out the header lines at the top of the body: "Talks resume", "talks, Korea", "2017-09-03 12:30"',
    );
  });
});
