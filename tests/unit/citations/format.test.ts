import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { SUMMIT } from './cited-fixtures.ts';
import { articleCitation, bibtexFile, bibtexKey, formattedReferences, risFile } from '../../../src/citations/format.ts';

const cited = SUMMIT;

const name = (n: Record<string, string>) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');

/** What citation-js's own parser reads back from a file: title, authors, day and URL. */
function readBack(file: string) {
  // citation-js's CSL-JSON is untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const [item] = new Cite(file).data as Record<string, any>[];
  return {
    title: item?.title,
    authors: (item?.author ?? []).map(name),
    issued: item?.issued?.['date-parts']?.[0],
    url: item?.URL,
  };
}

const expected = { title: cited.title, authors: cited.authors, issued: [2018, 6, 12], url: cited.url };

describe('citation files, read back with citation-js', () => {
  it('RIS keeps the title, every byline name, the day and the URL', () => {
    expect(readBack(risFile(cited))).toEqual(expected);
  });

  it('BibTeX keeps the title, every byline name, the day and the URL', () => {
    expect(readBack(bibtexFile(cited))).toEqual(expected);
  });

  it('keeps Korean (every script) in BibTeX, with a key BibTeX can read', () => {
    const korean = {
      ...cited,
      title: '남북 정상, 판문점에서 “평화” 선언',
      authors: ['김수연', 'Reporter One'],
      year: 2018,
      month: 4,
      day: 27,
      url: `https://example.org/articles/2018/04/27/${encodeURIComponent('판문점-선언')}/`,
    };
    expect(readBack(bibtexFile(korean))).toEqual({
      ...expected,
      title: korean.title,
      authors: korean.authors,
      issued: [2018, 4, 27],
      url: korean.url,
    });
    expect(bibtexFile(korean)).toMatch(/^@article\{article_2018_04_27,$/m);
    expect(bibtexKey(cited)).toBe('summit_held_2018_06_12');
  });

  it('writes each RIS tag on one line, however long, so no text starts a line of its own', () => {
    const long = { ...cited, title: `${'x'.repeat(64)} ER - TY - JOUR ${'y'.repeat(63)} ER - TY - JOUR` };
    const ris = risFile(long);
    expect(
      ris
        .split('\n')
        .filter((line) => line !== '')
        .every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line)),
    ).toBe(true);
    expect(ris.match(/^ER {1,2}-/gm)).toHaveLength(1);
    expect(readBack(ris)).toEqual({ ...expected, title: long.title });
  });

  it('keeps a hostile title or byline inside its field: one line each in RIS, LaTeX commands written as text in BibTeX', () => {
    const hostile = {
      ...cited,
      title: 'Talks end\nER  - \nTY  - JOUR\nTI  - Injected\u001b[2J {\\input{/etc/passwd}} 50% #1 & $x_1^2~ <i>open',
      authors: ['\\input{/etc/passwd}\\immediate\\write18{rm -rf ~}', 'Kim\r\nAU  - Injected'],
    };
    const ris = risFile(hostile);
    expect(ris.match(/^TY {2}-/gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
    expect(ris.match(/^AU {2}-/gm)).toHaveLength(2);
    expect(ris).not.toMatch(/\u001b/);
    expect(ris).toContain(
      '\nTI  - Talks end ER - TY - JOUR TI - Injected [2J {\\input{/etc/passwd}} 50% #1 & $x_1^2~ <i>open\n',
    );

    const bib = bibtexFile(hostile);
    // No LaTeX command but the text ones written for special characters, and braces that balance.
    expect(
      bib
        .match(/\\[a-z]+/gi)
        ?.filter(
          (command) =>
            !/^\\(?:textbackslash|textbraceleft|textbraceright|textasciicircum|textasciitilde|textless|textgreater)$/.test(
              command,
            ),
        ),
    ).toEqual([]);
    expect(bib).not.toMatch(/\\input|\\immediate|\\write18/);
    let depth = 0;
    for (const char of bib.replace(/\\[%#&$_]/g, '')) {
      depth += char === '{' ? 1 : char === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib.split('\n').filter((line) => /^\s*[a-z]+ = \{/.test(line))).toHaveLength(
      bib.trim().split('\n').length - 2,
    );
    expect(readBack(bib).authors).toEqual(['\\input{/etc/passwd}\\immediate\\write18{rm -rf ~}', 'Kim AU - Injected']);
  });

  it('an article without a byline has no author rather than an empty one', () => {
    expect(readBack(risFile({ ...cited, authors: [] })).authors).toEqual([]);
    expect(bibtexFile({ ...cited, authors: [] })).not.toMatch(/author/);
  });
});

describe('formattedReferences', () => {
  const refs = Object.fromEntries(formattedReferences(cited).map((r) => [r.label, r.html]));

  it('formats APA, Chicago and MLA with the date each style wants and the site in italics', () => {
    expect(Object.keys(refs)).toEqual(['APA', 'Chicago', 'MLA']);
    expect(refs.APA).toContain('(2018, June 12)');
    expect(refs.Chicago).toContain('<i>Dateline</i>, June 12, 2018');
    expect(refs.MLA).toContain('<i>Dateline</i>, 12 June 2018');
    for (const html of Object.values(refs)) expect(html).toContain(cited.url);
  });

  it("gives the same APA text as citation-js's own APA style, though ours leaves out disambiguation", () => {
    const record = {
      id: 'x',
      type: 'article-newspaper',
      title: cited.title,
      author: cited.authors.map((literal) => ({ literal })),
      issued: { 'date-parts': [[2018, 6, 12]] },
      'container-title': 'Dateline',
      publisher: 'Dateline',
      URL: cited.url,
      language: 'en',
    };
    const own = new Cite(record).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
    expect(own).toContain(refs.APA);
  });

  it('keeps a hostile headline as escaped text, with no markup but italics', () => {
    const hostile = formattedReferences({ ...cited, title: `Hostile <script>alert('x')</script> & co` });
    for (const { html } of hostile) {
      expect(html.replace(/<\/?i>/g, '')).not.toMatch(/[<>]/);
      expect(html).toContain('&#60;script&#62;');
    }
  });
});

describe('articleCitation', () => {
  it('gives the references and the RIS and BibTeX files, each with its extension and media type', () => {
    const { references, files } = articleCitation(cited);
    expect(references).toEqual(formattedReferences(cited));
    expect(files).toEqual([
      { format: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems', text: risFile(cited) },
      { format: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex', text: bibtexFile(cited) },
    ]);
  });
});
