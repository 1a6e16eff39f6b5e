/**
 * When a quotation was said: a day the sentence names, resolved against the article's date, with
 * the precision that is honest and a basis that says how.
 */
import type { DatePrecision } from '../types';
import { addDays, capitalise, monthName, resolveWeekday, WEEKDAYS, type DateMention } from '../draft/dates';

export interface ResolvedDate {
  date: string;
  datePrecision: DatePrecision;
  dateBasis: string;
}

/** The article's date, how precisely it is known, and how it was established. */
export interface ArticleDate {
  date: string;
  precision: DatePrecision;
  basis: string;
}

function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = capitalise(WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]);
  return `${weekday} ${day} ${monthName(month - 1)} ${year}`;
}

/**
 * Resolves a day the sentence names against the article's date. Undefined when the mention
 * cannot be placed (a weekday in an article known only to the month).
 */
export function resolveMention(mention: DateMention, article: ArticleDate): ResolvedDate | undefined {
  const quoted = `\u201C${mention.text}\u201D`;
  const exact = article.precision === 'day';
  const articleYear = Number(article.date.slice(0, 4));
  const articleMonth = Number(article.date.slice(5, 7)) - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (mention.kind) {
    case 'weekday': {
      if (!exact || mention.weekday === undefined) return undefined;
      const date = resolveWeekday(mention.weekday, article.date);
      return { date, datePrecision: 'day', dateBasis: `${quoted} in an article dated ${longDate(article.date)} (${article.basis}): ${longDate(date)}` };
    }
    case 'relative': {
      if (!exact || !mention.offsets?.length) return undefined;
      const date = addDays(article.date, mention.offsets[0]);
      const either = mention.offsets.length > 1 ? `; it may be ${mention.offsets.map((offset) => longDate(addDays(article.date, offset))).join(' or ')}` : '';
      return { date, datePrecision: 'day', dateBasis: `${quoted} in an article dated ${longDate(article.date)} (${article.basis})${either}` };
    }
    case 'month-day': {
      if (mention.month === undefined || mention.day === undefined) return undefined;
      // A month after the article's month, with no year, is last year's.
      const year = mention.year ?? (mention.month > articleMonth ? articleYear - 1 : articleYear);
      const date = `${year}-${pad(mention.month + 1)}-${pad(mention.day)}`;
      return { date, datePrecision: 'day', dateBasis: mention.year ? `${quoted} in the sentence` : `${quoted} in an article of ${article.date.slice(0, 7)}: ${longDate(date)}` };
    }
    case 'day-of-month': {
      if (mention.day === undefined) return undefined;
      const month = mention.day > Number(article.date.slice(8, 10) || 31) ? articleMonth - 1 : articleMonth;
      const year = month < 0 ? articleYear - 1 : articleYear;
      const date = `${year}-${pad(((month + 12) % 12) + 1)}-${pad(mention.day)}`;
      return { date, datePrecision: 'day', dateBasis: `${quoted} in an article dated ${article.date}` };
    }
    case 'month': {
      if (mention.month === undefined) return undefined;
      const year = mention.year ?? (mention.month > articleMonth ? articleYear - 1 : articleYear);
      return { date: `${year}-${pad(mention.month + 1)}`, datePrecision: 'month', dateBasis: `${quoted} in the sentence` };
    }
    case 'year':
      return mention.year ? { date: String(mention.year), datePrecision: 'year', dateBasis: `${quoted} in the sentence` } : undefined;
  }
  return undefined;
}

/**
 * What an undated remark gets: in an article of a known day, the week that ends with it (the
 * Monday that starts it, at week precision), since reported remarks are usually of that week; in
 * an article known to the month or year, that.
 */
export function articleDateOf(article: ArticleDate, sentence = ''): ResolvedDate {
  if (article.precision !== 'day') return { date: article.date, datePrecision: article.precision, dateBasis: `Undated in an article of ${article.date} (${article.basis}).` };
  const monday = resolveWeekday(1, article.date);
  const lastWeek = /\blast week\b/i.test(sentence);
  const date = lastWeek ? addDays(monday, -7) : monday;
  const why = lastWeek ? '\u201Clast week\u201D' : /\bthis week\b/i.test(sentence) ? '\u201Cthis week\u201D' : 'Undated';
  return { date, datePrecision: 'week', dateBasis: `${why} in an article dated ${longDate(article.date)} (${article.basis}): the week of ${longDate(date)}; the day is not given.` };
}
