import { describe, expect, it } from 'vitest';
import { FrontMatterError, readFrontMatter } from '../../../src/model/front-matter.ts';
import { readArticleText } from '../../../src/model/read-content.ts';

/** A "billion laughs" front matter of about 1 KB: nine levels of nine aliases to the level below. */
function aliasBomb(): string {
  const levels = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `---\ntitle: Laughs\n${levels.join('\n')}\ntags: *l8\n---\nBody.\n`;
}

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
    expect(() => readFrontMatter('---\ntitle: Talks\nsummary: [unclosed\n---\n')).toThrow(
      /^the YAML does not parse on line 4/,
    );
    expect(() => readFrontMatter('---\n- a\n- b\n---\n')).toThrow(/not written as "name: value" lines/);
  });

  it('refuses an alias bomb at once, naming the file and what to write instead', () => {
    const bomb = aliasBomb();
    expect(bomb.length).toBeLessThan(1100);
    const started = performance.now();
    expect(() => readFrontMatter(bomb)).toThrow(FrontMatterError);
    const read = readArticleText('content/articles/2016/laughs.md', bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.problems).toEqual([
      {
        file: 'content/articles/2016/laughs.md',
        field: '(front matter)',
        message:
          "the YAML's * aliases expand to more than 100,000 values (an alias bomb); write the fields out in full, without & anchors and * aliases",
      },
    ]);
  });

  it('refuses more aliases than front matter needs, and an alias inside its own anchor', () => {
    const many = `---\nname: &n Kim\ntags: [${Array(101).fill('*n').join(', ')}]\n---\n`;
    expect(() => readFrontMatter(many)).toThrow(
      'the YAML uses more than 100 * aliases, which could make it expand without end; write the fields out in full',
    );
    expect(() => readFrontMatter('---\ntitle: Loop\ntags: &a [*a]\n---\n')).toThrow(
      'the YAML has an alias inside its own anchor (like &a [*a]), which never ends',
    );
  });

  it('still reads a few ordinary aliases', () => {
    expect(readFrontMatter('---\npeople: &p [Kim Jong Un, Moon Jae-in]\ntags: *p\n---\nBody.\n').data).toEqual({
      people: ['Kim Jong Un', 'Moon Jae-in'],
      tags: ['Kim Jong Un', 'Moon Jae-in'],
    });
  });
});
