import { describe, expect, it } from 'vitest';
import {
  aliasSlugs,
  byArticleCount,
  entityNamed,
  entityNameIn,
  indexEntities,
  initialLinks,
  initialOf,
  nameIndex,
  namePageLanguage,
  namesByInitial,
} from '../../../src/archive/entities.ts';
import { canonicalBySlug } from '../../../src/model/aliases.ts';
import { makeArticle } from '../fixtures.ts';

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

describe('indexEntities with the alias file', () => {
  const articles = [
    makeArticle('2021/a', { date: '2021-03-18', people: ['Antony Blinken'], tags: ['ICBM', 'alliance'] }),
    makeArticle('2016/b', { date: '2016-01-20', people: ['Tony Blinken', 'Yun Byung-se'], tags: ['icbm'] }),
    makeArticle('2016/c', {
      date: '2016-01-19',
      people: ['tony blinken', 'Antony Blinken'],
      tags: ['icbm', 'U.S.-South Korea alliance'],
    }),
  ];
  const people = indexEntities(articles, 'people', { 'Antony Blinken': ['Tony Blinken', 'T. Blinken'] });

  it('gives a name one page listing the stories under every spelling, once each, under the name in the file', () => {
    const blinken = people.get('antony-blinken')!;
    expect(blinken.name).toBe('Antony Blinken');
    expect(blinken.articles.map((a) => a.id)).toEqual(['2021/a', '2016/b', '2016/c']);
    expect(people.has('tony-blinken')).toBe(false);
    expect([...people.keys()]).toEqual(['antony-blinken', 'yun-byung-se']);
  });

  it('says which other spellings the name has, and gives each an address of its own', () => {
    const blinken = people.get('antony-blinken')!;
    expect(blinken.alsoWrittenAs).toEqual(['Tony Blinken', 'T. Blinken']);
    expect(aliasSlugs(blinken)).toEqual(['tony-blinken', 't-blinken']);
    expect(people.get('yun-byung-se')!.alsoWrittenAs).toEqual([]);
  });

  it('names an aliased tag as the file does, even where articles write it otherwise', () => {
    const tags = indexEntities(articles, 'tags', { 'U.S.-South Korea alliance': ['alliance'] });
    expect(tags.get('us-south-korea-alliance')).toMatchObject({
      name: 'U.S.-South Korea alliance',
      alsoWrittenAs: ['alliance'],
    });
    expect(tags.get('us-south-korea-alliance')!.articles.map((a) => a.id)).toEqual(['2021/a', '2016/c']);
  });

  it('finds the page a name as an article writes it belongs to, through the alias file', () => {
    const canonical = canonicalBySlug({ 'Antony Blinken': ['Tony Blinken', 'T. Blinken'] });
    expect(entityNamed(people, canonical, 'Tony Blinken')?.name).toBe('Antony Blinken');
    expect(entityNamed(people, canonical, 'tony blinken')?.slug).toBe('antony-blinken');
    expect(entityNamed(people, canonical, 'Yun Byung-se')?.name).toBe('Yun Byung-se');
    expect(entityNamed(people, canonical, 'Nobody Here')).toBeUndefined();
  });

  it('gives no address to a spelling that already shares the name’s page', () => {
    const kim = indexEntities([makeArticle('2018/a', { date: '2018-01-01', people: ['Kim Jong-un'] })], 'people', {
      'Kim Jong Un': ['Kim Jong-un'],
    });
    expect(kim.get('kim-jong-un')).toMatchObject({ name: 'Kim Jong Un', alsoWrittenAs: ['Kim Jong-un'] });
    expect(aliasSlugs(kim.get('kim-jong-un')!)).toEqual([]);
  });
});

describe('the name on a story’s page in its language', () => {
  const stories = [
    makeArticle('2016/en-1', { date: '2016-02-01', people: ['Park Geun-hye'] }),
    makeArticle('2016/en-2', { date: '2016-02-02', people: ['Park Geun Hye'] }),
    makeArticle('2016/ko-1', { date: '2016-02-03', people: ['박근혜'], language: 'ko' }),
    makeArticle('2016/ko-2', { date: '2016-02-04', people: ['박근혜 대통령', '박근혜'], language: 'ko' }),
    makeArticle('2016/ko-3', { date: '2016-02-05', people: ['Park Geun-hye'], language: 'ko' }),
  ];
  const table = { 'Park Geun-hye': ['박근혜', '박근혜 대통령'] };

  it('is the name of the page where that language’s stories write it so, else their commonest spelling', () => {
    const park = indexEntities(stories, 'people', table).get('park-geun-hye')!;
    expect(park.articles).toHaveLength(5);
    expect(entityNameIn(park, 'en')).toBe('Park Geun-hye');
    expect(entityNameIn(park, 'ko')).toBe('Park Geun-hye');
    const koreanOnly = indexEntities(stories.slice(0, 4), 'people', table).get('park-geun-hye')!;
    expect(entityNameIn(koreanOnly, 'ko')).toBe('박근혜');
    expect(entityNameIn(koreanOnly, 'en')).toBe('Park Geun-hye');
    // A language with no story naming the entity gets the page's name.
    expect(entityNameIn(koreanOnly, 'de')).toBe('Park Geun-hye');
  });
});

describe('the name an entity is shown by', () => {
  it('keeps the case it is written in: the commonest spelling, and between two as common the one with capitals', () => {
    const tags = (lists: string[][]) =>
      indexEntities(
        lists.map((tags, i) => makeArticle(`2017/${i}`, { date: '2017-01-01', tags })),
        'tags',
      );
    expect(tags([['ICBM'], ['icbm'], ['ICBM']]).get('icbm')!.name).toBe('ICBM');
    expect(tags([['icbm'], ['icbm'], ['ICBM']]).get('icbm')!.name).toBe('icbm');
    expect(tags([['g20'], ['G20']]).get('g20')!.name).toBe('G20');
    expect(tags([['THAAD'], ['thaad']]).get('thaad')!.name).toBe('THAAD');
  });
});

describe('names A–Z', () => {
  it('files a name under its first letter without accents, and a name that starts otherwise under #', () => {
    expect(initialOf('Ôsaka')).toBe('O');
    expect(initialOf('émigré')).toBe('E');
    expect(initialOf('김정은')).toBe('김');
    expect(initialOf('9/11')).toBe('#');
    expect(initialOf('“Quoted”')).toBe('#');
  });

  it('groups by initial, # first, each group A–Z with numbers in numeric order, with its address segment', () => {
    const articles = [
      makeArticle('2020/a', { date: '2020-01-02', tags: ['Room 10', 'room 9', 'Émissary', 'alliance', '9/11'] }),
      makeArticle('2020/b', { date: '2020-01-01', tags: ['Room 10', 'Embassy'] }),
    ];
    const groups = namesByInitial(indexEntities(articles, 'tags').values());
    expect(groups.map((g) => [g.initial, g.segment])).toEqual([
      ['#', '0-9'],
      ['A', 'a'],
      ['E', 'e'],
      ['R', 'r'],
    ]);
    expect(groups.find((g) => g.initial === 'E')!.names.map((n) => n.name)).toEqual(['Embassy', 'Émissary']);
    expect(groups.find((g) => g.initial === 'R')!.names).toEqual([
      { name: 'room 9', slug: 'room-9', count: 1 },
      { name: 'Room 10', slug: 'room-10', count: 2 },
    ]);
  });

  it('indexes the most covered names, with A–Z groups only when some are left out', () => {
    const articles = [
      makeArticle('2020/a', { date: '2020-01-02', tags: ['Room 10', 'alliance'] }),
      makeArticle('2020/b', { date: '2020-01-01', tags: ['Room 10'] }),
    ];
    const ranked = byArticleCount(indexEntities(articles, 'tags').values());
    const all = nameIndex(ranked, 2);
    expect(all).toEqual({
      total: 2,
      top: [
        { name: 'Room 10', slug: 'room-10', count: 2 },
        { name: 'alliance', slug: 'alliance', count: 1 },
      ],
      groups: [],
    });
    const cut = nameIndex(ranked, 1);
    expect(cut.top.map((n) => n.name)).toEqual(['Room 10']);
    expect(initialLinks(cut.groups)).toEqual([
      { initial: 'A', segment: 'a', count: 1 },
      { initial: 'R', segment: 'r', count: 1 },
    ]);
  });
});

describe('the language of a name and its page', () => {
  const entity = (byLanguage: [string, string][]) => ({ namesByLanguage: new Map(byLanguage) });

  it('gives a name only Korean stories use a Korean page', () => {
    expect(namePageLanguage(entity([['ko', '류제승']]))).toBe('ko');
    expect(
      namePageLanguage(
        entity([
          ['ko', '류제승'],
          ['ko-KR', '류제승'],
        ]),
      ),
    ).toBe('ko');
  });

  it('gives a name stories of several languages use an English page, as it does a name in a language without an interface', () => {
    expect(
      namePageLanguage(
        entity([
          ['en', 'Park Geun-hye'],
          ['ko', '박근혜'],
        ]),
      ),
    ).toBe('en');
    expect(namePageLanguage(entity([['ja', 'Abe']]))).toBe('en');
  });

  it('marks a name on the English index with the language of the only stories that write it so', () => {
    const articles = [
      makeArticle('2016/사드', { date: '2016-07-08', language: 'ko', people: ['류제승', '박근혜'] }),
      makeArticle('2016/thaad', { date: '2016-07-07', people: ['Park Geun-hye'] }),
      makeArticle('2016/only-korean-stories', { date: '2016-07-06', language: 'ko', people: ['김유근'] }),
    ];
    // The alias file's name no story writes is left unmarked, though only Korean stories name him.
    const aliases = { 'Park Geun-hye': ['박근혜'], 'Kim You-geun': ['김유근'] };
    const { top } = nameIndex(byArticleCount(indexEntities(articles, 'people', aliases).values()), 10);
    expect(Object.fromEntries(top.map((n) => [n.name, n.lang]))).toEqual({
      'Park Geun-hye': undefined,
      류제승: 'ko',
      'Kim You-geun': undefined,
    });
  });
});
