import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/schema/article.ts';
import { formatIssues } from '../../../src/schema/errors.ts';
import { sourceSchema } from '../../../src/schema/source.ts';

const good = { title: 'A headline', date: '2016-01-20T19:27:00+09:00', source: 'yonhap', section: 'Diplomacy' };
const problems = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : formatIssues(result.error.issues);
};

describe('article front matter', () => {
  it('accepts the minimum and fills the defaults', () => {
    expect(articleSchema.parse(good)).toMatchObject({ language: 'en', draft: false, topics: [], gallery: [] });
  });

  it('accepts a full article with image, gallery and corrections', () => {
    const full = {
      ...good,
      updated: '2016-01-20T21:00:00+09:00',
      byline: ['Reporter One'],
      dateline: 'SEOUL',
      topics: ['china-and-north-korea'],
      tags: ['sanctions'],
      people: ['Tony Blinken'],
      places: ['Seoul'],
      organizations: ['U.N. Security Council'],
      summary: 'A summary.',
      label: '2nd LD',
      editorNote: 'Updated with a photo.',
      image: { caption: 'A caption with no file.', credit: 'AP Photo/Lee Jin-man, Pool' },
      gallery: [{ caption: 'First.' }, {}],
      corrections: [{ date: '2016-01-21', text: 'Fixed a name.' }],
      originalUrl: 'https://en.yna.co.kr/view/AEN20160120000000315',
      rights: 'All rights reserved.',
      language: 'en',
    };
    expect(problems(full)).toEqual([]);
  });

  it('tells the editor which field is missing or wrong and how to fix it', () => {
    expect(problems({ date: '2016-02-30', source: 'Yonhap', section: 'X' })).toEqual([
      'title: is required: expected text',
      'date: "2016-02-30" is not a valid ISO 8601 date; write it like "2016-01-20" or "2016-01-20T19:27:00+09:00"',
      'source: "Yonhap" is not an id: use lowercase letters, digits and hyphens, like "yonhap"',
    ]);
  });

  it('asks for quotes when YAML has turned an unquoted date-time into UTC', () => {
    // What js-yaml gives for an unquoted `date: 2016-03-05T08:00:00+09:00`.
    expect(problems({ ...good, date: new Date('2016-03-05T08:00:00+09:00') })).toEqual([
      'date: write the date in quotes, as the source gives it (like "2016-01-20T19:27:00+09:00"); unquoted, YAML converts it to UTC (2016-03-04T23:00:00Z) and the time zone is lost',
    ]);
    expect(problems({ ...good, date: new Date('2016-03-05') })).toEqual([]);
  });

  it('refuses a tag or name that cannot become a page address', () => {
    expect(problems({ ...good, tags: ['sanctions', '#'] })).toEqual([
      'tags[1]: "#" has no letters or digits to make a page address from; spell the name out',
    ]);
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(problems({ ...good, sumary: 'x' })).toEqual([
      'unknown field "sumary"; check the spelling against the field list in README.md',
    ]);
  });

  it('rejects javascript: and other non-http original URLs', () => {
    expect(problems({ ...good, originalUrl: 'javascript:alert(1)' })).toEqual([
      'originalUrl: "javascript:alert(1)" is not an absolute http(s) URL',
    ]);
  });

  it('points into lists', () => {
    expect(problems({ ...good, corrections: [{ date: '2016-01-21' }] })).toEqual([
      'corrections[0].text: is required: expected text',
    ]);
  });
});

describe('source', () => {
  it('needs a name and an http(s) URL', () => {
    expect(sourceSchema.safeParse({ name: 'Yonhap News Agency', url: 'https://en.yna.co.kr', country: 'KR' }).success).toBe(true);
    expect(sourceSchema.safeParse({ name: 'X', url: 'ftp://x', country: 'Korea' }).success).toBe(false);
  });
});
