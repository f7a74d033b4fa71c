import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkTypography from '../../../src/markdown/remark-typography.ts';

const processor = unified().use(remarkParse).use(remarkTypography).use(remarkStringify);
const typeset = (markdown: string) => String(processor.processSync(markdown)).trim();

describe('remark-typography', () => {
  it('typesets paragraphs, headings and list items', () => {
    expect(typeset(`## "Talks" -- day one\n\n- It's "a start"...`)).toBe('## “Talks” — day one\n\n* It’s “a start”…');
  });

  it('pairs quotes around emphasis, links and inline code', () => {
    expect(typeset(`"*Hello*," she said of [the "plan"](https://example.org/)'s "\`x\`".`)).toBe(
      '“*Hello*,” she said of [the “plan”](https://example.org/)’s “`x`”.',
    );
  });

  it('leaves code spans, code blocks and raw <code> as written', () => {
    const markdown = '`"a" -- b`\n\n```\n"c" -- d\n```\n\nUse <code>"e" -- f</code> here.';
    expect(typeset(markdown)).toBe(markdown);
  });

  it('starts each paragraph afresh, so a quote opening one is an opening quote', () => {
    expect(typeset(`He said: go\n\n"Now," she said.`)).toBe('He said: go\n\n“Now,” she said.');
  });
});
