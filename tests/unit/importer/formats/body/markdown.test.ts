import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../../../../src/importer/formats/body/markdown.ts';

describe('blocksToMarkdown', () => {
  it('writes one paragraph per block, `___` for separators, and leaves plain wire text alone', () => {
    const markdown = blocksToMarkdown([
      { type: 'paragraph', text: 'SEOUL, Jan. 20 (Yonhap) -- “Talks,” he said — it’s 판문점.' },
      { type: 'separator' },
      { type: 'paragraph', text: 'A writer contributed to this report.' },
    ]);
    expect(markdown).toBe(
      'SEOUL, Jan. 20 (Yonhap) -- “Talks,” he said — it’s 판문점.\n\n___\n\nA writer contributed to this report.\n',
    );
  });

  it('escapes what Markdown would read as syntax', () => {
    expect(blocksToMarkdown([{ type: 'paragraph', text: '1990. A year <b>bold</b> *not* emphasis' }])).toBe(
      '1990\\. A year \\<b>bold\\</b> \\*not\\* emphasis\n',
    );
  });
});
