import { describe, expect, it } from 'vitest';
import { parseAp } from '../../../../../src/importer/formats/pages/ap.ts';
import { convertPage } from '../../../../../src/importer/article/convert.ts';
import { describeFixtures, markdownBlockTypes, markdownParagraphs, SOURCES } from '../../fixtures.ts';

/**
 * The story's paragraphs as an AP page lays them out: every line from the dateline
 * (`CITY, Country (AP) — ` or `CITY – `) to the end, except `ADVERTISEMENT` slots, `___`
 * separators and the capitalised byline.
 */
function storyParagraphs(bytes: Buffer): string[] {
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const start = lines.findIndex((l) => / \(AP\) — /.test(l) || /^[A-Z][A-Z ]+ – /.test(l));
  return lines
    .slice(start)
    .filter((l) => l && l !== 'ADVERTISEMENT' && l !== '___' && !/^By [A-Z][A-Z -]+(?: and [A-Z][A-Z -]+)*$/.test(l));
}

describeFixtures(
  'ap',
  'AP page',
  storyParagraphs,
  /Full Screen|\b1 \/ \d+|Copyright|All rights reserved|AP Photo|ADVERTISEMENT|^By /m,
);

describe('parseAp', () => {
  const page = (...lines: string[]) => lines.join('\n');
  const caption = 'Envoys shake hands in Seoul, South Korea, Thursday, March 18, 2021. (AP Photo/Sam Ortega, Pool)';
  const story = 'SEOUL, South Korea (AP) — Envoys met on Thursday.';

  it('turns the gallery counter into a gallery of that size, led by the captioned photo', () => {
    const { fields } = parseAp(page('Envoys meet', 'Full Screen', '1 / 13', caption, story));
    const lead = {
      caption: 'Envoys shake hands in Seoul, South Korea, Thursday, March 18, 2021.',
      credit: 'AP Photo/Sam Ortega, Pool',
    };
    expect(fields.image).toEqual(lead);
    expect(fields.gallery).toHaveLength(13);
    expect(fields.gallery).toEqual([lead, ...Array.from({ length: 12 }, () => ({}))]);
  });

  it('puts the photo at its place in the count when the page was pasted on a later photo', () => {
    const { fields } = parseAp(page('Envoys meet', '3 / 5', caption, story));
    expect(fields.gallery?.map((g) => Object.keys(g).length > 0)).toEqual([false, false, true, false, false]);
  });

  it('takes the date from the caption’s weekday and full date, abbreviated months included', () => {
    expect(parseAp(page('Envoys meet', caption, story)).fields.date).toBe('2021-03-18');
    const abbreviated = 'Leaders walk in Hanoi, Vietnam, Thursday, Feb. 28, 2019. (AP Photo/Alex Moreno)';
    expect(parseAp(page('Leaders meet', abbreviated, 'HANOI, Vietnam (AP) — They met.')).fields.date).toBe(
      '2019-02-28',
    );
  });

  it('warns when the caption’s weekday does not match its date', () => {
    const wrong = caption.replace('Thursday', 'Friday');
    expect(parseAp(page('Envoys meet', wrong, story)).notes).toEqual([
      'the caption\'s "Friday, March 18, 2021" names the wrong weekday for that date; check the date',
    ]);
  });

  it('asks for --date when no caption gives one', () => {
    expect(() =>
      convertPage(
        page('Envoys meet', 'Copyright 2021 The Associated Press. All rights reserved', story),
        'x.txt',
        {},
        SOURCES,
      ),
    ).toThrow(/cannot find the date \(pass --date YYYY-MM-DD\) in this AP page/);
  });

  it('reads a byline above the story or inside it, and keeps `___` as a rule', () => {
    const above = parseAp(page('Envoys meet', caption, 'By DANA ROWE', story));
    expect(above.fields.byline).toEqual(['DANA ROWE']);
    const inside = parseAp(
      page(
        'Envoys meet',
        caption,
        story,
        'By DANA ROWE and MIN-JUN SEO',
        'More talks are planned.',
        '___',
        'A writer contributed to this report.',
      ),
    );
    expect(inside.fields.byline).toEqual(['DANA ROWE', 'MIN-JUN SEO']);
    expect(markdownBlockTypes(inside.body)).toEqual(['paragraph', 'paragraph', 'thematicBreak', 'paragraph']);
  });

  it('does not mistake a paragraph starting with "By" for a byline', () => {
    const { fields, body } = parseAp(page('Envoys meet', caption, story, 'By Thursday'));
    expect(fields.byline).toBeUndefined();
    expect(markdownParagraphs(body)).toContain('By Thursday');
  });
});
