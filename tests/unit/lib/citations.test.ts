import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { bibtexFile, citationMetaTags, type CitedArticle, formattedReferences, risFile } from '../../../src/lib/citations.ts';

const cited: CitedArticle = {
  id: 'https://example.org/articles/2018/06/12/summit-held/',
  title: 'Summit held on the island as O’Brien calls it “a start”',
  authors: ['Reporter One', 'Kim Soo-yeon'],
  year: 2018,
  month: 6,
  day: 12,
  url: 'https://example.org/articles/2018/06/12/summit-held/',
  siteTitle: 'Dateline',
  language: 'en',
};

const name = (n: Record<string, string>) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');

/** What citation-js's own parser reads back from a file: title, authors, day and URL. */
function readBack(file: string) {
  const [item] = new Cite(file).data as Record<string, any>[];
  return { title: item?.title, authors: (item?.author ?? []).map(name), issued: item?.issued?.['date-parts']?.[0], url: item?.URL };
}

const expected = { title: cited.title, authors: cited.authors, issued: [2018, 6, 12], url: cited.url };

describe('citation files, read back with citation-js', () => {
  it('RIS keeps the title, every byline name, the day and the URL', () => {
    expect(readBack(risFile(cited))).toEqual(expected);
  });

  it('BibTeX keeps the title, every byline name, the day and the URL', () => {
    expect(readBack(bibtexFile(cited))).toEqual(expected);
  });

  it('an article without a byline has no author rather than an empty one', () => {
    expect(readBack(risFile({ ...cited, authors: [] })).authors).toEqual([]);
    expect(bibtexFile({ ...cited, authors: [] })).not.toMatch(/author/);
  });
});

describe('citationMetaTags', () => {
  it('gives the Highwire tags Zotero reads, one citation_author per name and the date as YYYY/MM/DD', () => {
    const tags = citationMetaTags(cited);
    expect(tags.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['Reporter One', 'Kim Soo-yeon']);
    expect(Object.fromEntries(tags.filter((t) => t.name !== 'citation_author').map((t) => [t.name, t.content]))).toEqual({
      citation_title: cited.title,
      citation_publication_date: '2018/06/12',
      citation_journal_title: 'Dateline',
      citation_publisher: 'Dateline',
      citation_public_url: cited.url,
      citation_abstract_html_url: cited.url,
      citation_language: 'en',
    });
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

  it('gives the same APA text as citation-js\'s own APA style, though ours leaves out disambiguation', () => {
    const record = { id: 'x', type: 'article-newspaper', title: cited.title, author: cited.authors.map((literal) => ({ literal })), issued: { 'date-parts': [[2018, 6, 12]] }, 'container-title': 'Dateline', publisher: 'Dateline', URL: cited.url, language: 'en' };
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
