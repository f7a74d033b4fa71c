import { describe, expect, it } from 'vitest';
import { citationMetaTags } from '../../../src/citations/cited-article.ts';
import { SUMMIT } from './cited-fixtures.ts';

const cited = SUMMIT;

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
