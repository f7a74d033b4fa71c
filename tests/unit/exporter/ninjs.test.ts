import { describe, expect, it } from 'vitest';
import { ninjsItem } from '../../../src/importer/formats/agency/ninjs.ts';
import { articleSchema, type ArticleData } from '../../../src/model/article.ts';
import { articleToNinjs, articleUrn } from '../../../src/exporter/ninjs.ts';
import { SOURCES } from '../importer/fixtures.ts';

// Every top-level property of the ninjs 2.0 schema (ninjs-schema_2.0.json, which allows no others).
const NINJS_2_PROPERTIES = new Set(
  'uri type representationtype profile version firstcreated versioncreated contentcreated embargoed pubstatus urgency copyrightholder copyrightnotice usageterms ednote language descriptions bodies headlines people organisations places subjects events objects infosources title by slugline located renditions associations altids trustindicators standard genres rightsinfo'.split(
    ' ',
  ),
);

const article = (fields: Record<string, unknown> = {}): ArticleData =>
  articleSchema.parse({
    title: 'Talks open',
    date: '2018-06-12T09:00:00+08:00',
    source: 'wire',
    section: 'Diplomacy',
    ...fields,
  });

const full = article({
  updated: '2018-06-12T18:05:00+08:00',
  byline: ['Ada Reporter'],
  dateline: 'SINGAPORE',
  topics: ['us-north-korea-summits'],
  tags: ['summit'],
  people: ['Kim Jong Un'],
  places: ['Singapore'],
  organizations: ['U.N. Security Council'],
  summary: 'Leaders met.',
  label: 'UPDATE',
  editorNote: 'Updated with the statement.',
  wireNote: 'UPDATES with statement',
  image: { src: 'https://wire.example/p.jpg', caption: 'The leaders.', credit: 'Wire Photo' },
  gallery: [{ caption: 'The leaders.' }, {}],
  corrections: [{ date: '2018-06-13', text: 'An earlier version misspelt a name.' }],
  originalUrl: 'https://wire.example/story/9',
  rights: '© Test Wire',
  language: 'en',
});

const readBack = (data: ArticleData, html = '<p>Text.</p>') => {
  const result = ninjsItem(
    JSON.parse(JSON.stringify(articleToNinjs({ id: '2018/talks-open', data, html, sourceName: 'Test Wire Service' }))),
    SOURCES,
  );
  if ('error' in result) throw new Error(result.error);
  return result.page;
};

describe('articleToNinjs', () => {
  it('writes an item that our ninjs importer reads back to the same front matter', () => {
    const page = readBack(full);
    expect(articleSchema.parse({ ...page.fields })).toEqual(full);
    expect(page.body).toBe('Text.');
  });

  it('uses only ninjs 2.0 property names, apart from the documented _dateline extension', () => {
    const item = articleToNinjs({
      id: '2018/talks-open',
      data: full,
      html: '<p>Text.</p>',
      sourceName: 'Test Wire Service',
    });
    expect(Object.keys(item).filter((key) => !NINJS_2_PROPERTIES.has(key))).toEqual(['_dateline']);
    expect(item).toMatchObject({
      uri: 'https://wire.example/story/9',
      located: 'SINGAPORE',
      ednote: 'Updated with the statement.',
      subjects: [{ name: 'summit' }],
      organisations: [{ name: 'U.N. Security Council' }],
      infosources: [{ name: 'Test Wire Service', literal: 'wire' }],
      associations: [
        {
          name: 'featureimage',
          type: 'picture',
          by: 'Wire Photo',
          renditions: [{ href: 'https://wire.example/p.jpg' }],
        },
      ],
      bodies: [{ contenttype: 'text/html', value: '<p>Text.</p>' }],
    });
    // Only what ninjs has no property for goes in the extension.
    expect(Object.keys(item._dateline as object).sort()).toEqual([
      'corrections',
      'gallery',
      'label',
      'section',
      'topics',
      'wireNote',
    ]);
  });

  it('marks a draft withheld, so it imports as a draft and is not published by a receiver', () => {
    expect(articleToNinjs({ id: '2018/x', data: article({ draft: true }), html: '<p>x</p>' }).pubstatus).toBe(
      'withheld',
    );
    expect(readBack(article({ draft: true })).fields.draft).toBe(true);
    expect(articleToNinjs({ id: '2018/x', data: article(), html: '<p>x</p>' }).pubstatus).toBe('usable');
  });

  it('gives an article with no address of its own a stable urn made from its id, which is not read back as an address', () => {
    const item = articleToNinjs({ id: '2018/talks-open', data: article(), html: '<p>x</p>' });
    expect(item.uri).toBe('urn:dateline:2018/talks-open');
    expect(articleUrn('2018/a b')).toBe('urn:dateline:2018/a%20b');
    expect(readBack(article()).fields.originalUrl).toBeUndefined();
  });

  it('keeps two bylines, and an image with alt text or on the site, whole in the extension', () => {
    const data = article({
      byline: ['Reporter One', 'Reporter Two'],
      image: { src: '/images/p.jpg', alt: 'Two leaders', caption: 'The leaders.' },
    });
    const item = articleToNinjs({ id: '2018/x', data, html: '<p>x</p>' });
    expect(item.by).toBe('Reporter One, Reporter Two');
    expect(item._dateline).toMatchObject({
      byline: ['Reporter One', 'Reporter Two'],
      image: { src: '/images/p.jpg', alt: 'Two leaders', caption: 'The leaders.' },
    });
    expect(articleSchema.parse(readBack(data).fields)).toEqual(data);
  });
});
