/**
 * Years, months and days as periods of the archive: which have stories, which come before and
 * after one another, and how a long list is divided by year. Days are calendar days as the
 * dates were written (where the story was filed), the same days article URLs are made of.
 */
import { calendarDay, dayMonthName, formatArticleDay, monthName, monthYearName } from '../model/dates.ts';
import { INTERFACE_LANGUAGES, interfaceLanguage, strings, type InterfaceLanguage } from '../i18n/strings/index.ts';
import type { ArticleRecord } from '../model/records.ts';
import { groupBy, groupByYear } from '../archive/queries.ts';
import { dayHeadingId, listingUrls, type Urls } from './urls.ts';

/** A year, a month of a year, or a day of a month. */
export interface Period {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** The stories of one period, in the order given. */
export interface PeriodListing extends Period {
  articles: ArticleRecord[];
}

/** A period with the periods that have stories just before and after it. */
export interface Adjacent<T> {
  period: T;
  /** The nearest earlier period with stories; absent for the first. */
  earlier?: T | undefined;
  /** The nearest later period with stories; absent for the latest. */
  later?: T | undefined;
}

/** "2016", "January 2016", "20 January 2016". */
export function periodTitle(period: Period, lang = 'en'): string {
  if (interfaceLanguage(lang) !== 'en') {
    if (period.month === undefined) return strings(lang).lists.year(period.year);
    if (period.day === undefined) return monthYearName(period.year, period.month, lang);
    return formatArticleDay(
      `${period.year}-${String(period.month).padStart(2, '0')}-${String(period.day).padStart(2, '0')}`,
      lang,
    );
  }
  if (period.month === undefined) return String(period.year);
  const month = `${monthName(period.month)} ${period.year}`;
  return period.day === undefined ? month : `${period.day} ${month}`;
}

/** How many of a period's stories one interface language lists. */
export interface LanguageCount {
  lang: InterfaceLanguage;
  count: number;
}

/** How many of a period's stories each interface language but `pageLang` lists, for links to that language's archive of the period. */
export function otherLanguageCounts(
  articles: readonly ArticleRecord[],
  pageLang: InterfaceLanguage = 'en',
): LanguageCount[] {
  return INTERFACE_LANGUAGES.filter((lang) => lang !== pageLang)
    .map((lang) => ({ lang, count: articles.filter((a) => interfaceLanguage(a.data.language) === lang).length }))
    .filter(({ count }) => count > 0);
}

/** A link to another language's archive of a period, written in that language: "2016년 1월 한국어 기사 3건 →". */
export interface OtherLanguageArchive {
  lang: InterfaceLanguage;
  href: string;
  text: string;
}

/** The links from a period's page to each other language's archive of the same year or month. */
export function otherLanguageArchives(
  period: Period,
  counts: readonly LanguageCount[],
  siteUrls: Urls,
): OtherLanguageArchive[] {
  return counts.map(({ lang, count }) => {
    const urls = listingUrls(siteUrls, lang);
    return {
      lang,
      href: period.month === undefined ? urls.archiveYear(period.year) : urls.archiveMonth(period.year, period.month),
      text: strings(lang).articlesPeriod.inThisLanguage(
        count,
        periodTitle({ year: period.year, month: period.month }, lang),
      ),
    };
  });
}

/** Each period with its neighbours; `newestFirst` lists only periods that have stories, latest first. */
export function withAdjacent<T>(newestFirst: readonly T[]): Adjacent<T>[] {
  return newestFirst.map((period, i) => ({ period, later: newestFirst[i - 1], earlier: newestFirst[i + 1] }));
}

/**
 * Every year and month that has stories, each with them (in the order given): the pages that
 * answer `/articles/YYYY/` and `/articles/YYYY/MM/`.
 */
export function periodListings(articles: readonly ArticleRecord[]): {
  years: PeriodListing[];
  months: PeriodListing[];
} {
  const listing = (group: { items: ArticleRecord[] }, period: Period): PeriodListing => ({
    ...period,
    articles: group.items,
  });
  const years = groupByYear(articles).map((g) => listing(g, { year: g.key }));
  const months = years.flatMap((y) =>
    groupBy(y.articles, (a) => a.month).map((g) => listing(g, { year: y.year, month: g.key })),
  );
  return { years, months };
}

/**
 * A month's stories by the day written in their addresses (not the UTC day), keeping their order:
 * the headings of `/articles/YYYY/MM/`, one for every story's day, since a day's address leads there.
 */
export function storiesByDay(
  monthArticles: readonly ArticleRecord[],
): { day: number; id: string; articles: ArticleRecord[] }[] {
  return groupBy(monthArticles, (a) => a.day).map((g) => ({ day: g.key, id: dayHeadingId(g.key), articles: g.items }));
}

/** A long list's part for one year, under a heading the jump-to-year list links to. */
export interface YearDivision {
  year: number;
  /** The heading's id: `y2016`. */
  id: string;
  articles: ArticleRecord[];
}

/** The fragment id of a year's heading on a page divided by year. */
export const yearHeadingId = (year: number) => `y${year}`;

/** Divides a list by year, keeping its order. */
export function divideByYear(articles: readonly ArticleRecord[]): YearDivision[] {
  return groupByYear(articles).map((g) => ({ year: g.key, id: yearHeadingId(g.key), articles: g.items }));
}

/** A month's list's part for one calendar day (as written), under a heading such as "20 January". */
export interface DayDivision {
  day: number;
  /** The heading's id: `d20`. */
  id: string;
  /** "20 January", "1월 20일". */
  title: string;
  articles: ArticleRecord[];
}

/** Divides a month's list by calendar day, keeping its order. */
export function divideByDay(articles: readonly ArticleRecord[], lang = 'en'): DayDivision[] {
  return groupBy(articles, (a) => `${a.month}-${a.day}`).map((g) => {
    const { month, day } = g.items[0]!;
    return { day, id: dayHeadingId(day), title: dayMonthName(month, day, lang), articles: g.items };
  });
}

/** A list's part for one month, under a heading such as "March 2021". */
export interface MonthDivision<T> {
  /** The heading's id: `m2021-03`. */
  id: string;
  /** "March 2021", "2021년 3월". */
  title: string;
  items: T[];
}

/** Divides a list of dated items (corrections, notes) by the month of `dateOf` as written, keeping its order. */
export function divideByMonth<T>(items: readonly T[], dateOf: (item: T) => string, lang = 'en'): MonthDivision<T>[] {
  return groupBy(items, (item) => calendarDay(dateOf(item)).slice(0, 7)).map((g) => {
    const [year, month] = g.key.split('-').map(Number) as [number, number];
    return { id: `m${g.key}`, title: periodTitle({ year, month }, lang), items: g.items };
  });
}

/** Lists at least this long, over more than one year, get a jump-to-year list. */
export const JUMP_LIST_MIN_ARTICLES = 10;

/** Whether a list divided by year is long enough for a jump-to-year list. */
export function wantsJumpList(divisions: readonly YearDivision[], minArticles = JUMP_LIST_MIN_ARTICLES): boolean {
  const total = divisions.reduce((n, d) => n + d.articles.length, 0);
  return divisions.length > 1 && total >= minArticles;
}

/** A jump-to-year link of a list split into pages: the year, and its heading on the page where it starts. */
export interface YearJump {
  year: number;
  href: string;
}

/**
 * The jump-to-year links of a whole list shown `pageSize` to a page (`href(n)` the address of
 * page n), each to the heading on the page where its year starts; none when the list is not
 * long enough for a jump list (`minArticles`, and more than one year).
 */
export function yearJumps(
  articles: readonly ArticleRecord[],
  pageSize: number,
  href: (page: number) => string,
  minArticles = JUMP_LIST_MIN_ARTICLES,
): YearJump[] {
  const years = divideByYear(articles);
  if (!wantsJumpList(years, minArticles)) return [];
  let position = 0;
  return years.map((division) => {
    const page = Math.floor(position / pageSize) + 1;
    position += division.articles.length;
    return { year: division.year, href: `${href(page)}#${division.id}` };
  });
}
