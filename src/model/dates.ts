/**
 * Article dates are kept as the ISO 8601 string the editor wrote, because a wire story's
 * calendar day and clock time belong to where it was filed (19:27 KST stays 19:27, Jan. 20),
 * which a bare `Date` would shift to UTC.
 */

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The parts of an article date as written, plus the instant it names (for sorting). */
export interface ArticleDate {
  /** Normalised ISO string: `2016-01-20`, `2016-01-20T19:27:00`, `2016-01-20T19:27:00+09:00`. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** `HH:MM` when the source gave a time. */
  time?: string;
  /** `Z` or `+09:00` when the source gave an offset. */
  offset?: string;
  /** Milliseconds since the epoch; dates and times without an offset are read as UTC. */
  epoch: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO 8601 date or date-time; returns `undefined` when it is not a real calendar date. */
export function parseArticleDate(input: string): ArticleDate | undefined {
  const match = ISO_PATTERN.exec(input.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, , rawOffset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const datePart = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) {
    return { iso: datePart, year, month, day, epoch: Date.UTC(year, month - 1, day) };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  let offset: string | undefined;
  if (rawOffset === 'Z') offset = 'Z';
  else if (rawOffset) {
    const digits = rawOffset.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return undefined;
    offset = `${digits[0]}${digits.slice(1, 3)}:${digits.slice(3, 5)}`;
  }
  const time = `${h}:${mi}`;
  const iso = `${datePart}T${time}:${s ?? '00'}${offset ?? ''}`;
  const offsetMinutes =
    offset && offset !== 'Z'
      ? (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
      : 0;
  const epoch =
    Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0)) - offsetMinutes * 60_000;
  return { iso, year, month, day, time, offset, epoch };
}

function mustParse(iso: string): ArticleDate {
  const parsed = parseArticleDate(iso);
  if (!parsed) throw new Error(`Not an ISO 8601 date: "${iso}"`);
  return parsed;
}

/** Epoch milliseconds of an ISO article date, for sorting. */
export function dateEpoch(iso: string): number {
  return mustParse(iso).epoch;
}

/** The English name of a month (1-12). */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new RangeError(`Month out of range: ${month}`);
  return name;
}

/** `20 January 2016`, or `20 January 2016, 19:27 (UTC+09:00)` when the source gave a time. */
export function formatArticleDate(iso: string): string {
  const date = mustParse(iso);
  const day = `${date.day} ${monthName(date.month)} ${date.year}`;
  if (!date.time) return day;
  const zone = date.offset === undefined ? '' : date.offset === 'Z' ? ' (UTC)' : ` (UTC${date.offset})`;
  return `${day}, ${date.time}${zone}`;
}

/** `2016-01-20`: the calendar day as written, whatever the time and offset. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}
