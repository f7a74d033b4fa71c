import { describe, expect, it } from 'vitest';
import { articleDescription, articleTermGroups } from '../../../src/lib/article-view.ts';
import { createUrls } from '../../../src/lib/urls.ts';
import { makeArticle } from './fixtures.ts';

describe('articleTermGroups', () => {
  it('links topics by title, then people, places, organizations and tags under the base path', () => {
    const { data } = makeArticle('2016/a', {
      date: '2016-01-20',
      topics: ['talks'],
      people: ['Kim Jong Un'],
      places: ['Seoul'],
      organizations: ['U.N. Security Council'],
      tags: ['sanctions'],
    });
    const groups = articleTermGroups(data, createUrls('/b/'), (id) => `Topic ${id}`);
    expect(groups).toEqual([
      { label: 'Topics', terms: [{ name: 'Topic talks', href: '/b/topics/talks/' }] },
      { label: 'People', terms: [{ name: 'Kim Jong Un', href: '/b/people/kim-jong-un/' }] },
      { label: 'Places', terms: [{ name: 'Seoul', href: '/b/places/seoul/' }] },
      { label: 'Organizations', terms: [{ name: 'U.N. Security Council', href: '/b/organizations/un-security-council/' }] },
      { label: 'Tags', terms: [{ name: 'sanctions', href: '/b/tags/sanctions/' }] },
    ]);
  });
});

describe('articleDescription', () => {
  it('uses the summary, else dateline, headline and source', () => {
    expect(articleDescription(makeArticle('2016/a', { date: '2016-01-20', summary: 'Envoys met.' }).data, 'Yonhap')).toBe('Envoys met.');
    expect(articleDescription(makeArticle('2016/a', { date: '2016-01-20', dateline: 'SEOUL' }).data, 'Yonhap')).toBe('SEOUL: 2016/a (Yonhap)');
    expect(articleDescription(makeArticle('2016/a', { date: '2016-01-20' }).data, undefined)).toBe('2016/a');
  });
});
