/**
 * Article dates are kept as the ISO 8601 string the editor wrote, because a wire story's
 * calendar day and clock time belong to where it was filed (19:27 KST stays 19:27, Jan. 20),
 * which a bare `Date` would shift to UTC.
 */

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

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
  const epoch =
    Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0)) -
    (offset ? offsetMinutes(offset) : 0) * 60_000;
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

/**
 * How each interface language writes a calendar day and joins a time to it: "20 January 2016, 19:27"
 * (the en-GB order the archive has always used), "2016년 1월 20일 19:27". Other languages read as English.
 */
const DATE_STYLES: Readonly<Record<string, { locale: string; beforeTime: string }>> = {
  en: { locale: 'en-GB', beforeTime: ', ' },
  ko: { locale: 'ko', beforeTime: ' ' },
};

function dateStyle(lang: string | undefined) {
  return DATE_STYLES[(lang ?? 'en').toLowerCase().split('-')[0]!] ?? DATE_STYLES.en!;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached UTC formatter: the parts are the date as written, so no zone may shift them. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** The name of a month (1-12) in `lang`: "January", "1월". */
export function monthName(month: number, lang?: string): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  return formatter(dateStyle(lang).locale, { month: 'long' }).format(Date.UTC(2000, month - 1, 1));
}

/** A day of a month in `lang`, without the year: "27 July", "7월 27일". */
export function dayMonthName(month: number, day: number, lang?: string): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  return formatter(dateStyle(lang).locale, { month: 'long', day: 'numeric' }).format(Date.UTC(2000, month - 1, day));
}

/** A month of a year in `lang`: "January 2016", "2016년 1월". */
export function monthYearName(year: number, month: number, lang?: string): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  return formatter(dateStyle(lang).locale, { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 1));
}

/** Whether `name` is a time zone Intl knows by an IANA name, such as `Asia/Seoul` or `UTC`. */
export function isTimeZoneName(name: string): boolean {
  // Intl.supportedValuesOf('timeZone') lists only ICU's canonical ids (Asia/Calcutta, not
  // Asia/Kolkata; no UTC), so the constructor decides; offsets such as "+09:00" are not names.
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// English locales whose CLDR data carries the abbreviations readers there use: EST in en-US,
// BST and CET in en-GB, AEST in en-AU, IST in en-IN, SGT in en-SG, HKT in en-HK.
const NAME_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-SG', 'en-HK', 'en-NZ'] as const;

/**
 * What wire copy calls zones that CLDR gives no abbreviation in any locale (measured with ICU 78:
 * every locale says "GMT+9" for Asia/Seoul), with the offset in minutes the name stands for.
 */
const WIRE_NAMES: Readonly<Record<string, { name: string; minutes: number }>> = {
  'Asia/Seoul': { name: 'KST', minutes: 540 },
  'Asia/Tokyo': { name: 'JST', minutes: 540 },
  'Europe/Moscow': { name: 'MSK', minutes: 180 },
};

function zonePart(locale: string, timeZone: string, style: 'short' | 'longOffset', epoch: number): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(epoch);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** Minutes east of UTC in `timeZone` at the instant `epoch`. */
export function zoneOffsetMinutes(timeZone: string, epoch: number): number {
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(zonePart('en-US', timeZone, 'longOffset', epoch));
  if (!match?.[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  return (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * The abbreviation a reader knows for `timeZone` at the instant `epoch` ("KST", "EST", "BST"),
 * or undefined when the zone's offset then is not `offset` (the date was written in another
 * zone) or no abbreviation fits, so the caller shows the offset instead.
 */
export function zoneAbbreviation(timeZone: string, epoch: number, offset: string): string | undefined {
  const minutes = zoneOffsetMinutes(timeZone, epoch);
  if (minutes !== offsetMinutes(offset)) return undefined;
  for (const locale of NAME_LOCALES) {
    const name = zonePart(locale, timeZone, 'short', epoch);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  const wire = WIRE_NAMES[timeZone];
  return wire?.minutes === minutes ? wire.name : undefined;
}

/** ` KST` when the zone has a name at that instant, else ` (UTC+09:00)`, or nothing without an offset. */
function zoneLabel(date: ArticleDate, timeZone: string | undefined): string {
  if (date.offset === undefined) return '';
  const name = timeZone && zoneAbbreviation(timeZone, date.epoch, date.offset);
  if (name) return ` ${name}`;
  return date.offset === 'Z' ? ' (UTC)' : ` (UTC${date.offset})`;
}

function dayText(date: ArticleDate, lang?: string): string {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return formatter(dateStyle(lang).locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc);
}

/** The time as written, "19:27", after its day: "…, 19:27" in English, "… 19:27" in Korean. */
function withTime(day: string, time: string, lang?: string): string {
  return `${day}${dateStyle(lang).beforeTime}${time}`;
}

/**
 * `20 January 2016`, or `20 January 2016, 19:27 KST` when the source gave a time: the zone
 * named from `timeZone` (the source's) when it matches the date's offset, else the offset. In
 * Korean (`lang` "ko"): `2016년 1월 20일 19:27 KST`.
 */
export function formatArticleDate(iso: string, timeZone?: string, lang?: string): string {
  const date = mustParse(iso);
  if (!date.time) return dayText(date, lang);
  return `${withTime(dayText(date, lang), date.time, lang)}${zoneLabel(date, timeZone)}`;
}

/** `20 January 2016` (`2016년 1월 20일`): the calendar day as written, for a list where the time of day would be noise. */
export function formatArticleDay(iso: string, lang?: string): string {
  return dayText(mustParse(iso), lang);
}

/**
 * A span of time naming its zone once: `12 June 2018, 10:00–18:00 SGT`, or
 * `12 June 2018, 10:00 – 13 June 2018, 09:00 SGT`; each end keeps its own zone when they differ.
 */
export function formatArticleRange(startIso: string, endIso: string, timeZone?: string, lang?: string): string {
  const start = mustParse(startIso);
  const end = mustParse(endIso);
  const startZone = zoneLabel(start, timeZone);
  const endZone = zoneLabel(end, timeZone);
  const sameDay = calendarDay(start.iso) === calendarDay(end.iso);
  const startDay = dayText(start, lang);
  const endDay = dayText(end, lang);
  if (!start.time || !end.time) {
    return sameDay ? startDay : `${startDay} – ${endDay}`;
  }
  if (startZone !== endZone)
    return `${formatArticleDate(startIso, timeZone, lang)} – ${formatArticleDate(endIso, timeZone, lang)}`;
  if (sameDay) return `${withTime(startDay, `${start.time}–${end.time}`, lang)}${endZone}`;
  return `${withTime(startDay, start.time, lang)} – ${withTime(endDay, end.time, lang)}${endZone}`;
}

/** `2016-01-20`: the calendar day as written, whatever the time and offset. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}
