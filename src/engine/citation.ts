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
 * A claim the article reports on its own authority is credited to the publisher.
 */
export function formatCitation(statement: Statement, corpus: Pick<Corpus, 'people' | 'sources'>): string {
  const speaker = corpus.people.find((person) => person.id === statement.speaker)?.name;
  const publisher = corpus.sources.find((candidate) => candidate.id === statement.source)?.publisher;
  const when = formatStatementDate(statement);
  if (statement.kind === 'claim') {
    const credit = [speaker ? `per ${speaker}` : undefined, when, publisher].filter(Boolean).join('; ');
    return `${statement.text.replace(/[.]+$/, '')} (${credit}).`;
  }
  const venue = statement.outlet ? ` ${venuePreposition(statement.outlet)}${statement.outlet}` : '';
  // “…give up,” not “…give up.,”: a quote's own full stop becomes the citation's comma.
  const quote = statement.text.replace(/[.,;:]+$/, '');
  const comma = /[!?\u2026]$/.test(quote) ? '' : ',';
  return `“${quote}${comma}” ${speaker ?? 'an unnamed source'} said${venue} (${when}${publisher ? `; ${publisher}` : ''}).`;
}

/** "on Fox News Sunday", "in an audio message", "at the Munich Security Conference", "told reporters". */
function venuePreposition(outlet: string): string {
  if (/^(?:on|in|to|at|told|speaking|during|alongside)\b/i.test(outlet)) return '';
  if (/conference|summit|meeting|briefing/i.test(outlet)) return 'at ';
  if (/message|interview|statement|address|dispatch|op-ed|column|post/i.test(outlet)) {
    if (/^(?:a|an|the)\b/i.test(outlet)) return 'in ';
    return /^[aeiou]/i.test(outlet) ? 'in an ' : 'in a ';
  }
  return 'on ';
}
