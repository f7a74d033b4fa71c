import { describe, expect, it } from 'vitest';
import { citationDownloads, textDataUrl } from '../../../src/citations/download-links.ts';
import type { CitationFile } from '../../../src/citations/format.ts';

/** What a browser saves from the address: Node's fetch reads `data:` URLs by the same WHATWG rules. */
async function saved(href: string): Promise<{ type: string | null; text: string }> {
  const response = await fetch(href);
  return { type: response.headers.get('content-type'), text: await response.text() };
}

const ris = [
  'TY  - ELEC',
  'AU  - 김수연',
  'TI  - 남북 정상, 판문점에서 “평화” 선언: 50% #1 & <i>open</i> "quoted" ?q=1\tend',
  'UR  - https://example.org/articles/2018/04/27/%ED%8C%90%EB%AC%B8%EC%A0%90/',
  'ER  - ',
].join('\n');

describe('textDataUrl', () => {
  it('gives back the text exactly, Korean, line breaks, tabs, %, # and ? included', async () => {
    const href = textDataUrl(`${ris}\n`, 'application/x-research-info-systems');
    expect(await saved(href)).toEqual({ type: 'application/x-research-info-systems;charset=utf-8', text: `${ris}\n` });
  });

  it('keeps spaces at the end of the text, which a URL parser would trim', async () => {
    expect((await saved(textDataUrl(ris, 'text/plain'))).text).toBe(ris);
  });

  it('leaves Korean as written rather than escaped, so a page carries it at a third of the bytes', () => {
    expect(textDataUrl('판문점 선언\n', 'text/plain')).toBe('data:text/plain;charset=utf-8,판문점 선언%0A');
  });
});

describe('citationDownloads', () => {
  const files: CitationFile[] = [
    { format: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems', text: `${ris}\n` },
    {
      format: 'BibTeX',
      extension: 'bib',
      mediaType: 'application/x-bibtex',
      text: '@article{x,\n\ttitle = {판문점},\n}\n',
    },
  ];

  it('names each file for the article, with its extension, and carries its text', async () => {
    const links = citationDownloads(files, '판문점-선언');
    expect(links.map(({ format, fileName }) => ({ format, fileName }))).toEqual([
      { format: 'RIS', fileName: '판문점-선언.ris' },
      { format: 'BibTeX', fileName: '판문점-선언.bib' },
    ]);
    expect(await Promise.all(links.map(async (link) => (await saved(link.href)).text))).toEqual(
      files.map((file) => file.text),
    );
  });
});
