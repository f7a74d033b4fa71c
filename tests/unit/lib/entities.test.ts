import { describe, expect, it } from 'vitest';
import { byArticleCount, indexEntities } from '../../../src/lib/entities.ts';
import { makeArticle } from './fixtures.ts';

describe('indexEntities', () => {
  const articles = [
    makeArticle('2018/a', { date: '2018-01-03', people: ['Kim Jong Un', 'Moon Jae-in'] }),
    makeArticle('2018/b', { date: '2018-01-02', people: ['Kim Jong-un'] }),
    makeArticle('2018/c', { date: '2018-01-01', people: ['Kim Jong Un', 'Kim Jong Un'] }),
  ];

  it('merges spellings that share a slug, named by the commonest spelling', () => {
    const people = indexEntities(articles, 'people');
    const kim = people.get('kim-jong-un')!;
    expect(kim.name).toBe('Kim Jong Un');
    expect(kim.articles.map((a) => a.id)).toEqual(['2018/a', '2018/b', '2018/c']);
  });

  it('ranks by coverage', () => {
    expect(byArticleCount(indexEntities(articles, 'people').values()).map((e) => e.slug)).toEqual([
      'kim-jong-un',
      'moon-jae-in',
    ]);
  });
});
