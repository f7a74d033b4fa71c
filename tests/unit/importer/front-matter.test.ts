import { describe, expect, it } from 'vitest';
import { readFrontMatter, writeFrontMatter } from '../../../src/importer/front-matter.ts';

describe('writeFrontMatter', () => {
  it('quotes dates and anything YAML could misread, and keeps the field order', () => {
    const text = writeFrontMatter(
      { title: 'Talks: day two', date: '2016-01-20T19:27:00+09:00', updated: '2016-01-21', source: 'yonhap', label: '2nd LD', section: 'yes' },
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

  it('does not take a body that starts with a rule for front matter', () => {
    const text = writeFrontMatter({ title: 'T' }, '---\n\nAfter a rule.\n');
    expect(readFrontMatter(text)).toEqual({ data: { title: 'T' }, body: '---\n\nAfter a rule.\n', unquotedDateTimes: [] });
  });
});

describe('readFrontMatter', () => {
  it('keeps unquoted dates as the strings written, so impossible ones can be reported', () => {
    const { data } = readFrontMatter('---\ndate: 2016-02-31\nupdated: 2016-01-20T19:27:00+09:00\n---\nBody.\n');
    expect(data).toEqual({ date: '2016-02-31', updated: '2016-01-20T19:27:00+09:00' });
  });

  it('says where a date-time is unquoted, which Astro would read as UTC, and not a quoted one or a date alone', () => {
    const { data, unquotedDateTimes } = readFrontMatter(
      [
        '---',
        'date: 2016-03-05T08:00:00+09:00',
        'updated: "2016-03-06T10:00:00+09:00"',
        'published: 2016-03-05',
        'impossible: 2016-02-31T08:00:00+09:00',
        'corrections:',
        "  - date: '2016-03-07T09:00:00+09:00'",
        '    text: Fixed a name.',
        '  - date: 2016-03-08 09:30:00',
        '    text: Fixed a figure.',
        '---',
        'Body.',
      ].join('\n'),
    );
    expect(unquotedDateTimes).toEqual([
      { path: 'date', text: '2016-03-05T08:00:00+09:00' },
      { path: 'corrections[1].date', text: '2016-03-08 09:30:00' },
    ]);
    expect(data).toMatchObject({ date: '2016-03-05T08:00:00+09:00', published: '2016-03-05', impossible: '2016-02-31T08:00:00+09:00' });
    expect(data.corrections).toEqual([
      { date: '2016-03-07T09:00:00+09:00', text: 'Fixed a name.' },
      { date: '2016-03-08 09:30:00', text: 'Fixed a figure.' },
    ]);
  });

  it('reads a file without front matter as empty data', () => {
    expect(readFrontMatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n', unquotedDateTimes: [] });
  });

  it('throws on YAML that does not parse, or that is not a list of fields', () => {
    expect(() => readFrontMatter('---\ntitle: [unclosed\n---\n')).toThrow();
    expect(() => readFrontMatter('---\n- a\n- b\n---\n')).toThrow(/not a list of fields/);
  });
});
