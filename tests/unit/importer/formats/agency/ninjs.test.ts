import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNinjs } from '../../../../../src/importer/formats/agency/ninjs.ts';
import { describeItemFixtures, itemsOf, pageOf } from '../../feed-fixtures.ts';
import { importerFixtures, markdownParagraphs } from '../../fixtures.ts';

const fixtureItems = async (name: string) =>
  (await itemsOf(parseNinjs, readFileSync(join(importerFixtures, 'ninjs', name), 'utf8'))).map(pageOf);

describeItemFixtures('ninjs', parseNinjs);

const base = {
  uri: 'https://wire.example/n/1',
  type: 'text',
  versioncreated: '2018-06-12T10:00:00+08:00',
  headlines: [{ value: 'Summit' }],
  bodies: [{ contenttype: 'text/html', value: '<p>Text</p>' }],
};

const first = async (item: object) => pageOf((await itemsOf(parseNinjs, JSON.stringify(item)))[0]);

describe('parseNinjs', () => {
  it('numbers the items of an array and reads a single object as item 1', async () => {
    expect((await itemsOf(parseNinjs, JSON.stringify([base, base, base]))).map((i) => i.position)).toEqual([
      'item 1',
      'item 2',
      'item 3',
    ]);
    expect((await itemsOf(parseNinjs, JSON.stringify(base))).map((i) => i.position)).toEqual(['item 1']);
  });

  it('reads 3.x camelCase names as it reads 2.x lowercase ones', async () => {
    const lower = await first({
      ...base,
      firstcreated: '2018-06-12T09:00:00+08:00',
      pubstatus: 'canceled',
      ednote: 'Note',
      copyrightnotice: '© Wire',
      usageterms: 'Subscribers only',
    });
    const { versioncreated, ...rest } = base;
    const camel = await first({
      ...rest,
      versionCreated: versioncreated,
      firstCreated: '2018-06-12T09:00:00+08:00',
      pubStatus: 'canceled',
      edNote: 'Note',
      copyrightNotice: '© Wire',
      usageTerms: 'Subscribers only',
    });
    expect(camel.fields).toEqual(lower.fields);
    expect(lower.fields).toMatchObject({
      date: '2018-06-12T09:00:00+08:00',
      updated: '2018-06-12T10:00:00+08:00',
      draft: true,
      editorNote: 'Note',
      rights: '© Wire Subscribers only',
    });
  });

  it('takes the HTML body over the text one and over agency XML, and the text one when that is all there is', async () => {
    const bodies = [
      { role: 'nitf', contenttype: 'application/xml', value: '<nitf><p>XML</p></nitf>' },
      { role: 'text', contenttype: 'text/plain', value: 'Plain' },
      { role: 'html', contenttype: 'text/html', value: '<p>From <b>HTML</b></p>' },
    ];
    expect((await first({ ...base, bodies })).body).toBe('From **HTML**');
    expect((await first({ ...base, bodies: bodies.slice(0, 2) })).body).toBe('Plain');
  });

  it('writes a text body as paragraphs split at blank lines, with Markdown characters escaped', async () => {
    const page = await first({
      ...base,
      bodies: [{ value: 'One line\nand its rest.\n\n\n# not a heading *or* emphasis\n\n<b>not a tag</b>' }],
    });
    expect(markdownParagraphs(page.body)).toEqual([
      'One line and its rest.',
      '# not a heading *or* emphasis',
      '<b>not a tag</b>',
    ]);
  });

  it('picks the headline in the item’s language, else the first', async () => {
    const headlines = [
      { value: 'English', lang: 'en' },
      { value: '한국어', lang: 'ko-KR' },
    ];
    expect((await first({ ...base, language: 'ko', headlines })).fields.title).toBe('한국어');
    expect((await first({ ...base, language: 'ja', headlines })).fields.title).toBe('English');
    expect((await first({ ...base, headlines: [], headline: '1.x headline' })).fields.title).toBe('1.x headline');
  });

  it('sorts subjects into tags, people, places and organizations by their own lists and a subject type', async () => {
    const page = await first({
      ...base,
      subjects: [
        { name: 'sanctions' },
        { name: 'Moon Jae-in', type: 'cpnat:person' },
        { name: 'Hanoi', type: 'cpnat:geoArea' },
        { name: 'IAEA', type: 'cpnat:organisation' },
      ],
      people: [{ name: 'Kim Jong Un' }],
      places: [{ name: 'Singapore' }],
      organisations: [{ name: 'United Nations' }],
    });
    expect(page.fields).toMatchObject({
      tags: ['sanctions'],
      people: ['Kim Jong Un', 'Moon Jae-in'],
      places: ['Singapore', 'Hanoi'],
      organizations: ['United Nations', 'IAEA'],
    });
  });

  it('reads 1.x singular lists and name-keyed associations and renditions', async () => {
    const page = await first({
      uri: 'urn:x',
      versioncreated: '2016-01-06T10:30:00+09:00',
      headline: 'Test',
      body_html: '<p>Body</p>',
      subject: [{ name: 'nuclear tests' }],
      person: [{ name: 'Kim Jong Un' }],
      place: [{ name: 'Punggye-ri' }],
      organisation: [{ name: 'KCNA' }],
      associations: {
        main: {
          type: 'picture',
          description_text: 'The test site',
          byline: 'Satellite image',
          renditions: {
            small: { href: 'https://wire.example/s.jpg', width: 100 },
            large: { href: 'https://wire.example/l.jpg', width: 2000 },
          },
        },
      },
    });
    expect(page.fields).toMatchObject({
      tags: ['nuclear tests'],
      people: ['Kim Jong Un'],
      places: ['Punggye-ri'],
      organizations: ['KCNA'],
      image: { src: 'https://wire.example/l.jpg', caption: 'The test site', credit: 'Satellite image' },
    });
    expect(page.fields).not.toHaveProperty('originalUrl');
  });

  it('takes only a picture association as the photo', async () => {
    const page = await first({
      ...base,
      associations: [
        {
          name: 'clip',
          type: 'video',
          renditions: [{ name: 'v', href: 'https://wire.example/v.mp4', contenttype: 'video/mp4' }],
        },
      ],
    });
    expect(page.fields).not.toHaveProperty('image');
  });

  it('keeps the offset of every date and makes a wrong one an error naming the field', async () => {
    expect((await first({ ...base, versioncreated: '2016-01-06T10:30:00-05:00' })).fields.date).toBe(
      '2016-01-06T10:30:00-05:00',
    );
    const [item] = await itemsOf(parseNinjs, JSON.stringify({ ...base, firstcreated: 'yesterday' }));
    expect(item!.result).toEqual({
      error: expect.stringMatching(/^"firstCreated" "yesterday" is not an ISO 8601 date/),
    });
  });

  it('makes a withheld or canceled item a draft and a usable one not', async () => {
    for (const [status, draft] of [
      ['withheld', true],
      ['canceled', true],
      ['usable', undefined],
    ] as const)
      expect((await first({ ...base, pubstatus: status })).fields.draft, status).toBe(draft);
  });

  it('leaves nothing runnable of a hostile HTML body, headline or caption', async () => {
    const page = await first({
      ...base,
      headlines: [{ contenttype: 'text/html', value: 'Summit<script>alert(1)</script>' }],
      bodies: [
        {
          contenttype: 'text/html',
          value:
            '<p>Kept</p><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><svg><script>alert(4)</script></svg>',
        },
      ],
      associations: [
        {
          name: 'p',
          type: 'picture',
          descriptions: [{ contenttype: 'text/html', value: '<b onmouseover="alert(5)">Caption</b>' }],
          renditions: [{ name: 'r', href: 'javascript:alert(6)' }],
        },
      ],
    });
    expect(page.body).toContain('Kept');
    expect(JSON.stringify(page)).not.toMatch(/script|alert|onerror|onmouseover|javascript:/i);
    expect(page.fields.image).toEqual({ caption: 'Caption' });
  });

  it('makes an array element that is not an object an error of its own and goes on', async () => {
    const items = await itemsOf(parseNinjs, JSON.stringify([base, 'oops', base]));
    expect(items.map((i) => ('error' in i.result ? i.result.error : 'page'))).toEqual([
      'page',
      expect.stringMatching(/^is "oops", not a ninjs object/),
      'page',
    ]);
  });

  it('gives one error naming the line and column of a JSON syntax error, and the fix', async () => {
    const text = '[\n  {"uri": "https://wire.example/1",\n   "headlines": [{"value": "A"}]\n   "bodies": []}\n]';
    expect(await itemsOf(parseNinjs, text)).toEqual([
      {
        position: 'line 4, column 4',
        result: {
          error: expect.stringMatching(
            /^malformed JSON at line 4, column 4: .+; no item can be read, so fix the file there \(a missing comma/,
          ),
        },
      },
    ]);
  });

  it('places the error of a truncated file at its end', async () => {
    const text = JSON.stringify([base, base], null, 2).slice(0, -40);
    const lines = text.split('\n');
    const [item] = await itemsOf(parseNinjs, text, 5);
    expect(item!.position).toBe(`line ${lines.length}, column ${lines.at(-1)!.length + 1}`);
  });
});

describe('parseNinjs infosources', () => {
  it('takes the source from an infosources entry naming a known source by id or by name', async () => {
    expect(
      (await first({ ...base, uri: 'urn:x', infosources: [{ name: 'Someone', literal: 'paper' }] })).fields.source,
    ).toBe('paper');
    expect((await first({ ...base, uri: 'urn:x', infosources: [{ name: 'Yonhap News Agency' }] })).fields.source).toBe(
      'yonhap',
    );
    expect(
      (await first({ ...base, uri: 'urn:x', infosources: [{ name: 'An agency the archive lacks' }] })).fields.source,
    ).toBeUndefined();
  });

  it('makes a brief whose text is only its description an article with that text as the body, not as a summary too', async () => {
    const [v1, v3] = await fixtureItems('v1-description-only-briefs-embargoed.json');
    expect(markdownParagraphs(v1!.body)).toEqual([
      'Crews on the coastal ferries will stop work for 24 hours from Monday morning after talks on shift pay broke down overnight, their union said.',
      'The operator said it would run a reduced timetable on two routes.',
    ]);
    expect(v1!.fields).not.toHaveProperty('summary');
    expect(markdownParagraphs(v3!.body)[0]).toMatch(/^The Öresund bridge was closed/);
    const bare = await itemsOf(parseNinjs, JSON.stringify({ ...base, bodies: [] }));
    expect(bare[0]!.result).toEqual({ error: expect.stringMatching(/^has no text: no "bodies" entry/) });
  });

  it('holds an embargoed story until its time, keeps a canceled one as a draft, and keeps a note with contact details off the page', async () => {
    const [embargoed, canceled] = await fixtureItems('v1-description-only-briefs-embargoed.json');
    expect(embargoed!.fields.embargo).toBe('2024-03-01T08:00:00+01:00');
    expect(canceled!.fields.draft).toBe(true);
    expect(canceled!.fields).not.toHaveProperty('editorNote');
    expect(canceled!.fields.internalNote).toContain('sara.lindqvist@wire.example');
    expect(JSON.stringify([canceled!.body, canceled!.fields.summary])).not.toMatch(/@|\+46/);
    const bad = await itemsOf(parseNinjs, JSON.stringify({ ...base, embargoed: 'until further notice' }));
    expect(bad[0]!.result).toEqual({
      error: expect.stringContaining('"embargoed" "until further notice" is not an ISO 8601 date'),
    });
  });

  it('leaves out the <head> and the <h1> that repeat the headline at the top of body_html, and resolves links against the story', async () => {
    const [page] = await fixtureItems('v1-body-html-head-title-h1-picture-associations.json');
    expect(markdownParagraphs(page!.body)[0]).toMatch(/^U\.S\. President Donald Trump walked/);
    expect(page!.body).not.toContain('Trump steps across the line');
    expect(page!.body).toContain('(https://wire.example/places/freedom-house)');
  });

  it('takes the picture’s caption from its body_text and its credit from its byline, and never a related story as originalUrl', async () => {
    const [page] = await fixtureItems('v1-body-html-head-title-h1-picture-associations.json');
    expect(page!.fields.image).toEqual({
      src: 'https://wire.example/photos/20190630-crossing.jpg',
      caption: 'Donald Trump and Kim Jong Un walk together at the military demarcation line on June 30, 2019.',
      credit: 'Lee Jin-man',
    });
    expect(page!.fields.originalUrl).toBe('https://wire.example/2019/06/30/panmunjom-crossing');
    expect(page!.fields.byline).toEqual(['Ahn Sung-mi', 'Oh Jae-won']);
  });

  it('keeps the uri as importId (else the guid) and an API address out of originalUrl, the agency still found from it', async () => {
    const api = await first({ ...base, uri: 'https://api.wire.example/content/v2/items/123' });
    expect(api.fields).toMatchObject({ importId: 'https://api.wire.example/content/v2/items/123', source: 'wire' });
    expect(api.fields).not.toHaveProperty('originalUrl');
    const noUri = Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'uri'));
    expect((await first({ ...noUri, guid: 'wire-123' })).fields.importId).toBe('wire-123');
  });

  it('keeps versioncreated as the update only when it is later than firstcreated', async () => {
    expect((await first({ ...base, firstcreated: '2018-06-12T11:00:00+08:00' })).fields).not.toHaveProperty('updated');
  });
});
