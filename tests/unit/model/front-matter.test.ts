import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/model/front-matter.ts';

describe('readFrontMatter', () => {
  it('keeps every date as the text written, quoted or not, so no time zone or day is lost', () => {
    const { data, body } = readFrontMatter(
      [
        '---',
        'date: 2016-02-06T15:00:00-09:00',
        'updated: 2016-02-31',
        'corrections:',
        '  - date: 2016-03-08 09:30:00',
        '    text: Fixed a figure.',
        '---',
        'Body.',
      ].join('\n'),
    );
    expect(data).toEqual({
      date: '2016-02-06T15:00:00-09:00',
      updated: '2016-02-31',
      corrections: [{ date: '2016-03-08 09:30:00', text: 'Fixed a figure.' }],
    });
    expect(body).toBe('Body.');
  });

  it('reads a file without front matter, or with an empty block, as empty data', () => {
    expect(readFrontMatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
    expect(readFrontMatter('---\n---\nJust text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
  });

  it('says when the front matter never closes, instead of reading it as a body', () => {
    expect(() => readFrontMatter('---\ntitle: Talks\ndate: "2016-01-20"\n\nText.\n')).toThrow(
      'the front matter opens with --- but never closes; end the fields with a line holding only ---',
    );
  });

  it('says on which line of the file the YAML does not parse, and when it is not a list of fields', () => {
    expect(() => readFrontMatter('---\ntitle: Talks\nsummary: [unclosed\n---\n')).toThrow(/^the YAML does not parse on line 4/);
    expect(() => readFrontMatter('---\n- a\n- b\n---\n')).toThrow(/not written as "name: value" lines/);
  });
});
