import type { Corpus, Statement } from './types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The weekday of an ISO date (YYYY-MM-DD), or undefined for a partial date. */
export function weekdayOf(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return WEEKDAYS[day.getUTCDay()];
}

/** "Sunday 17 August 2025", "August 2025 (approximate)" — the date as a reporter reads it, honest about precision. */
export function formatStatementDate(statement: Pick<Statement, 'date' | 'datePrecision'>): string {
  const [year, month, day] = statement.date.split('-').map(Number);
  const monthName = month ? MONTHS[month - 1] : '';
  if (statement.datePrecision === 'day' && day) return `${weekdayOf(statement.date)} ${day} ${monthName} ${year}`;
  if (statement.datePrecision === 'week' && day) return `week of ${day} ${monthName} ${year}`;
  if (monthName && statement.datePrecision !== 'year') return `${monthName} ${year}`;
  return String(year);
}

/**
 * A one-line citation for inserting into a draft:
 * `“quote,” Marco Rubio said on CBS's Face the Nation (Sunday 17 August 2025; The Washington Post).`
 */
export function formatCitation(statement: Statement, corpus: Pick<Corpus, 'people' | 'sources'>): string {
  const speaker = corpus.people.find((person) => person.id === statement.speaker)?.name ?? 'Unattributed';
  const source = corpus.sources.find((candidate) => candidate.id === statement.source);
  const venue = statement.outlet ? ` ${/^(on|in|to|at)\b/i.test(statement.outlet) ? '' : 'in '}${statement.outlet}` : '';
  const body = statement.kind === 'quote' ? `“${statement.text},”` : `${statement.text} —`;
  const publisher = source ? `; ${source.publisher}` : '';
  return `${body} ${speaker} said${venue} (${formatStatementDate(statement)}${publisher}).`;
}
