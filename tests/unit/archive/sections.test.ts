import { describe, expect, it } from 'vitest';
import { indexSections, sectionsByName } from '../../../src/archive/sections.ts';
import { sectionHref } from '../../../src/views/section-link.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { makeArticle } from '../fixtures.ts';

describe('indexSections', () => {
  const a = makeArticle('2018/a', { date: '2018-01-03', section: 'Diplomacy' });
  const b = makeArticle('2018/b', { date: '2018-01-02', section: 'diplomacy' });
  const c = makeArticle('2018/c', { date: '2018-01-01', section: 'Diplomacy' });
  const d = makeArticle('2017/d', { date: '2017-05-01', section: 'North Korea' });

  it('gives spellings that share a slug one section, named as most articles spell it, articles in the order given', () => {
    const sections = indexSections([a, b, c, d]);
    expect([...sections.keys()]).toEqual(['diplomacy', 'north-korea']);
    expect(sections.get('diplomacy')).toMatchObject({ name: 'Diplomacy', articles: [a, b, c] });
    expect(sections.get('north-korea')?.articles).toEqual([d]);
  });

  it('gives a section with no letters or digits no page, and its label no link', () => {
    const dash = makeArticle('2018/dash', { date: '2018-01-01', section: '—' });
    expect(indexSections([dash]).size).toBe(0);
    expect(sectionHref('—', createUrls('/'))).toBeUndefined();
    expect(sectionHref('North Korea', createUrls('/b/'))).toBe('/b/sections/north-korea/');
  });

  it('orders the index alphabetically', () => {
    expect(sectionsByName(indexSections([d, a]).values()).map((s) => s.name)).toEqual(['Diplomacy', 'North Korea']);
  });
});
