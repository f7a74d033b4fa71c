/**
 * The date range's menus: each bound is a year, a month and a day, chosen from menus laid out in
 * the order the page's language writes a date ("28 February 2019", "2019년 2월 28일"), so the
 * filter reads as the site's dates do, never as a browser's "mm/dd/yyyy". A bound with a year
 * only is that whole year, with a month that whole month (date-range.ts).
 */
import { daysInMonth, normaliseBound } from './date-range.ts';

/** One bound as its menus show it: each part `''` when not chosen, else `YYYY`, `MM`, `DD`. */
export interface BoundParts {
  year: string;
  month: string;
  day: string;
}

/** The parts of a date, as Intl names them. */
export type DatePart = keyof BoundParts;

const NO_PARTS: BoundParts = { year: '', month: '', day: '' };

/** The menus' parts of a bound from the address (`2019`, `2019-02`, `2019-02-28`); all empty for none. */
export function boundParts(bound: string): BoundParts {
  const valid = normaliseBound(bound);
  if (!valid) return NO_PARTS;
  const [year = '', month = '', day = ''] = valid.split('-');
  return { year, month, day };
}

/**
 * The bound the menus make: a month needs a year and a day a month, so a part chosen without the
 * one above it is left out; a day past the month's end (31 after switching to April) becomes its
 * last day, so changing the month never empties the range.
 */
export function boundFromParts({ year, month, day }: BoundParts): string {
  if (!/^\d{4}$/.test(year)) return '';
  if (!/^\d{2}$/.test(month)) return year;
  if (!/^\d{2}$/.test(day)) return normaliseBound(`${year}-${month}`);
  const last = daysInMonth(Number(year), Number(month));
  return normaliseBound(`${year}-${month}-${String(Math.min(Number(day), last)).padStart(2, '0')}`);
}

/** How many days the day menu offers for the chosen year and month: 31 until both are chosen. */
export function daysOffered({ year, month }: Pick<BoundParts, 'year' | 'month'>): number {
  return /^\d{4}$/.test(year) && /^\d{2}$/.test(month) ? daysInMonth(Number(year), Number(month)) : 31;
}

/** The order `locale` writes a day, a month and a year in: day, month, year for en-GB; year, month, day for ko. */
export function datePartOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2019, 1, 28))
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'year' || type === 'month' || type === 'day');
  return parts.length === 3 ? parts : ['day', 'month', 'year'];
}

/** The menus' labels for a bound, as a line of text: "28 February 2019", "February 2019", "2019". */
export function boundText(bound: string, locale: string): string {
  const { year, month, day } = boundParts(bound);
  if (!year) return '';
  if (!month) return year;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(Number(year), Number(month) - 1, Number(day || 1)));
}
