/**
 * What a citation says about an article, and the Highwire Press `citation_*` meta tags made from
 * it. Apart from format.ts, so the pages that only need these do not load citation-js: the
 * references and files are made on the citation worker (pool.ts).
 */
import type { ArticleRecord } from '../model/records.ts';
import { typeset } from '../i18n/typography.ts';

/** What a citation says about an article. */
export interface CitedArticle {
  /** A key for the record, e.g. the article's URL path. */
  id: string;
  /** The headline as the page shows it. */
  title: string;
  /** Byline names as written; names are not split, as the archive cannot tell which part is the family name. */
  authors: readonly string[];
  /** The calendar day as written: year, month, day. */
  year: number;
  month: number;
  day: number;
  /** The article's absolute URL. */
  url: string;
  /** The archive's name, cited as the publication. */
  siteTitle: string;
  language?: string | undefined;
}

/** The citation of an article page at `url` in the archive called `siteTitle`. */
export function citedArticle(article: ArticleRecord, url: string, siteTitle: string): CitedArticle {
  const { data, published } = article;
  return {
    id: url,
    title: typeset(data.title),
    authors: data.byline,
    year: published.year,
    month: published.month,
    day: published.day,
    url,
    siteTitle,
    language: data.language,
  };
}

/** `n` as two digits. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** The Highwire Press meta tags, as name and content pairs, one `citation_author` per byline name. */
export function citationMetaTags(cited: CitedArticle): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: cited.title },
    ...cited.authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_publication_date', content: `${cited.year}/${pad(cited.month)}/${pad(cited.day)}` },
    { name: 'citation_journal_title', content: cited.siteTitle },
    { name: 'citation_publisher', content: cited.siteTitle },
    { name: 'citation_public_url', content: cited.url },
    { name: 'citation_abstract_html_url', content: cited.url },
    ...(cited.language ? [{ name: 'citation_language', content: cited.language }] : []),
  ];
}
