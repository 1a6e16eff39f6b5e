/**
 * The intake shared by every format: a raw record and the line it starts on go in; a valid,
 * normalised record comes out into the corpus, or the problems go to the list and the record is
 * skipped. Duplicate ids within a file are reported here (first wins).
 */
import type { Corpus, Person, Source, Statement } from '../types';
import { classifyRecord, normalizeRecord } from './normalize';
import type { ProblemList } from './problems';
import { readOccurrence } from './occurrences';
import { quickCheck } from './quickCheck';
import { dateErrors, schemaErrors, type FieldError, type RecordType } from './validate';

/** The 1-based line each loaded record starts on, for problems found later (mergeCorpora). */
export const recordLines = new WeakMap<object, number>();

/** Finds the line of a field inside a record's text, so a problem points at the field itself. */
export type FieldLineFinder = (field: string) => number;

export class RecordCollector {
  readonly corpus: Corpus = { statements: [], people: [], sources: [] };
  private readonly firstLine = {
    statement: new Map<string, number>(),
    person: new Map<string, number>(),
    source: new Map<string, number>(),
  };

  constructor(private readonly problems: ProblemList) {}

  /** Takes one raw record; `fieldLine` maps a field to its line when the format knows it. */
  add(
    raw: unknown,
    line: number,
    fieldLine: FieldLineFinder = () => line,
    presetType?: RecordType,
    presetErrors: FieldError[] = [],
  ): void {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      this.problems.error(
        line,
        `a record must be a JSON object, not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}; record skipped`,
      );
      return;
    }
    const input = raw as Record<string, unknown>;
    const recordId = typeof input.id === 'string' ? input.id : undefined;
    if (typeof input.type === 'string' && input.type.toLowerCase() === 'occurrence' && presetType === undefined) {
      this.addOccurrence(input, line, fieldLine);
      return;
    }
    const classified = presetType ?? classifyRecord(input);
    if (typeof classified !== 'string') {
      this.reportSkipped([classified], line, fieldLine, recordId);
      return;
    }
    const type = classified;
    const record = normalizeRecord(type, input, (field, message) =>
      this.problems.warning(fieldLine(field), message, field, recordId),
    );
    // The quick check accepts only what the schema accepts; the schema words the problems.
    const errors = presetErrors.length > 0 ? [...presetErrors] : [];
    if (!quickCheck(type, record)) errors.push(...schemaErrors(type, record));
    const semantic = semanticErrors(type, record);
    if (semantic.length > 0) {
      const fieldsAtFault = new Set(errors.map((error) => error.field));
      errors.push(...semantic.filter((error) => !fieldsAtFault.has(error.field)));
    }
    // A precision that could not be derived from a missing or bad date is not a second problem.
    const dateField = type === 'source' ? 'published' : 'date';
    if (
      errors.length > 1 &&
      input[`${dateField}Precision`] === undefined &&
      errors.some((error) => error.field === dateField)
    ) {
      for (let k = errors.length - 1; k >= 0; k--) if (errors[k].field === `${dateField}Precision`) errors.splice(k, 1);
    }
    if (errors.length > 0) {
      this.reportSkipped(errors, line, fieldLine, recordId);
      return;
    }
    const id = record.id as string;
    const seen = this.firstLine[type].get(id);
    if (seen !== undefined) {
      this.problems.error(
        fieldLine('id'),
        `duplicate ${type} id "${id}" (first defined on line ${seen}); this one is skipped`,
        'id',
        id,
      );
      return;
    }
    this.firstLine[type].set(id, line);
    recordLines.set(record, line);
    if (type === 'statement') this.corpus.statements.push(record as unknown as Statement);
    else if (type === 'person') this.corpus.people.push(record as unknown as Person);
    else this.corpus.sources.push(record as unknown as Source);
  }

  /** An `occurrence` line (another occasion of a statement's words): kept for mergeCorpora to attach. */
  private addOccurrence(input: Record<string, unknown>, line: number, fieldLine: FieldLineFinder): void {
    const of = typeof input.of === 'string' ? input.of : undefined;
    const occurrence = readOccurrence(input, (field, message) =>
      this.problems.warning(fieldLine(field), message, field, of),
    );
    if (Array.isArray(occurrence)) {
      for (const error of occurrence)
        this.problems.error(
          error.field ? fieldLine(error.field) : line,
          `${error.message}; occurrence skipped`,
          error.field,
          of,
        );
      return;
    }
    recordLines.set(occurrence, line);
    (this.corpus.occurrences ??= []).push(occurrence);
  }

  private reportSkipped(
    errors: FieldError[],
    line: number,
    fieldLine: FieldLineFinder,
    recordId: string | undefined,
  ): void {
    for (const error of errors) {
      const at = error.field ? fieldLine(error.field) : line;
      this.problems.error(at, `${error.message}; record skipped`, error.field, recordId);
    }
  }
}

function semanticErrors(type: RecordType, record: Record<string, unknown>): FieldError[] {
  if (type === 'statement') {
    const errors = dateErrors('date', record.date, record.datePrecision, 'datePrecision');
    if (record.kind === 'quote' && typeof record.text === 'string' && record.text.trim() === '')
      errors.push({ field: 'text', message: '"text" must not be blank' });
    return errors;
  }
  if (type === 'source')
    return dateErrors('published', record.published, record.publishedPrecision, 'publishedPrecision');
  const errors: FieldError[] = [];
  if (Array.isArray(record.roles)) {
    for (const role of record.roles as { from?: unknown; to?: unknown }[]) {
      for (const bound of ['from', 'to'] as const) {
        for (const error of dateErrors(bound, role?.[bound], undefined, ''))
          errors.push({ field: 'roles', message: `role ${error.message}` });
      }
    }
  }
  return errors;
}
