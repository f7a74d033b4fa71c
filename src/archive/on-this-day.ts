/**
 * "On this day" on the home page: stories from the same calendar day in other years.
 *
 * The day is the build's reading of today (calendarDayAt): a reader opening the front page on
 * 7 December expects 7 December. Where no other year has a story on that day, the nearest day
 * that has some is shown, and the page says so in a plain sentence. A page built today is so a
 * day old tomorrow until the next build, as any static front page is.
 */
import { dayMonthName } from '../model/dates.ts';
import type { ArticleRecord } from '../model/records.ts';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface OnThisDay {
  /** The calendar day shown: the reference day, or the nearest one with stories. */
  month: number;
  day: number;
  /** "27 July". */
  name: string;
  /** The reference day, "27 July", which `name` differs from when `exact` is false. */
  referenceName: string;
  /** False when no other year has a story on the reference day itself and a nearby day is shown. */
  exact: boolean;
  /** The stories of that day in other years, in the order given (newest first from the archive). */
  articles: ArticleRecord[];
}

// Days are placed in a leap year, so 29 February has a place and 28 February and 1 March are one apart.
const DAYS_IN_YEAR = 366;
const dayOfYear = (month: number, day: number) => (Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000;
const fromDayOfYear = (n: number) => {
  const date = new Date(Date.UTC(2000, 0, 1 + n));
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** The calendar day `now` falls on in `timeZone` (by default the zone the build runs in). */
export function calendarDayAt(now: Date, timeZone?: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone })
    .formatToParts(now)
    .reduce<Record<string, number>>((found, part) => ({ ...found, [part.type]: Number(part.value) }), {});
  return { year: parts.year ?? now.getUTCFullYear(), month: parts.month ?? 1, day: parts.day ?? 1 };
}

/** Days away from any day that cover the whole year: the nearest day with stories is always found. */
export const WHOLE_YEAR = Math.ceil(DAYS_IN_YEAR / 2);

/**
 * Stories from `reference`'s calendar day in years other than its own; when there are none, from
 * the nearest day within `maxDaysAway` that has some (the earlier day first on a tie). Undefined
 * when nothing is that close. `reference` defaults to the day of the first (newest) article.
 */
export function onThisDay(
  articles: readonly ArticleRecord[],
  reference: CalendarDay | undefined = articles[0],
  maxDaysAway = 7,
  /** The language the days are named in: "27 July", "7월 27일". */
  lang = 'en',
): OnThisDay | undefined {
  if (!reference) return undefined;
  const dayName = (month: number, day: number) => dayMonthName(month, day, lang);
  const byDay = new Map<number, ArticleRecord[]>();
  for (const article of articles) {
    if (article.year === reference.year) continue;
    const key = dayOfYear(article.month, article.day);
    const list = byDay.get(key);
    if (list) list.push(article);
    else byDay.set(key, [article]);
  }
  const start = dayOfYear(reference.month, reference.day);
  for (let away = 0; away <= maxDaysAway; away++) {
    for (const key of new Set([start - away, start + away])) {
      const wrapped = (key + DAYS_IN_YEAR) % DAYS_IN_YEAR;
      const found = byDay.get(wrapped);
      if (!found) continue;
      const { month, day } = fromDayOfYear(wrapped);
      return {
        month,
        day,
        name: dayName(month, day),
        referenceName: dayName(reference.month, reference.day),
        exact: away === 0,
        articles: found,
      };
    }
  }
  return undefined;
}
