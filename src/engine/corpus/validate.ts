/**
 * Validation of one record against the JSON Schemas in data/schema (the same files the tests use),
 * plus what a schema cannot say: that a date exists on the calendar and matches its precision.
 * The validators are compiled once, on first use, so the bundled corpus never pays for them.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import statementsSchema from '../../../data/schema/statements.schema.json';
import peopleSchema from '../../../data/schema/people.schema.json';
import sourcesSchema from '../../../data/schema/sources.schema.json';
import type { DatePrecision } from '../types';

export type RecordType = 'statement' | 'person' | 'source';

/** One thing wrong with a record: the field at fault (top-level name) and a message. */
export interface FieldError {
  field?: string;
  message: string;
}

interface SchemaWithDefs {
  $schema?: string;
  $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
}

const SCHEMAS: Record<RecordType, SchemaWithDefs> = {
  statement: statementsSchema as unknown as SchemaWithDefs,
  person: peopleSchema as unknown as SchemaWithDefs,
  source: sourcesSchema as unknown as SchemaWithDefs,
};

/** The top-level fields a record of each type may have, from the schemas. */
export const RECORD_FIELDS: Record<RecordType, ReadonlySet<string>> = {
  statement: new Set(Object.keys(SCHEMAS.statement.$defs.statement.properties ?? {})),
  person: new Set(Object.keys(SCHEMAS.person.$defs.person.properties ?? {})),
  source: new Set(Object.keys(SCHEMAS.source.$defs.source.properties ?? {})),
};

const validators = new Map<RecordType, Validator>();

function validatorFor(type: RecordType): Validator {
  let validator = validators.get(type);
  if (!validator) {
    const schema = SCHEMAS[type];
    // A root that refers to the record definition, keeping the file's $defs for its own $refs.
    const root = { $schema: schema.$schema, $defs: schema.$defs, $ref: `#/$defs/${type}` };
    validator = new Validator(root as never, '2020-12', false);
    validators.set(type, validator);
  }
  return validator;
}

// Errors that only summarise errors found deeper down.
const SUMMARY_KEYWORDS = new Set([
  '$ref',
  'properties',
  'items',
  'prefixItems',
  'allOf',
  'anyOf',
  'oneOf',
  'additionalProperties',
  'unevaluatedProperties',
]);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(record: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = record;
  for (const step of path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
  return value;
}

function explain(unit: OutputUnit, record: Record<string, unknown>, type: RecordType): FieldError {
  const path = unit.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const field = path[0];
  const where = path.join('.');
  const value = valueAt(record, path);
  switch (unit.keyword) {
    case 'required': {
      const missing = /"([^"]+)"/.exec(unit.error)?.[1];
      const at = where ? `${where}.${missing}` : missing;
      return { field: field ?? missing, message: `missing required field "${at}"` };
    }
    case 'type': {
      const expected = /Expected "([^"]+)"/.exec(unit.error)?.[1] ?? 'another type';
      return { field, message: `"${where}" must be ${expected.replace(/,/g, ' or ')}, not ${describeValue(value)}` };
    }
    case 'enum': {
      const options = enumOptions(type, path) ?? [];
      return { field, message: `"${where}" must be one of ${options.join(', ')}, not ${describeValue(value)}` };
    }
    case 'pattern':
      if (field === 'date' || field === 'published' || path.includes('from') || path.includes('to')) {
        return {
          field,
          message: `"${where}" must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not ${describeValue(value)}`,
        };
      }
      if (field === 'id')
        return {
          field,
          message: `"id" may contain only letters, digits and . _ : - (and must start with a letter or digit), not ${describeValue(value)}`,
        };
      return { field, message: `"${where}" has an invalid form: ${describeValue(value)}` };
    case 'minLength':
      return { field, message: `"${where}" must not be empty` };
    default:
      return { field, message: `"${where || type}": ${unit.error}` };
  }
}

function enumOptions(type: RecordType, path: string[]): string[] | undefined {
  const definition = SCHEMAS[type].$defs[type].properties?.[path[0]] as { enum?: string[]; $ref?: string } | undefined;
  if (definition?.enum) return definition.enum;
  const ref = definition?.$ref?.replace('#/$defs/', '');
  return ref ? (SCHEMAS[type].$defs[ref] as { enum?: string[] } | undefined)?.enum : undefined;
}

/** Checks a record against its schema; returns one error per field at fault (empty when valid). */
export function schemaErrors(type: RecordType, record: Record<string, unknown>): FieldError[] {
  const result = validatorFor(type).validate(record);
  if (result.valid) return [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const unit of result.errors) {
    if (SUMMARY_KEYWORDS.has(unit.keyword)) continue;
    const error = explain(unit, record, type);
    const key = `${error.field}|${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors.length > 0 ? errors : [{ message: result.errors[0]?.error ?? 'invalid record' }];
}

/** The precision a date's shape implies: YYYY-MM-DD day, YYYY-MM month, YYYY year. */
export function precisionOfShape(date: string): DatePrecision | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return undefined;
}

// Corpora repeat a few dates many times; remember the real ones (bounded).
const realDates = new Set<string>();

/** Why an ISO date (already of the right shape) is not a real date, or undefined when it is. */
export function calendarError(date: string): string | undefined {
  if (realDates.has(date)) return undefined;
  const error = computeCalendarError(date);
  if (!error && realDates.size < 10000) realDates.add(date);
  return error;
}

function computeCalendarError(date: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return `month ${month} does not exist`;
  if (day !== undefined) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    if (day < 1 || day > daysInMonth) return `${date} does not exist (the month has ${daysInMonth} days)`;
  }
  return undefined;
}

/** Checks a date field's calendar validity and its agreement with the stated precision. */
export function dateErrors(field: string, date: unknown, precision: unknown, precisionField: string): FieldError[] {
  if (typeof date !== 'string') return [];
  const shape = precisionOfShape(date);
  if (!shape) return [];
  const calendar = calendarError(date);
  if (calendar) return [{ field, message: `"${field}" is not a real date: ${calendar}` }];
  if (typeof precision !== 'string') return [];
  const needsDay = precision === 'day' || precision === 'week';
  const fits = needsDay ? shape === 'day' : precision === shape;
  if (!fits) {
    const wanted = needsDay ? 'YYYY-MM-DD' : precision === 'month' ? 'YYYY-MM' : 'YYYY';
    return [
      {
        field: precisionField,
        message: `"${precisionField}" is "${precision}" but "${field}" ${date} is not of the form ${wanted}`,
      },
    ];
  }
  return [];
}
