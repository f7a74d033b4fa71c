import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/model/article.ts';
import { formatIssues } from '../../../src/model/issues.ts';
import { sourceSchema } from '../../../src/model/source.ts';

const good = { title: 'A headline', date: '2016-01-20T19:27:00+09:00', source: 'yonhap', section: 'Diplomacy' };
const problems = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : formatIssues(result.error.issues, data);
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

  it('refuses an image whose src is a script URL or another scheme, and takes http(s) URLs and site paths', () => {
    for (const src of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'photo.jpg']) {
      expect(problems({ ...good, image: { src } })).toEqual([
        `image.src: "${src}" is not an http(s) URL or a path under public/; write it like "https://example.com/photo.jpg" or "/images/photo.jpg"`,
      ]);
    }
    expect(problems({ ...good, image: { src: '//evil.example/x.jpg' } })).toEqual([
      `image.src: "//evil.example/x.jpg" starts with //, which browsers read as another site's address; write a path under public/ like "/images/photo.jpg", or a full https:// URL`,
    ]);
    expect(problems({ ...good, image: { src: '/\\evil.example/x.jpg' } })).toEqual([
      `image.src: "/\\evil.example/x.jpg" has a backslash, which browsers read as /, so it could point at another site; write it with / only, like "/images/photo.jpg"`,
    ]);
    expect(problems({ ...good, gallery: [{ src: 'javascript:alert(1)' }] })).toHaveLength(1);
    expect(
      problems({ ...good, image: { src: 'https://img.example/a.jpg' }, gallery: [{ src: '/images/b.jpg' }] }),
    ).toEqual([]);
  });

  it('says what an image should hold when it is given as a bare file name', () => {
    expect(problems({ ...good, image: 'photo.jpg' })).toEqual([
      'image: expected a group of fields on the lines below it, indented, got "photo.jpg"',
    ]);
  });

  it('refuses a tag or name that cannot become a page address', () => {
    expect(problems({ ...good, tags: ['sanctions', '#'] })).toEqual([
      'tags[1]: "#" has no letters or digits to make a page address from; spell the name out',
    ]);
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(problems({ ...good, sumary: 'x', image: { src: '/a.jpg', captoin: 'x' } })).toEqual([
      'image.captoin: unknown field; check the spelling against the field list in README.md, or remove it',
      'sumary: unknown field; check the spelling against the field list in README.md, or remove it',
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
    expect(
      sourceSchema.safeParse({ name: 'Yonhap News Agency', url: 'https://en.yna.co.kr', country: 'KR' }).success,
    ).toBe(true);
    expect(sourceSchema.safeParse({ name: 'X', url: 'ftp://x', country: 'Korea' }).success).toBe(false);
  });
});
