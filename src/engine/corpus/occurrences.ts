/**
 * Occurrences: the same words on record again. A corpus line `{"type": "occurrence", "of":
 * "<statement id>", "source", "date", "outlet"}` (what an accepted import proposal writes when its
 * words are already a record) says those words were said again on another occasion, or reported
 * by another article. They are read here and attached to their statement when corpora are merged,
 * since the statement may be in another file (the bundled corpus, say).
 */
import type { LoadProblem, Occurrence, OccurrenceRecord, Statement } from '../types';
import { recordLines } from './records';
import { dateErrors, precisionOfShape, type FieldError } from './validate';

const FIELDS = new Set(['type', 'of', 'source', 'date', 'datePrecision', 'dateBasis', 'outlet']);
const ISO = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const PRECISIONS = new Set(['day', 'week', 'month', 'year']);

/**
 * Reads one `occurrence` record. Unknown fields are dropped with a warning (`warn(field, message)`).
 * Returns the occurrence, or the errors that make it unusable (missing `of`, `source` or `date`,
 * a date that is not ISO or not on the calendar, a precision that does not fit the date).
 */
export function readOccurrence(
  raw: Record<string, unknown>,
  warn: (field: string, message: string) => void,
): OccurrenceRecord | FieldError[] {
  for (const field of Object.keys(raw))
    if (!FIELDS.has(field))
      warn(
        field,
        `unknown field "${field}" ignored (an occurrence has: of, source, date, datePrecision, dateBasis, outlet)`,
      );
  const errors: FieldError[] = [];
  for (const field of ['of', 'source', 'date'] as const) {
    const value = raw[field];
    if (value === undefined) errors.push({ field, message: `missing required field "${field}"` });
    else if (typeof value !== 'string' || value.trim() === '')
      errors.push({ field, message: `"${field}" must be a non-empty string` });
  }
  for (const field of ['dateBasis', 'outlet'] as const)
    if (raw[field] !== undefined && typeof raw[field] !== 'string')
      errors.push({ field, message: `"${field}" must be a string` });
  const date = raw.date;
  if (typeof date === 'string' && date.trim() !== '' && !ISO.test(date))
    errors.push({
      field: 'date',
      message: `"date" must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not ${JSON.stringify(date)}`,
    });
  const precision = raw.datePrecision ?? (typeof date === 'string' ? precisionOfShape(date) : undefined);
  if (raw.datePrecision !== undefined && !PRECISIONS.has(String(raw.datePrecision)))
    errors.push({
      field: 'datePrecision',
      message: `"datePrecision" must be one of day, week, month, year, not ${JSON.stringify(raw.datePrecision)}`,
    });
  if (errors.length === 0) errors.push(...dateErrors('date', date, precision, 'datePrecision'));
  if (errors.length > 0) return errors;
  return {
    of: raw.of as string,
    source: raw.source as string,
    date: date as string,
    datePrecision: precision as Occurrence['datePrecision'],
    dateBasis: (raw.dateBasis as string | undefined) ?? '',
    outlet: (raw.outlet as string | undefined) ?? '',
  };
}

/**
 * Attaches each occurrence to its statement, as a copy of the statement with an `occurrences` list
 * (the statements may be shared, as the bundled corpus's are). An occurrence of an unknown
 * statement is reported and skipped; one already listed (same source, date and outlet) is dropped
 * silently, since importing an article twice must not count its words twice. Returns the problems.
 */
export function attachOccurrences(
  statements: Statement[],
  occurrences: { file: string; records: readonly OccurrenceRecord[] }[],
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const index = new Map<string, number>();
  statements.forEach((statement, at) => index.set(statement.id, at));
  for (const { file, records } of occurrences) {
    for (const record of records) {
      const at = index.get(record.of);
      if (at === undefined) {
        problems.push({
          file,
          line: recordLines.get(record) ?? 0,
          field: 'of',
          recordId: record.of,
          message: `occurrence of statement "${record.of}", which is not in any corpus; the occurrence is skipped`,
          severity: 'warning',
        });
        continue;
      }
      const statement = statements[at];
      const { of: _of, ...occurrence } = record;
      const known = statement.occurrences ?? [];
      const same = (other: Occurrence) =>
        other.source === occurrence.source && other.date === occurrence.date && other.outlet === occurrence.outlet;
      if (
        known.some(same) ||
        (statement.source === occurrence.source &&
          statement.date === occurrence.date &&
          statement.outlet === occurrence.outlet)
      )
        continue;
      const copy: Statement = { ...statement, occurrences: [...known, occurrence] };
      recordLines.set(copy, recordLines.get(statement) ?? 0);
      statements[at] = copy;
    }
  }
  return problems;
}

/**
 * The statement as on each of its occasions: itself, then one copy per occurrence with that
 * occasion's source, date and outlet. Memoised per statement.
 */
export function occasionsOf(statement: Statement): Statement[] {
  if (!statement.occurrences?.length) return [statement];
  let occasions = occasionCache.get(statement);
  if (!occasions) {
    occasions = [
      statement,
      ...statement.occurrences.map((occurrence) => ({ ...statement, ...occurrence, occurrences: undefined })),
    ];
    occasionCache.set(statement, occasions);
  }
  return occasions;
}

const occasionCache = new WeakMap<Statement, Statement[]>();
