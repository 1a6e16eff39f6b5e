import type { Token } from '../text/tokens';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };

/** A day or date the draft mentions: "on Monday", "Aug. 17", "17 August", "in July". */
export interface DateMention {
  kind: 'weekday' | 'month-day' | 'month';
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
    const weekday = WEEKDAYS.indexOf(token.norm);
    if (weekday !== -1 && /^[A-Z]/.test(token.text)) {
      mentions.push({ kind: 'weekday', weekday, start: token.start, end: token.end, text: token.text });
      continue;
    }
    const month = monthOf(token);
    if (month === undefined || !/^[A-Z]/.test(token.text)) continue;
    if (token.norm === 'may' && !/^\d/.test(tokens[i + 1]?.norm ?? '')) continue; // the verb "may"
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (next && /^\d{1,2}$/.test(next.norm) && Number(next.norm) <= 31 && text.slice(token.end, next.start).length <= 3) {
      mentions.push({ kind: 'month-day', month, day: Number(next.norm), start: token.start, end: next.end, text: text.slice(token.start, next.end) });
      i++;
    } else if (previous && /^\d{1,2}$/.test(previous.norm) && Number(previous.norm) <= 31 && text.slice(previous.end, token.start).length <= 2) {
      mentions.push({ kind: 'month-day', month, day: Number(previous.norm), start: previous.start, end: token.end, text: text.slice(previous.start, token.end) });
    } else if (previous && ['in', 'during', 'since', 'until', 'last', 'this', 'early', 'late', 'mid'].includes(previous.norm)) {
      mentions.push({ kind: 'month', month, start: token.start, end: token.end, text: token.text });
    }
  }
  return mentions;
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
  return capitalise(MONTHS[month]);
}
