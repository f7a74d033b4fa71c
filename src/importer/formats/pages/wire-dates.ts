/**
 * Dates as wire pages print them, turned into the archive's ISO strings. Results are checked
 * with `parseArticleDate`, so "February 30" is rejected rather than rolled into March.
 */
import { parseArticleDate } from '../../../model/dates.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month name as written: `January`, `Jan.`, `Sept.`. */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pad = (n: number | string) => String(n).padStart(2, '0');

function monthNumber(name: string): number | undefined {
  const key = name.replace('.', '').toLowerCase();
  return MONTHS[key.startsWith('sept') ? 'sept' : key.slice(0, 3)];
}

function isoDay(year: string, month: string, day: string): string | undefined {
  const m = monthNumber(month);
  return m === undefined ? undefined : parseArticleDate(`${year}-${pad(m)}-${pad(day)}`)?.iso;
}

/** Yonhap's time line (`All News 19:27 January 20, 2016`), in Korea time. */
const YONHAP_TIME = new RegExp(`^(?:(.*?)\\s+)?(\\d{1,2}):(\\d{2})\\s+${MONTH}\\s+(\\d{1,2}),\\s+(\\d{4})$`);
/** Yonhap's newer time line (`All News 2016-01-20 19:27`). */
const YONHAP_TIME_ISO = /^(?:(.*?)\s+)?(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})$/;

/** The date of a Yonhap time line, or `undefined` when the line is not one. */
export function yonhapTimeLine(line: string): string | undefined {
  const text = line.trim();
  let m = YONHAP_TIME.exec(text);
  if (m) {
    const [, , hour, minute, month, day, year] = m;
    const date = isoDay(year!, month!, day!);
    return date && parseArticleDate(`${date}T${pad(hour!)}:${minute}:00+09:00`)?.iso;
  }
  m = YONHAP_TIME_ISO.exec(text);
  if (m) {
    const [, , year, month, day, hour, minute] = m;
    return parseArticleDate(`${year}-${month}-${day}T${pad(hour!)}:${minute}:00+09:00`)?.iso;
  }
  return undefined;
}

/** A date found in running text, with the weekday it was given with, if any. */
export interface FoundDate {
  iso: string;
  /** True when a weekday was given and it does not fall on that date. */
  weekdayMismatch: boolean;
  /** The date as written. */
  text: string;
}

const WEEKDAY_DATE = new RegExp(
  `\\b(?:(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),\\s+)?${MONTH}\\s+(\\d{1,2}),\\s+(\\d{4})\\b`,
  'g',
);

/**
 * The last full date in a text such as a photo caption (`... Thursday, March 18, 2021.`),
 * preferring one given with its weekday, as AP captions give the day the photo was taken.
 */
export function findDateInText(text: string): FoundDate | undefined {
  const found: (FoundDate & { hasWeekday: boolean })[] = [];
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const [whole, weekday, month, day, year] = m;
    const iso = isoDay(year!, month!, day!);
    if (!iso) continue;
    const actual = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
    found.push({
      iso,
      text: whole,
      hasWeekday: Boolean(weekday),
      weekdayMismatch: Boolean(weekday) && weekday !== actual,
    });
  }
  const best = found.filter((f) => f.hasWeekday).at(-1) ?? found.at(-1);
  return best && { iso: best.iso, text: best.text, weekdayMismatch: best.weekdayMismatch };
}

/** A line that is nothing but a date: `2018-09-19`, `September 19, 2018`, `Wednesday, Sept. 19, 2018`. */
export function dateLine(line: string): string | undefined {
  const text = line.trim().replace(/\.$/, '');
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    return parseArticleDate(text)?.iso;
  const found = findDateInText(text);
  return found && found.text === text && !found.weekdayMismatch ? found.iso : undefined;
}
