// The English month and weekday names, once: the draft's date reader, the importer's dateline
// readers, messages, citations, the checker's slot words and the server's report all use these.

/** "January" … "December", indexed by month - 1 (as `Date.getUTCMonth()`). */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Sunday" … "Saturday", indexed as `Date.getUTCDay()`. */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The weekday and month names in lower case ("sunday" … "december"): capitalised words that are no name of a person or place. */
export const CALENDAR_WORDS: readonly string[] = [...WEEKDAY_NAMES, ...MONTH_NAMES].map((name) => name.toLowerCase());

/** "Jan" … "Dec": a month's first three letters, as messages abbreviate it. */
export const SHORT_MONTH_NAMES: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

/**
 * A dateline's filing date, as a regular-expression source (no anchors, no groups that capture):
 * "March 12, 2026", "Mar. 12", "12 March 2026", "30 January", "27.02.2026", "2026-02-27". Wire
 * and local desks write the day after the place in any of these house styles; the draft's
 * dateline reader takes it from here (the importer's dateline reader, import/dates.ts, still has its own).
 */
const MONTH_WORD = `(?:${SHORT_MONTH_NAMES.join('|')})[a-z]{0,6}\\.?`;
export const DATELINE_DATE_SOURCE =
  `(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?:,?\\s*\\d{4})?` +
  `|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})`;

/**
 * The month (0 = January) a word names by its first three letters, any case: "Aug", "august",
 * "Sept." → 7, 8, 8; -1 for a word that names none. Callers decide which spellings they accept.
 */
export function monthByPrefix(word: string): number {
  return SHORT_MONTH_NAMES.findIndex((short) => short.toLowerCase() === word.slice(0, 3).toLowerCase());
}

/** The weekday name (capitalised) of an ISO day (YYYY-MM-DD), or undefined for anything else. */
export function weekdayNameOf(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  return WEEKDAY_NAMES[new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()];
}
