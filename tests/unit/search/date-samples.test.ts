import { describe, expect, it } from 'vitest';
import { dateSamples } from '../../../src/search/date-samples.ts';
import { makeArticle } from '../fixtures.ts';

describe('dateSamples', () => {
  it('gives one date for each zones and offset a time is named with, most common first, and none for a day alone', () => {
    const articles = [
      makeArticle('2016/a', { date: '2016-01-20T19:27:00+09:00', dateline: 'SEOUL' }),
      makeArticle('2016/b', { date: '2016-02-07T10:00:00-05:00', dateline: 'WASHINGTON' }),
      makeArticle('2016/c', { date: '2016-07-04T10:00:00-04:00', dateline: 'WASHINGTON' }),
      makeArticle('2016/d', { date: '2016-03-01T08:00:00+09:00', dateline: 'SEOUL' }),
      makeArticle('2016/e', { date: '2016-03-02', dateline: 'SEOUL' }),
    ];
    const zones = (article: (typeof articles)[number]) =>
      article.data.dateline === 'SEOUL' ? ['Asia/Seoul'] : ['America/New_York'];
    expect(dateSamples(articles, zones)).toEqual([
      ['2016-01-20T19:27:00+09:00', ['Asia/Seoul']],
      // Winter and summer time are named apart (EST, EDT): a sample each.
      ['2016-02-07T10:00:00-05:00', ['America/New_York']],
      ['2016-07-04T10:00:00-04:00', ['America/New_York']],
    ]);
    expect(dateSamples(articles, zones, 1)).toHaveLength(1);
  });
});
