/**
 * Whether a note sent with a story is for the newsroom only: what the source marked non-public,
 * or what gives a person's contact details (an e-mail address, a telephone number), which must
 * never reach a page even when the source forgot to mark it.
 */

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// A telephone number: `+82 2 398 3114`, `(02) 398-3114`, `tel. 040-123 45 67`; eight digits or more in one run of digits and separators.
const PHONE = /(?:\+|\b(?:tel|phone|ph|mob|mobile)\.?:?\s*)?\(?\d[\d\s().-]{6,}\d/i;
const DIGITS = (text: string) => text.replace(/\D/g, '').length;

// Dates and times ("2024-03-01", "15.03.2024", "12:34") are digits and separators too, so they are taken out first.
const DATES_AND_TIMES =
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:]+)?|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** Whether the text holds an e-mail address or a telephone number (eight digits or more). */
export function hasContactDetails(text: string): boolean {
  if (EMAIL.test(text)) return true;
  const phone = PHONE.exec(text.replace(DATES_AND_TIMES, ' '))?.[0];
  return phone !== undefined && DIGITS(phone) >= 8;
}

/** Whether a note marked with these words (a role, a publication constraint) is for the newsroom only: `nonpublic`, `internal`, `ednoterole:nonpublic`. */
export function isNonPublicMark(mark: string | undefined): boolean {
  return (
    mark !== undefined &&
    /(?:^|[:/#\s])(?:non-?public|internal|private|not-?for-?publication|confidential)$/i.test(mark.trim())
  );
}
