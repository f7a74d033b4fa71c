import { describe, expect, it } from 'vitest';
import { writeFrontMatter } from '../../../../src/importer/archive/article-file.ts';
import { readFrontMatter } from '../../../../src/model/front-matter.ts';

describe('writeFrontMatter', () => {
  it('quotes dates and anything YAML could misread, and keeps the field order', () => {
    const text = writeFrontMatter(
      {
        title: 'Talks: day two',
        date: '2016-01-20T19:27:00+09:00',
        updated: '2016-01-21',
        source: 'yonhap',
        label: '2nd LD',
        section: 'yes',
      },
      'Body.\n',
    );
    expect(text).toBe(
      '---\ntitle: "Talks: day two"\ndate: "2016-01-20T19:27:00+09:00"\nupdated: "2016-01-21"\nsource: yonhap\nlabel: 2nd LD\nsection: "yes"\n---\nBody.\n',
    );
  });

  it('writes non-ASCII text as it is, on one line however long', () => {
    const title = `Koreas’ “complete denuclearization” 판문점 ${'word '.repeat(30).trim()}`;
    const text = writeFrontMatter({ title }, 'Body.\n');
    expect(text.split('\n')[1]).toBe(`title: ${title}`);
  });

  it('writes a body that starts with a rule so that the reader does not take it for front matter', () => {
    const text = writeFrontMatter({ title: 'T' }, '---\n\nAfter a rule.\n');
    expect(readFrontMatter(text)).toEqual({ data: { title: 'T' }, body: '---\n\nAfter a rule.\n' });
  });

  it('leaves control characters a feed carried out of every field and the body, keeping tabs and line breaks', () => {
    const text = writeFrontMatter(
      {
        title: 'Talks\u001b]0;owned\u0007 resume\u0000',
        byline: ['Kim\u009b31m Min-ji'],
        images: [{ caption: 'Line one\nline two\r' }],
      },
      'First\tcell\u001b[2J\r\nSecond line\u0008\n',
    );
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u);
    expect(readFrontMatter(text)).toEqual({
      data: { title: 'Talks]0;owned resume', byline: ['Kim31m Min-ji'], images: [{ caption: 'Line one\nline two' }] },
      body: 'First\tcell[2J\r\nSecond line\n',
    });
  });
});
