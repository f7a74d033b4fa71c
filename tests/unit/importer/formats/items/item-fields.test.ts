import { describe, expect, it } from 'vitest';
import {
  feedItemResult,
  htmlToPlainText,
  httpUrl,
  isoDate,
  languageTag,
  plainTextToMarkdown,
  rfc822ToIso,
  uniqueNames,
} from '../../../../../src/importer/formats/items/item-fields.ts';
import { markdownParagraphs, SOURCES } from '../../fixtures.ts';

describe('rfc822ToIso', () => {
  it('keeps the given offset and writes the zero zones as Z', () => {
    const cases: [string, string | undefined][] = [
      ['Wed, 06 Jan 2016 10:30:00 +0900', '2016-01-06T10:30:00+09:00'],
      ['Wed, 06 Jan 2016 01:30:00 GMT', '2016-01-06T01:30:00Z'],
      ['Wed, 06 Jan 2016 01:30:00 UT', '2016-01-06T01:30:00Z'],
      ['Wed, 06 Jan 2016 01:30:00 Z', '2016-01-06T01:30:00Z'],
      ['6 Jan 2016 01:30 -0500', '2016-01-06T01:30:00-05:00'],
      ['Tue, 12 Jun 2018 09:05:00 EDT', '2018-06-12T09:05:00-04:00'],
      ['Tue, 12 June 18 09:05:00 +09:30', '2018-06-12T09:05:00+09:30'],
      ['Wed, 06 Jan 2016 10:30:00', '2016-01-06T10:30:00'],
      ['Wed, 31 Feb 2016 10:30:00 +0900', undefined],
      ['Wed, 06 Jan 2016 10:30:00 XYZ', undefined],
      ['2016-01-06T10:30:00+09:00', undefined],
      ['yesterday', undefined],
    ];
    for (const [text, iso] of cases) expect(rfc822ToIso(text), text).toBe(iso);
  });
});

describe('isoDate', () => {
  it('normalises an ISO date with its offset kept and rejects others', () => {
    expect(isoDate(' 2018-06-12T14:05:00+0800 ')).toBe('2018-06-12T14:05:00+08:00');
    expect(isoDate('2018-06-12')).toBe('2018-06-12');
    expect(isoDate('June 12, 2018')).toBeUndefined();
  });
});

describe('htmlToPlainText', () => {
  it('gives the text on one line, blocks apart, entities decoded and nothing of scripts', () => {
    expect(htmlToPlainText('<p>Seoul &amp; <em>Tokyo</em></p><p>meet</p><script>alert(1)</script>')).toBe(
      'Seoul & Tokyo meet',
    );
    expect(htmlToPlainText('a < b and c > d')).toBe('a < b and c > d');
  });
});

describe('plainTextToMarkdown', () => {
  it('makes a paragraph of each block between blank lines and escapes Markdown syntax', () => {
    const md = plainTextToMarkdown('First line\nsame paragraph.\r\n\r\n* not a list\n\n\n\n1. not a list either\n\n  ');
    expect(markdownParagraphs(md)).toEqual(['First line same paragraph.', '* not a list', '1. not a list either']);
    expect(plainTextToMarkdown(' \n\n ')).toBe('');
  });
});

describe('httpUrl and languageTag', () => {
  it('accept only absolute http(s) addresses', () => {
    expect(httpUrl(' https://paper.example/a ')).toBe('https://paper.example/a');
    for (const bad of ['javascript:alert(1)', '/relative', 'ftp://x.example/', 'https://', 'urn:x:y', undefined])
      expect(httpUrl(bad), String(bad)).toBeUndefined();
  });

  it('write feed language codes as the schema takes them', () => {
    expect(languageTag('EN-us')).toBe('en-us');
    expect(languageTag('ko_KR')).toBe('ko-KR');
    expect(languageTag('English')).toBeUndefined();
    expect(languageTag('')).toBeUndefined();
  });

  it('uniqueNames drops blanks and repeats, keeping order', () => {
    expect(uniqueNames([' Kim  Min-ji ', undefined, '', 'Lee Ho', 'Kim Min-ji'])).toEqual(['Kim Min-ji', 'Lee Ho']);
  });
});

describe('feedItemResult', () => {
  const where = { title: '<title>', body: 'no <description>' };
  it('leaves out empty fields, an update equal to the date, and fills a source the archive knows from the address', () => {
    const result = feedItemResult(
      'rss',
      {
        fields: {
          title: 'T',
          date: '2016-01-06',
          updated: '2016-01-06',
          byline: [],
          summary: undefined,
          originalUrl: 'https://en.yna.co.kr/view/1',
        },
        body: 'Text',
        categories: [],
      },
      SOURCES,
      where,
    );
    expect(result).toEqual({
      page: {
        kind: 'rss',
        fields: { title: 'T', date: '2016-01-06', originalUrl: 'https://en.yna.co.kr/view/1', source: 'yonhap' },
        body: 'Text',
        notes: [],
      },
    });
  });

  it('takes wire labels out of a headline into the label, and keeps a label the item gives', () => {
    const page = (title: string, label?: string) => {
      const result = feedItemResult(
        'rss',
        { fields: { title, ...(label && { label }) }, body: 'Text' },
        SOURCES,
        where,
      );
      return 'page' in result ? result.page.fields : result;
    };
    expect(page('(LEAD) N. Korea fires missile')).toEqual({ title: 'N. Korea fires missile', label: 'LEAD' });
    expect(page('(2nd LD) (News Focus) Talks open')).toEqual({ title: 'Talks open', label: '2nd LD, News Focus' });
    expect(page('(ATTN: UPDATES) Talks open')).toEqual({ title: '(ATTN: UPDATES) Talks open' });
    expect(page('(LEAD) Talks open', 'URGENT')).toEqual({ title: '(LEAD) Talks open', label: 'URGENT' });
  });

  it('says what is missing when there is no title or no text', () => {
    expect(feedItemResult('rss', { fields: {}, body: 'x' }, SOURCES, where)).toEqual({
      error: expect.stringMatching(/^has no title: <title> is missing or empty; give the item a headline/),
    });
    expect(feedItemResult('rss', { fields: { title: 'T' }, body: '' }, SOURCES, where)).toEqual({
      error: expect.stringMatching(/^has no text: no <description>; an article needs a body/),
    });
  });
});
