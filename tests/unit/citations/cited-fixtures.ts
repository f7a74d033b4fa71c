/** What the citation tests cite: one article with a curly-quoted title and two bylines, and numbered stories. */
import type { CitedArticle } from '../../../src/citations/cited-article.ts';

export const SUMMIT: CitedArticle = {
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

/** Story `n` of June 2018, with a byline on odd numbers only. */
export const numberedStory = (n: number): CitedArticle => ({
  id: `https://example.org/articles/2018/06/${n}/story-${n}/`,
  title: `Story number ${n} on the “talks”`,
  authors: n % 2 ? ['Reporter One'] : [],
  year: 2018,
  month: 6,
  day: n,
  url: `https://example.org/articles/2018/06/${n}/story-${n}/`,
  siteTitle: 'Dateline',
});
