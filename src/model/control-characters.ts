/**
 * Control characters in third-party text (feeds, wire copy, bylines): ESC, BEL, NUL and the
 * like would reach front matter, citation files and the terminal as they are, where ESC starts
 * a terminal command and a line break starts a new RIS record.
 */

// C0 but tab and line feed, DEL, C1; a carriage return only when it does not end a CRLF line.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g;

// Every C0 and C1 control, and the Unicode line and paragraph separators.
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/** `text` without C0 and C1 control characters, keeping tabs and line breaks (LF, CRLF). */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** `text` on one line: each run of line breaks, tabs and other control characters becomes one space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS_AND_CONTROLS, ' ');
}

/** `value` with `clean` applied to every string in it, however deep; objects and arrays are copied. */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, clean)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, clean)])) as T;
  }
  return value;
}
