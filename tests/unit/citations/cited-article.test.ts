import { describe, expect, it } from 'vitest';
import { citationMetaTags, type CitedArticle } from '../../../src/citations/cited-article.ts';

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

describe('citationMetaTags', () => {
  it('gives the Highwire tags Zotero reads, one citation_author per name and the date as YYYY/MM/DD', () => {
    const tags = citationMetaTags(cited);
    expect(tags.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual([
      'Reporter One',
      'Kim Soo-yeon',
    ]);
    expect(
      Object.fromEntries(tags.filter((t) => t.name !== 'citation_author').map((t) => [t.name, t.content])),
    ).toEqual({
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
