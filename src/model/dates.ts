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
 * How each interface language writes a calendar day, joins a time to it and names a time zone:
 * "20 January 2016, 19:27 KST" (the en-GB order the archive has always used, with the
 * abbreviation wire copy uses), "2016년 1월 20일 19:27 (한국 표준시)" (Korean writes the zone's
 * name, which CLDR gives in Korean; its short names are only "GMT+9"). Other languages read as English.
 */
const DATE_STYLES: Readonly<
  Record<
    string,
    { locale: string; beforeTime: string; zoneNames: 'abbreviation' | 'long'; zoneLabel: (name: string) => string }
  >
> = {
  en: { locale: 'en-GB', beforeTime: ', ', zoneNames: 'abbreviation', zoneLabel: (name) => ` ${name}` },
  ko: { locale: 'ko', beforeTime: ' ', zoneNames: 'long', zoneLabel: (name) => ` (${name})` },
};

function dateStyle(lang: string | undefined) {
  return DATE_STYLES[(lang ?? 'en').toLowerCase().split('-')[0]!] ?? DATE_STYLES.en!;
}

// Making an Intl.DateTimeFormat costs some 200 µs, using one some 7: a build formats every date it
// shows and names the zone of every time, so each formatter is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The formatter of `locale` and `options`, made on first use; throws a RangeError for a zone Intl does not know. */
function cachedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A UTC formatter: the parts are the date as written, so no zone may shift them. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(locale, { ...options, timeZone: 'UTC' });
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
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      zoneFormatter('en-US', name, 'longOffset');
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}

// English locales whose CLDR data carries the abbreviations readers there use: EST in en-US,
// BST and CET in en-GB, AEST in en-AU, IST in en-IN, SGT in en-SG, HKT in en-HK.
const NAME_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-SG', 'en-HK', 'en-NZ'] as const;

/**
 * What wire copy calls zones that CLDR gives no abbreviation in any locale (measured with ICU 78:
 * every locale says "GMT+9" for Asia/Seoul), with the offset in minutes the name stands for. Both
 * Koreas' standard time is KST in the tz database (Pyongyang's UTC+08:30 of 2015–2018 has none).
 */
const WIRE_NAMES: Readonly<Record<string, { name: string; minutes: number }>> = {
  'Asia/Seoul': { name: 'KST', minutes: 540 },
  'Asia/Pyongyang': { name: 'KST', minutes: 540 },
  'Asia/Tokyo': { name: 'JST', minutes: 540 },
  'Asia/Shanghai': { name: 'CST', minutes: 480 },
  'Asia/Taipei': { name: 'CST', minutes: 480 },
  'Asia/Ho_Chi_Minh': { name: 'ICT', minutes: 420 },
  'Asia/Saigon': { name: 'ICT', minutes: 420 },
  'Asia/Bangkok': { name: 'ICT', minutes: 420 },
  'Europe/Moscow': { name: 'MSK', minutes: 180 },
};

type ZoneNameStyle = 'short' | 'long' | 'longOffset';

const knownZones = new Map<string, boolean>();

/** The formatter naming `timeZone` in `locale`; throws a RangeError for a zone Intl does not know. */
function zoneFormatter(locale: string, timeZone: string, style: ZoneNameStyle): Intl.DateTimeFormat {
  return cachedFormatter(locale, { timeZone, timeZoneName: style });
}

function zonePart(locale: string, timeZone: string, style: ZoneNameStyle, epoch: number): string {
  const parts = zoneFormatter(locale, timeZone, style).formatToParts(epoch);
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

/** A time zone, or the zones to try in order (the dateline's, then the source's). */
export type TimeZones = string | readonly string[] | undefined;

/** The first of `zones` whose offset at the date's instant is the one it was written with. */
function matchingZone(date: ArticleDate, zones: TimeZones): string | undefined {
  if (date.offset === undefined) return undefined;
  const minutes = offsetMinutes(date.offset);
  const list = typeof zones === 'string' ? [zones] : (zones ?? []);
  return list.find((zone) => isTimeZoneName(zone) && zoneOffsetMinutes(zone, date.epoch) === minutes);
}

/**
 * The zone a date-time was written in: the first of `zones` (the dateline's place, then the
 * source's) whose offset at that instant is the date's own; undefined when none is, or the date has no offset.
 */
export function writtenZone(iso: string, zones: TimeZones): string | undefined {
  return matchingZone(mustParse(iso), zones);
}

/** What `lang` calls `timeZone` at `epoch`: "KST" in English, "한국 표준시" in Korean; undefined when nothing fits. */
function zoneName(timeZone: string, date: ArticleDate, lang: string | undefined): string | undefined {
  if (dateStyle(lang).zoneNames === 'long') {
    const name = zonePart(dateStyle(lang).locale, timeZone, 'long', date.epoch);
    if (name && !/^GMT|^UTC/.test(name)) return name;
  }
  return zoneAbbreviation(timeZone, date.epoch, date.offset!);
}

/** ` KST` when a zone of `zones` has a name at that instant, else ` (UTC+09:00)`, or nothing without an offset. */
function zoneLabel(date: ArticleDate, zones: TimeZones, lang?: string): string {
  if (date.offset === undefined) return '';
  const zone = matchingZone(date, zones);
  const name = zone && zoneName(zone, date, lang);
  if (name) return dateStyle(lang).zoneLabel(name);
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
 * `20 January 2016`, or `20 January 2016, 19:27 KST` when the source gave a time: the zone named
 * from the first of `zones` (the dateline's place, then the source's) whose offset then is the
 * date's own, else the bare offset. In Korean (`lang` "ko"): `2016년 1월 20일 19:27 (한국 표준시)`.
 */
export function formatArticleDate(iso: string, zones?: TimeZones, lang?: string): string {
  const date = mustParse(iso);
  if (!date.time) return dayText(date, lang);
  return `${withTime(dayText(date, lang), date.time, lang)}${zoneLabel(date, zones, lang)}`;
}

/** `20 January 2016` (`2016년 1월 20일`): the calendar day as written, for a list where the time of day would be noise. */
export function formatArticleDay(iso: string, lang?: string): string {
  return dayText(mustParse(iso), lang);
}

/**
 * A span of time naming its zone once: `12 June 2018, 10:00–18:00 SGT`, or
 * `12 June 2018, 10:00 – 13 June 2018, 09:00 SGT`; each end keeps its own zone when they differ.
 */
export function formatArticleRange(startIso: string, endIso: string, zones?: TimeZones, lang?: string): string {
  const start = mustParse(startIso);
  const end = mustParse(endIso);
  const startZone = zoneLabel(start, zones, lang);
  const endZone = zoneLabel(end, zones, lang);
  const sameDay = calendarDay(start.iso) === calendarDay(end.iso);
  const startDay = dayText(start, lang);
  const endDay = dayText(end, lang);
  if (!start.time || !end.time) {
    return sameDay ? startDay : `${startDay} – ${endDay}`;
  }
  if (startZone !== endZone)
    return `${formatArticleDate(startIso, zones, lang)} – ${formatArticleDate(endIso, zones, lang)}`;
  if (sameDay) return `${withTime(startDay, `${start.time}–${end.time}`, lang)}${endZone}`;
  return `${withTime(startDay, start.time, lang)} – ${withTime(endDay, end.time, lang)}${endZone}`;
}

/**
 * The days a run of stories covers, to the day within a month and to the month beyond it:
 * `3–20 January 2016`, `January 2016 – March 2021`, `2016년 1월~2021년 3월`; one day alone when they are the same.
 */
export function formatDaySpan(firstIso: string, lastIso: string, lang?: string): string {
  const [first, last] = [mustParse(firstIso), mustParse(lastIso)].sort((a, b) => a.epoch - b.epoch) as [
    ArticleDate,
    ArticleDate,
  ];
  const day = (date: ArticleDate) => {
    const utc = new Date(0);
    utc.setUTCFullYear(date.year, date.month - 1, date.day);
    return utc;
  };
  const sameMonth = first.year === last.year && first.month === last.month;
  const options: Intl.DateTimeFormatOptions = sameMonth
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : { month: 'long', year: 'numeric' };
  // ICU sets its dash between thin spaces; the archive's other spans use plain ones.
  return formatter(dateStyle(lang).locale, options)
    .formatRange(day(first), day(last))
    .replace(/[\u2009\u202f]/g, ' ');
}

/** `2016-01-20`: the calendar day as written, whatever the time and offset. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}
