import { describe, expect, it } from 'vitest';
import {
  divideByDay,
  divideByMonth,
  divideByYear,
  otherLanguageArchives,
  otherLanguageCounts,
  periodListings,
  periodTitle,
  storiesByDay,
  wantsJumpList,
  withAdjacent,
  yearJumps,
} from '../../../src/views/periods.ts';
import { newestFirst } from '../../../src/archive/queries.ts';
import { makeArticle } from '../fixtures.ts';
import { createUrls } from '../../../src/views/urls.ts';

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('periodTitle', () => {
  it('names a year, a month and a day', () => {
    expect(periodTitle({ year: 2016 })).toBe('2016');
    expect(periodTitle({ year: 2016, month: 2 })).toBe('February 2016');
    expect(periodTitle({ year: 2016, month: 2, day: 7 })).toBe('7 February 2016');
  });
});

describe('withAdjacent', () => {
  it('links each period to the nearest earlier and later ones with stories, skipping empty gaps', () => {
    // Newest first, as the archive lists them; March 2016 to January 2018 are empty.
    const months = [{ m: '2018-06' }, { m: '2018-01' }, { m: '2016-02' }];
    expect(withAdjacent(months)).toEqual([
      { period: { m: '2018-06' }, later: undefined, earlier: { m: '2018-01' } },
      { period: { m: '2018-01' }, later: { m: '2018-06' }, earlier: { m: '2016-02' } },
      { period: { m: '2016-02' }, later: { m: '2018-01' }, earlier: undefined },
    ]);
  });

  it('gives a lone period no neighbours', () => {
    expect(withAdjacent([2016])).toEqual([{ period: 2016, later: undefined, earlier: undefined }]);
  });
});

describe('periodListings', () => {
  const articles = [
    makeArticle('2016/a', { date: '2016-01-20T19:27:00+09:00' }),
    // The UTC day is the 20th, the day as written (and in its URL) the 21st.
    makeArticle('2016/b', { date: '2016-01-21T05:00:00+09:00' }),
    makeArticle('2016/c', { date: '2016-03-02' }),
    makeArticle('2018/d', { date: '2018-06-12' }),
  ].sort(newestFirst);
  const { years, months } = periodListings(articles);
  // A month page's headings, as /articles/YYYY/MM/ shows them.
  const days = months.flatMap((m) => storiesByDay(m.articles).map((d) => ({ ...d, year: m.year, month: m.month })));

  it('lists every year and month with stories, newest first, each with its stories, and each month by day', () => {
    expect(years.map((y) => [y.year, ids(y.articles)])).toEqual([
      [2018, ['2018/d']],
      [2016, ['2016/c', '2016/b', '2016/a']],
    ]);
    expect(months.map((m) => [m.year, m.month, m.articles.length])).toEqual([
      [2018, 6, 1],
      [2016, 3, 1],
      [2016, 1, 2],
    ]);
    expect(days.map((d) => [d.year, d.month, d.day, ids(d.articles)])).toEqual([
      [2018, 6, 12, ['2018/d']],
      [2016, 3, 2, ['2016/c']],
      [2016, 1, 21, ['2016/b']],
      [2016, 1, 20, ['2016/a']],
    ]);
  });

  it('has a day heading for every article URL, so a day’s address always finds its stories', () => {
    const dayKeys = new Set(days.map((d) => `${d.year}/${d.month}/${d.day}`));
    for (const a of articles) expect(dayKeys.has(`${a.year}/${a.month}/${a.day}`), a.id).toBe(true);
  });
});

describe('dividing a list by year', () => {
  const list = (perYear: Record<number, number>) =>
    Object.entries(perYear)
      .flatMap(([year, n]) =>
        Array.from({ length: n }, (_, i) =>
          makeArticle(`${year}/s${i}`, { date: `${year}-05-${String(i + 1).padStart(2, '0')}` }),
        ),
      )
      .sort(newestFirst);

  it('keeps the order and gives each year a heading id', () => {
    const divisions = divideByYear(list({ 2016: 1, 2018: 2 }));
    expect(divisions.map((d) => [d.year, d.id, ids(d.articles)])).toEqual([
      [2018, 'y2018', ['2018/s1', '2018/s0']],
      [2016, 'y2016', ['2016/s0']],
    ]);
  });

  it('wants a jump list only for a long list over more than one year', () => {
    expect(wantsJumpList(divideByYear(list({ 2016: 5, 2017: 5 })))).toBe(true);
    expect(wantsJumpList(divideByYear(list({ 2016: 5, 2017: 4 })))).toBe(false);
    expect(wantsJumpList(divideByYear(list({ 2016: 12 })))).toBe(false);
    expect(wantsJumpList(divideByYear(list({ 2016: 1, 2017: 1 })), 2)).toBe(true);
  });

  it('links each year of a list split into pages to its heading on the page where the year starts', () => {
    // Newest first: 2018 has 26 stories, 2017 has 28, 2016 has 35; 50 a page, so 2016 starts on page 2.
    const articles = list({ 2016: 27, 2017: 28, 2018: 26 })
      .concat(list({ 2016: 8 }).map((a) => ({ ...a, id: `${a.id}b` })))
      .sort(newestFirst);
    const jumps = yearJumps(articles, 50, (n) => (n === 1 ? '/people/x/' : `/people/x/${n}/`));
    expect(jumps).toEqual([
      { year: 2018, href: '/people/x/#y2018' },
      { year: 2017, href: '/people/x/#y2017' },
      { year: 2016, href: '/people/x/2/#y2016' },
    ]);
    expect(yearJumps(list({ 2016: 3 }), 50, () => '/x/')).toEqual([]);
  });
});

describe('divideByDay and divideByMonth', () => {
  it("divides a month's list by the day each story was filed, as written, keeping its order", () => {
    const list = [
      makeArticle('late', { date: '2016-01-20T23:50:00-05:00' }),
      makeArticle('same-day', { date: '2016-01-20T08:00:00+09:00' }),
      makeArticle('early', { date: '2016-01-06' }),
    ];
    const days = divideByDay(list);
    expect(days.map((d) => [d.id, d.title, ids(d.articles)])).toEqual([
      ['d20', '20 January', ['late', 'same-day']],
      ['d6', '6 January', ['early']],
    ]);
    expect(divideByDay(list, 'ko').map((d) => d.title)).toEqual(['1월 20일', '1월 6일']);
  });

  it('divides dated entries by month under the title every list uses', () => {
    const entries = [
      { date: '2021-03-18T18:40:00+09:00' },
      { date: '2021-03-02' },
      { date: '2020-12-31T23:00:00-05:00' },
    ];
    expect(divideByMonth(entries, (e) => e.date).map((m) => [m.id, m.title, m.items.length])).toEqual([
      ['m2021-03', 'March 2021', 2],
      ['m2020-12', 'December 2020', 1],
    ]);
    expect(divideByMonth(entries, (e) => e.date, 'ko')[0]!.title).toBe('2021년 3월');
  });
});

describe('the other languages of a period cut back from an article address', () => {
  const month = [
    makeArticle('2016/en', { date: '2016-01-06' }),
    makeArticle('2016/ko-1', { date: '2016-01-06', language: 'ko' }),
    makeArticle('2016/ko-2', { date: '2016-01-07', language: 'ko-KR' }),
    // No interface of its own: listed with English.
    makeArticle('2016/de', { date: '2016-01-08', language: 'de' }),
  ];

  it('counts the stories each other interface language lists, none for a language with no story', () => {
    expect(otherLanguageCounts(month)).toEqual([{ lang: 'ko', count: 2 }]);
    expect(otherLanguageCounts(month.slice(0, 1))).toEqual([]);
    expect(otherLanguageCounts(month, 'ko')).toEqual([{ lang: 'en', count: 2 }]);
  });

  it('links each to its archive of the same month or year, in its own words, under the base path', () => {
    const urls = createUrls('/base/');
    expect(otherLanguageArchives({ year: 2016, month: 1 }, otherLanguageCounts(month), urls)).toEqual([
      { lang: 'ko', href: '/base/ko/archive/2016/01/', text: '2016년 1월 한국어 기사 2건 →' },
    ]);
    expect(otherLanguageArchives({ year: 2016 }, [{ lang: 'ko', count: 1 }], urls)).toEqual([
      { lang: 'ko', href: '/base/ko/archive/2016/', text: '2016년 한국어 기사 1건 →' },
    ]);
  });
});
