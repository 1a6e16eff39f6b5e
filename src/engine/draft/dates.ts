import { isPossessive, possessiveBase, type Token } from '../text/tokens';
import { MONTH_NAMES, SHORT_MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';

/** Weekday names in lower case, as tokens' `norm`: index 0 is Sunday. */
export const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());
const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
/** The abbreviations a draft may use for a month ("Aug.", "Sept"), by month index. */
const MONTH_ABBREVIATIONS: Record<string, number> = Object.fromEntries([
  ...SHORT_MONTH_NAMES.map((short, index) => [short.toLowerCase(), index]),
  ['sept', 8],
]);

/** A day or date the draft mentions: "on Monday", "Aug. 17, 2024", "17th of August", "in July", "the 17th", "yesterday". */
export interface DateMention {
  kind: 'weekday' | 'month-day' | 'month' | 'day-of-month' | 'relative' | 'year' | 'period';
  /** For `period`: which calendar week, month or year relative to the draft's date ("last week" is week -1). */
  period?: { unit: 'week' | 'month' | 'year'; offset: number };
  /** The year printed with a date ("Aug. 17, 2024", "8 October 2025"). */
  year?: number;
  /** For `relative`: days from the draft's date ("yesterday" -1); `offsets` when it may be either ("last night"). */
  offsets?: number[];
  /** 0 = Sunday, for weekdays. */
  weekday?: number;
  /** 0-based month, for month-day and month. */
  month?: number;
  day?: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Day and date mentions. Possessive and plural weekdays ("Friday’s summit", "on Fridays")
 * name another event or a habit, not the day something was said, so they are skipped.
 */
export function findDateMentions(tokens: Token[], text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const weekday = WEEKDAYS.indexOf(possessiveBase(token));
    if (weekday !== -1 && /^[A-Z]/.test(token.text)) {
      // "Friday’s summit" names another event; "Monday’s earnings call" where the words were said.
      // "speaking after Sunday’s defeat": the occasion the words followed.
      const occasion = ['after', 'following', 'at', 'during'].includes(tokens[i - 1]?.norm ?? '');
      // "Monday’s half-year earnings call": the venue noun within a few words.
      if (
        isPossessive(token) &&
        (anticipates(tokens, i) || (!occasion && ![1, 2, 3, 4].some((k) => VENUE_NOUNS.has(tokens[i + k]?.norm ?? ''))))
      )
        continue;
      mentions.push({
        kind: 'weekday',
        weekday,
        start: token.start,
        end: isPossessive(token) ? token.end - 2 : token.end,
        text: token.text.replace(/['\u2019]s$/, ''),
      });
      continue;
    }
    const relative =
      RELATIVE[token.norm] ?? (token.norm === 'last' && tokens[i + 1]?.norm === 'night' ? [-1, 0] : undefined);
    // "Today" capitalised inside a sentence is a programme ("the Today programme"), not the day.
    if (relative && !isPossessive(token) && (i === 0 || !/^[A-Z]/.test(token.text))) {
      const end = token.norm === 'last' ? tokens[i + 1].end : token.end;
      mentions.push({
        kind: 'relative',
        offsets: relative,
        start: token.start,
        end,
        text: text.slice(token.start, end),
      });
      if (token.norm === 'last') i++;
      continue;
    }
    // "last week", "this month", "earlier this week", "last year": a calendar period before the draft.
    // Not a comparison or a span ("a rise on this year", "since last month", "for this year").
    const comparison = [
      'on',
      'than',
      'from',
      'for',
      'of',
      'over',
      'since',
      'compared',
      'until',
      'by',
      'through',
    ].includes(tokens[i - 1]?.norm ?? '');
    if (
      (token.norm === 'last' || token.norm === 'this') &&
      !comparison &&
      ['week', 'month', 'year'].includes(tokens[i + 1]?.norm ?? '') &&
      !/^[A-Z]/.test(tokens[i + 1].text)
    ) {
      const unit = tokens[i + 1].norm as 'week' | 'month' | 'year';
      mentions.push({
        kind: 'period',
        period: { unit, offset: token.norm === 'last' ? -1 : 0 },
        start: token.start,
        end: tokens[i + 1].end,
        text: text.slice(token.start, tokens[i + 1].end),
      });
      i++;
      continue;
    }
    // "in 2024", "back in 2019", "since 2022": a year on its own.
    // "in 2024", "a 2021 interview", "the 2019 campaign": a year on its own.
    if (
      /^(?:19|20)\d{2}$/.test(token.norm) &&
      ['in', 'since', 'during', 'until', 'by', 'a', 'an', 'the', 'back'].includes(tokens[i - 1]?.norm ?? '') &&
      monthOf(tokens[i - 2] ?? token) === undefined
    ) {
      mentions.push({ kind: 'year', year: Number(token.norm), start: token.start, end: token.end, text: token.text });
      continue;
    }
    const month = monthOf(token);
    if (month === undefined) {
      // "on the 17th": a day of the month, the month left to the reader.
      const day = ordinalDay(token);
      if (
        day &&
        tokens[i - 1]?.norm === 'the' &&
        monthOf(tokens[i + 1] ?? token) === undefined &&
        !(tokens[i + 1]?.norm === 'of' && tokens[i + 2] && monthOf(tokens[i + 2]) !== undefined)
      ) {
        if (['on', 'since', 'by', 'until'].includes(tokens[i - 2]?.norm ?? ''))
          mentions.push({
            kind: 'day-of-month',
            day,
            start: tokens[i - 1].start,
            end: token.end,
            text: text.slice(tokens[i - 1].start, token.end),
          });
      }
      // "17th of August"
      if (
        day &&
        tokens[i + 1]?.norm === 'of' &&
        tokens[i + 2] &&
        monthOf(tokens[i + 2]) !== undefined &&
        /^[A-Z]/.test(tokens[i + 2].text)
      ) {
        const year = yearAfter(tokens, i + 2, text);
        const end = year ? year.end : tokens[i + 2].end;
        mentions.push({
          kind: 'month-day',
          month: monthOf(tokens[i + 2]),
          day,
          year: year?.value,
          start: token.start,
          end,
          text: text.slice(token.start, end),
        });
        i = year ? year.index : i + 2;
      }
      continue;
    }
    if (!/^[A-Z]/.test(token.text)) continue;
    if (token.norm === 'may' && !/^\d/.test(tokens[i + 1]?.norm ?? '')) continue; // the verb "may"
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    const nextDay = next ? ordinalDay(next) : undefined;
    const previousDay = previous ? ordinalDay(previous) : undefined;
    if (next && nextDay && text.slice(token.end, next.start).length <= 3) {
      const year = yearAfter(tokens, i + 1, text);
      const end = year ? year.end : next.end;
      mentions.push({
        kind: 'month-day',
        month,
        day: nextDay,
        year: year?.value,
        start: token.start,
        end,
        text: text.slice(token.start, end),
      });
      i = year ? year.index : i + 1;
    } else if (previous && previousDay && text.slice(previous.end, token.start).length <= 2) {
      const year = yearAfter(tokens, i, text);
      const end = year ? year.end : token.end;
      mentions.push({
        kind: 'month-day',
        month,
        day: previousDay,
        year: year?.value,
        start: previous.start,
        end,
        text: text.slice(previous.start, end),
      });
      if (year) i = year.index;
    } else if (
      previous &&
      ['in', 'during', 'since', 'until', 'last', 'this', 'early', 'late', 'mid'].includes(previous.norm)
    ) {
      const year = yearAfter(tokens, i, text);
      mentions.push({
        kind: 'month',
        month,
        year: year?.value,
        start: token.start,
        end: year ? year.end : token.end,
        text: text.slice(token.start, year ? year.end : token.end),
      });
      if (year) i = year.index;
    }
  }
  return mentions;
}

/** Words before a possessive weekday that place the remark before that day's event ("before", "ahead of", "prior to"). */
const BEFORE_EVENT = [['before'], ['until'], ['ahead', 'of'], ['prior', 'to'], ['advance', 'of']];

/**
 * "Ahead of Friday’s meeting, Negi said …": the words were said before the meeting, so its day
 * is not theirs, whatever venue it names. `i` indexes the possessive weekday in `tokens`.
 */
function anticipates(tokens: Token[], i: number): boolean {
  return BEFORE_EVENT.some((words) => words.every((word, k) => tokens[i - words.length + k]?.norm === word));
}

/** Words for days relative to the draft's date, in days. */
const RELATIVE: Record<string, number[]> = { yesterday: [-1], today: [0], tonight: [0] };
/** Venues a possessive weekday may name the day of: "Monday’s earnings call", "Tuesday’s council meeting". */
const VENUE_NOUNS = new Set([
  'call',
  'meeting',
  'conference',
  'briefing',
  'interview',
  'programme',
  'program',
  'show',
  'hearing',
  'session',
  'debate',
  'speech',
  'address',
  'broadcast',
  'edition',
  'episode',
  'statement',
  'rally',
  'podcast',
  'sitting',
  'post',
  'posts',
  'tweet',
  'letter',
  'column',
  'article',
  'op-ed',
  'remarks',
  'appearance',
  'testimony',
  'evidence',
  'video',
  'message',
  'announcement',
]);

/** "17", "17th", "1st", "22nd", "3rd" as a day of the month. */
function ordinalDay(token: Token): number | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.norm);
  if (!match) return undefined;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

/** A year right after a date: "Aug. 17, 2024", "8 October 2025". */
function yearAfter(
  tokens: Token[],
  index: number,
  text: string,
): { value: number; end: number; index: number } | undefined {
  const next = tokens[index + 1];
  if (!next || !/^(?:19|20)\d{2}$/.test(next.norm) || !/^[\s,.]{1,3}$/.test(text.slice(tokens[index].end, next.start)))
    return undefined;
  return { value: Number(next.norm), end: next.end, index: index + 1 };
}

function monthOf(token: Token): number | undefined {
  const full = MONTHS.indexOf(token.norm);
  if (full !== -1) return full;
  return MONTH_ABBREVIATIONS[token.norm];
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The first and last ISO days of a calendar period relative to `isoDate`: week -1 is the Monday to
 * Sunday before the week `isoDate` falls in (weeks start on Monday, ISO 8601); month -1 the
 * month before; year 0 the same year.
 */
export function periodRange(isoDate: string, unit: 'week' | 'month' | 'year', offset: number): [string, string] {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (unit === 'week') {
    const monday = addDays(isoDate, -((date.getUTCDay() + 6) % 7) + 7 * offset);
    return [monday, addDays(monday, 6)];
  }
  if (unit === 'month') {
    const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset + 1, 0));
    return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
  }
  const year = date.getUTCFullYear() + offset;
  return [`${year}-01-01`, `${year}-12-31`];
}

/** `isoDate` moved by `days`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The most recent `weekday` on or before `isoDate` ("on Monday" in a draft dated Tuesday means yesterday). */
export function resolveWeekday(weekday: number, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const back = (date.getUTCDay() - weekday + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

export function weekdayIndex(isoDate: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

export function monthName(month: number): string {
  return MONTH_NAMES[month];
}
