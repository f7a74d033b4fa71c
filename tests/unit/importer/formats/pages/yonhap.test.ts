import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../../../src/importer/article/convert.ts';
import { parseYonhap } from '../../../../../src/importer/formats/pages/yonhap.ts';
import { describeFixtures, markdownParagraphs, SOURCES } from '../../fixtures.ts';

/**
 * The story's paragraphs as a Yonhap page lays them out: every line from the dateline to
 * `(END)`, the reporter's e-mail or the feedback footer, with an `(END)` at a line's end removed.
 */
function storyParagraphs(bytes: Buffer): string[] {
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const start = lines.findIndex((l) => / \(Yonhap\) -- /.test(l));
  const end = lines.findIndex((l, i) => i > start && (l === '(END)' || /^\S+@\S+$/.test(l) || l === 'Send Feedback'));
  return lines
    .slice(start, end)
    .filter(Boolean)
    .map((l) => l.replace(/ \(END\)$/, ''));
}

describeFixtures(
  'yonhap',
  'Yonhap page',
  storyParagraphs,
  /Go to (Contents|Navigation)|All News|\(ATTN|\(END\)|@yna\.co\.kr|Send Feedback|How can we improve|Thanks for your feedback/,
);

describe('parseYonhap', () => {
  const page = (...lines: string[]) => lines.join('\n');
  const story = 'SEOUL, Jan. 20 (Yonhap) -- Envoys met on Wednesday.';

  it('reads the label, the Korea-time date and the editor’s note into their fields', () => {
    const { fields } = parseYonhap(
      page(
        'Go to Contents Go to Navigation',
        '(2nd LD) Envoys meet',
        'All News 09:05 January 20, 2016',
        '(ATTN: UPDATES with briefing)',
        story,
      ),
    );
    expect(fields).toMatchObject({
      title: 'Envoys meet',
      label: '2nd LD',
      date: '2016-01-20T09:05:00+09:00',
      editorNote: 'UPDATES with briefing',
      dateline: 'SEOUL',
    });
  });

  it('keeps two labels, and a headline with none has no label', () => {
    expect(parseYonhap(page('(LEAD) (News Focus) Envoys meet', story)).fields).toMatchObject({
      title: 'Envoys meet',
      label: 'LEAD, News Focus',
    });
    expect(parseYonhap(page('Envoys meet', story)).fields).not.toHaveProperty('label');
  });

  it('joins an editor’s note that runs over two lines', () => {
    const { fields } = parseYonhap(
      page('(LEAD) Envoys meet', '(ATTN: ADDS quotes in paras 3-4;', 'CHANGES headline)', story),
    );
    expect(fields.editorNote).toBe('ADDS quotes in paras 3-4; CHANGES headline');
  });

  it('says which lines it left out instead of dropping them silently', () => {
    const { notes, body } = parseYonhap(
      page(
        'Envoys meet',
        'All News 09:05 January 20, 2016',
        'Photo: envoys shake hands',
        story,
        '(END)',
        'Related Articles',
      ),
    );
    expect(notes).toEqual([
      'left out 1 line(s) between the headline and the story: "Photo: envoys shake hands"',
      'left out 1 line(s) after the end of the story: "Related Articles"',
    ]);
    expect(markdownParagraphs(body)).toEqual([story]);
  });

  it('takes a line that is only a date, as wire-dates reads one, for the date line', () => {
    for (const [line, date] of [
      ['2017-02-12', '2017-02-12'],
      ['February 12, 2017', '2017-02-12'],
      ['2017-02-12T08:10:00+09:00', '2017-02-12T08:10:00+09:00'],
    ]) {
      const { fields, notes } = parseYonhap(page('Envoys meet', line!, story));
      expect(fields.date, line).toBe(date);
      expect(notes, line).toEqual([]);
    }
  });

  it('leaves the date out when the time line is missing, so the importer asks for --date', () => {
    expect(parseYonhap(page('Envoys meet', story)).fields.date).toBeUndefined();
    expect(() => convertPage(page('Envoys meet', story), 'x.txt', {}, SOURCES)).toThrow(
      /cannot find the date \(pass --date YYYY-MM-DD\) in this Yonhap page/,
    );
    expect(convertPage(page('Envoys meet', story), 'x.txt', { date: '2016-01-20' }, SOURCES).data.date).toBe(
      '2016-01-20',
    );
  });

  it('rejects a page with a headline and no story', () => {
    expect(() =>
      parseYonhap(
        page(
          'Go to Contents Go to Navigation',
          '(LEAD) Envoys meet',
          'All News 09:05 January 20, 2016',
          'Send Feedback',
        ),
      ),
    ).toThrow(/found no story text/);
  });
});
