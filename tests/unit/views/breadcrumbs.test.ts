import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, visibleTrail } from '../../../src/views/breadcrumbs.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { makeArticle } from '../fixtures.ts';

const urls = createUrls('/b/');
const names = (trail: { name: string }[]) => trail.map((c) => c.name);

describe('breadcrumbTrail', () => {
  it('leads from the archive through the year and month to the article, as written where it was filed', () => {
    // 23:30 on 31 January in Seoul is still January there, whatever the UTC day.
    const article = makeArticle('2016/late-filing', { date: '2016-01-31T23:30:00+09:00', title: 'Late filing' });
    expect(breadcrumbTrail({ kind: 'article', article }, urls)).toEqual([
      { name: 'Archive', href: '/b/archive/' },
      { name: '2016', href: '/b/archive/2016/' },
      { name: 'January 2016', href: '/b/archive/2016/01/' },
      { name: 'Late filing', href: '/b/articles/2016/01/31/late-filing/' },
    ]);
  });

  it('shows an article the trail down to its month, not its headline again (the JSON-LD keeps the whole trail)', () => {
    const article = makeArticle('2016/late-filing', { date: '2016-01-31T23:30:00+09:00', title: 'Late filing' });
    expect(names(visibleTrail({ kind: 'article', article }, urls))).toEqual(['Archive', '2016', 'January 2016']);
    expect(visibleTrail({ kind: 'archive-period', period: { year: 2017 } }, urls)).toEqual(
      breadcrumbTrail({ kind: 'archive-period', period: { year: 2017 } }, urls),
    );
  });

  it('gives month and year archives the part of the trail above them', () => {
    expect(breadcrumbTrail({ kind: 'archive-period', period: { year: 2017 } }, urls)).toEqual([
      { name: 'Archive', href: '/b/archive/' },
      { name: '2017', href: '/b/archive/2017/' },
    ]);
    expect(names(breadcrumbTrail({ kind: 'archive-period', period: { year: 2017, month: 9 } }, urls))).toEqual([
      'Archive',
      '2017',
      'September 2017',
    ]);
  });

  it('ends a period under /articles/ at its own address, the crumbs above it in the archive', () => {
    expect(breadcrumbTrail({ kind: 'articles-period', period: { year: 2017, month: 9 } }, urls)).toEqual([
      { name: 'Archive', href: '/b/archive/' },
      { name: '2017', href: '/b/archive/2017/' },
      { name: 'September 2017', href: '/b/articles/2017/09/' },
    ]);
    expect(breadcrumbTrail({ kind: 'articles-period', period: { year: 2017 } }, urls).at(-1)).toEqual({
      name: '2017',
      href: '/b/articles/2017/',
    });
  });

  it('puts topics, sources, entities and sections under their index pages', () => {
    const topic = { id: 'talks', data: { title: 'Peace talks', description: 'd' } };
    const source = { id: 'wire', data: { name: 'Test Wire', url: 'https://wire.example' } };
    expect(breadcrumbTrail({ kind: 'topic', topic }, urls)).toEqual([
      { name: 'Topics', href: '/b/topics/' },
      { name: 'Peace talks', href: '/b/topics/talks/' },
    ]);
    expect(breadcrumbTrail({ kind: 'source', source }, urls)).toEqual([
      { name: 'Sources', href: '/b/sources/' },
      { name: 'Test Wire', href: '/b/sources/wire/' },
    ]);
    expect(breadcrumbTrail({ kind: 'entity', entityKind: 'people', name: 'Kim Jong Un' }, urls)).toEqual([
      { name: 'People', href: '/b/people/' },
      { name: 'Kim Jong Un', href: '/b/people/kim-jong-un/' },
    ]);
    expect(breadcrumbTrail({ kind: 'section', name: 'North Korea', page: 1 }, urls)).toEqual([
      { name: 'Sections', href: '/b/sections/' },
      { name: 'North Korea', href: '/b/sections/north-korea/' },
    ]);
  });

  it('gives a topic, source and section in Korean their Korean names and Korean listings', () => {
    const topic = {
      id: 'talks',
      data: { title: 'Peace talks', description: 'd', translations: { ko: { title: '평화 회담' } } },
    };
    const source = {
      id: 'wire',
      data: { name: 'Test Wire', url: 'https://wire.example', translations: { ko: { name: '시험 통신' } } },
    };
    expect(breadcrumbTrail({ kind: 'topic', topic, page: 2 }, urls, 'ko')).toEqual([
      { name: '주제', href: '/b/ko/topics/' },
      { name: '평화 회담', href: '/b/ko/topics/talks/' },
      { name: '2쪽', href: '/b/ko/topics/talks/2/' },
    ]);
    expect(breadcrumbTrail({ kind: 'source', source }, urls, 'ko').at(-1)).toEqual({
      name: '시험 통신',
      href: '/b/ko/sources/wire/',
    });
    expect(breadcrumbTrail({ kind: 'section', name: 'Diplomacy', shown: '외교' }, urls, 'ko').at(-1)).toEqual({
      name: '외교',
      href: '/b/ko/sections/diplomacy/',
    });
  });

  it('gives a name on a Korean page its Korean spelling, its crumb linking the one page the name has', () => {
    const trail = breadcrumbTrail(
      { kind: 'entity', entityKind: 'people', name: 'Kim You-geun', shown: '김유근', page: 2 },
      urls,
      'ko',
    );
    expect(trail).toEqual([
      { name: '인물', href: '/b/people/' },
      { name: '김유근', href: '/b/people/kim-you-geun/' },
      { name: '2쪽', href: '/b/people/kim-you-geun/2/' },
    ]);
  });

  it('adds the page number to later pages of a listing, and gives the first archive page no trail', () => {
    expect(breadcrumbTrail({ kind: 'section', name: 'Security', page: 3 }, urls).at(-1)).toEqual({
      name: 'Page 3',
      href: '/b/sections/security/3/',
    });
    expect(breadcrumbTrail({ kind: 'entity', entityKind: 'tags', name: 'ICBM', page: 2 }, urls).at(-1)).toEqual({
      name: 'Page 2',
      href: '/b/tags/icbm/2/',
    });
    const source = { id: 'wire', data: { name: 'Test Wire', url: 'https://wire.example' } };
    expect(breadcrumbTrail({ kind: 'source', source, page: 4 }, urls).at(-1)).toEqual({
      name: 'Page 4',
      href: '/b/sources/wire/4/',
    });
    expect(breadcrumbTrail({ kind: 'archive', page: 2 }, urls)).toEqual([
      { name: 'Archive', href: '/b/archive/' },
      { name: 'Page 2', href: '/b/archive/page/2/' },
    ]);
    expect(breadcrumbTrail({ kind: 'archive', page: 1 }, urls)).toEqual([]);
  });
});
