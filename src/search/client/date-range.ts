/**
 * Date ranges on the search page: `from` and `to` in the address, each a day (`2017-03-05`), a
 * month (`2017-03`) or a year (`2017`), meaning all of it. A range is applied on the UTC instant
 * an article was published, from the start of `from` up to the end of `to`.
 *
 * Pagefind has no range filter. Two ways were weighed: narrow by year and then check each
 * result's instant, which needs every candidate's fragment fetched (one request a result: slow on
 * a long period); or index the UTC year, month and day of every article as hidden filters and
 * write the range as the fewest whole years, months and days that cover it exactly (at most a
 * few dozen values, one `any` of them). The second is exact, runs inside Pagefind's own filtering
 * (so counts and sorting stay right) and fetches no fragment, so it is the one used.
 */
import { RANGE_KEYS } from '../keys.ts';

/** A date as the address may carry it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Bound {
  year: number;
  /** 1–12, when the bound names a month or a day. */
  month?: number;
  /** 1–31, when the bound names a day. */
  day?: number;
}

function parseBound(text: string): Bound | undefined {
  const match = BOUND.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/** Days in `month` (1–12) of `year`. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The bound as the address keeps it, or `''` when it is not a real day, month or year. */
export function normaliseBound(text: string | null): string {
  return text && parseBound(text) ? text.trim() : '';
}

/** The first UTC instant (ms) a `from` bound lets in: the start of its day, month or year. */
export function startOf(text: string): number | undefined {
  const bound = parseBound(text);
  return bound && Date.UTC(bound.year, (bound.month ?? 1) - 1, bound.day ?? 1);
}

/** The first UTC instant (ms) after a `to` bound: the start of the next day, month or year. */
export function endOf(text: string): number | undefined {
  const bound = parseBound(text);
  if (!bound) return undefined;
  if (bound.month === undefined) return Date.UTC(bound.year + 1, 0, 1);
  if (bound.day === undefined) return Date.UTC(bound.year, bound.month, 1);
  return Date.UTC(bound.year, bound.month - 1, bound.day + 1);
}

/** A range as UTC instants, `start` included and `end` not; either may be open. */
export interface InstantRange {
  start?: number;
  end?: number;
}

/** The instants of `from`–`to`; a range given backwards is read the right way round. */
export function rangeInstants(from: string, to: string): InstantRange {
  let start = from ? startOf(from) : undefined;
  let end = to ? endOf(to) : undefined;
  if (start !== undefined && end !== undefined && end <= start) {
    // "from 2018 to 2017" means the two years, not nothing.
    [start, end] = [startOf(to), endOf(from)];
  }
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) };
}

/** Which hidden filter values cover a range exactly: `{ utc_year: ['2017'], utc_month: ['2018-01'], utc_day: [...] }`. */
export type RangeCover = Partial<Record<(typeof RANGE_KEYS)[keyof typeof RANGE_KEYS], string[]>>;

/**
 * The fewest whole UTC years, months and days that make up `[start, end)`. Open ends are closed
 * at `years` (the archive's first and last year, widened by one for articles whose UTC year is
 * not the year they were filed in), so the cover stays a few dozen values long.
 */
export function rangeCover(range: InstantRange, years: { first: number; last: number }): RangeCover {
  const floor = Date.UTC(years.first - 1, 0, 1);
  const ceiling = Date.UTC(years.last + 2, 0, 1);
  const start = Math.max(range.start ?? floor, floor);
  const end = Math.min(range.end ?? ceiling, ceiling);
  const cover: Required<RangeCover> = { utc_year: [], utc_month: [], utc_day: [] };
  let at = new Date(start);
  while (at.getTime() < end) {
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth();
    const d = at.getUTCDate();
    const iso = at.toISOString();
    let next: Date;
    if (m === 0 && d === 1 && Date.UTC(y + 1, 0, 1) <= end) {
      cover.utc_year.push(iso.slice(0, 4));
      next = new Date(Date.UTC(y + 1, 0, 1));
    } else if (d === 1 && Date.UTC(y, m + 1, 1) <= end) {
      cover.utc_month.push(iso.slice(0, 7));
      next = new Date(Date.UTC(y, m + 1, 1));
    } else {
      cover.utc_day.push(iso.slice(0, 10));
      next = new Date(Date.UTC(y, m, d + 1));
    }
    at = next;
  }
  return Object.fromEntries(Object.entries(cover).filter(([, values]) => values.length > 0));
}

/** Pagefind's compound filter for a cover: any of its values, in any of the three keys. */
export function rangeFilter(cover: RangeCover): { any: Record<string, { any: string[] }>[] } {
  const any = Object.entries(cover).map(([key, values]) => ({ [key]: { any: values } }));
  // A range wholly outside the archive covers nothing, and must match nothing, not everything:
  // no article has a UTC year of 0000.
  return { any: any.length ? any : [{ [RANGE_KEYS.year]: { any: ['0000'] } }] };
}
