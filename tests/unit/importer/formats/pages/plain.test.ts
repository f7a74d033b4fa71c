import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../../../src/importer/article/convert.ts';
import { parsePlain } from '../../../../../src/importer/formats/pages/plain.ts';
import { describeFixtures, markdownParagraphs, SOURCES } from '../../fixtures.ts';

/** The story of a plain-text file: after the headline and an optional date line, blocks between blank lines. */
function storyParagraphs(bytes: Buffer): string[] {
  const [, ...rest] = bytes.toString('utf8').trim().split('\n');
  const text = /^\w+ \d{1,2}, \d{4}$/.test(rest[0] ?? '') ? rest.slice(1) : rest;
  const hasBlankLines = text.join('\n').trim().includes('\n\n');
  const blocks = hasBlankLines
    ? text
        .join('\n')
        .trim()
        .split(/\n\s*\n/)
    : text;
  return blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

describeFixtures('plain', 'plain text', storyParagraphs);

describe('parsePlain', () => {
  const context = { sources: SOURCES };

  it('asks for both --source and --date when the text gives neither', () => {
    expect(() => convertPage('Talks end\n\nThe talks ended.', 'notes.txt', {}, SOURCES)).toThrow(
      'cannot find the source (pass --source with one of "ap", "paper", "wire", "yonhap") or the date (pass --date YYYY-MM-DD) in this plain text',
    );
    expect(() => convertPage('Talks end\n\nThe talks ended.', 'notes.txt', { source: 'wire' }, SOURCES)).toThrow(
      'cannot find the date (pass --date YYYY-MM-DD) in this plain text',
    );
  });

  it('finds the source from a dateline agency the archive knows, and the date from a line under the headline', () => {
    const { fields } = parsePlain(
      'Talks end\nOctober 5, 2019\nSTOCKHOLM, Oct. 5 (Yonhap) -- The talks ended.',
      context,
    );
    expect(fields).toMatchObject({ title: 'Talks end', date: '2019-10-05', source: 'yonhap', dateline: 'STOCKHOLM' });
    expect(
      parsePlain('Talks end\nSTOCKHOLM, Oct. 5 (Reuters) -- The talks ended.', context).fields.source,
    ).toBeUndefined();
  });

  it('makes each line a paragraph when there are no blank lines, and joins wrapped lines when there are', () => {
    expect(markdownParagraphs(parsePlain('Title\nOne.\nTwo.', context).body)).toEqual(['One.', 'Two.']);
    expect(markdownParagraphs(parsePlain('Title\n\nOne\nstill one.\n\nTwo.', context).body)).toEqual([
      'One still one.',
      'Two.',
    ]);
  });

  it('rejects a file that is only a headline', () => {
    expect(() => parsePlain('Just a headline\n', context)).toThrow(/found no story text/);
  });
});
