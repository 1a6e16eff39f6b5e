/**
 * Turning what a newsroom writes into full records: which kind of record a line is, the defaults
 * for fields a newsroom cannot know, and the typed values of CSV cells.
 */
import type { NumberMention } from '../types';
import { deriveNumbers } from './numbers';
import { precisionOfShape, RECORD_FIELDS, type FieldError, type RecordType } from './validate';

const TYPE_NAMES: Record<string, RecordType> = { statement: 'statement', person: 'person', source: 'source' };

/**
 * The record type: an explicit `"type"` field wins ("statement", "person", "source"); otherwise the
 * shape decides (a headline or publisher makes a source; a name without text makes a person);
 * otherwise it is a statement.
 */
export function classifyRecord(record: Record<string, unknown>): RecordType | FieldError {
  const declared = record.type;
  if (declared !== undefined) {
    const type = typeof declared === 'string' ? TYPE_NAMES[declared.toLowerCase()] : undefined;
    if (!type)
      return {
        field: 'type',
        message: `"type" must be "statement", "person" or "source", not ${JSON.stringify(declared)}`,
      };
    return type;
  }
  if ('headline' in record || 'publisher' in record) return 'source';
  if ('name' in record && !('text' in record)) return 'person';
  return 'statement';
}

/** Fills defaults, drops fields the format does not know (reported as warnings). Returns a new object. */
export function normalizeRecord(
  type: RecordType,
  raw: Record<string, unknown>,
  warn: (field: string, message: string) => void,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const known = RECORD_FIELDS[type];
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'type' || field === '$schema') continue;
    if (!known.has(field)) {
      warn(field, `unknown field "${field}" ignored (a ${type} has: ${[...known].join(', ')})`);
      continue;
    }
    record[field] = value;
  }
  if (type === 'statement') {
    record.kind ??= 'quote';
    record.outlet ??= '';
    record.context ??= '';
    record.dateBasis ??= '';
    record.negated ??= false;
    if (record.datePrecision === undefined && typeof record.date === 'string') {
      const shape = precisionOfShape(record.date);
      if (shape) record.datePrecision = shape;
    }
    if (record.numbers === undefined)
      record.numbers = typeof record.text === 'string' ? deriveNumbers(record.text) : [];
    // Inline occurrences: an occasion that names no outlet has none (not the statement's).
    if (Array.isArray(record.occurrences)) record.occurrences = record.occurrences.map(normalizeOccurrence);
  } else if (type === 'person') {
    record.kind ??= 'person';
    record.roles ??= [];
    if (record.aliases === undefined) record.aliases = typeof record.name === 'string' ? [record.name] : [];
  } else {
    record.dateBasis ??= '';
    if (record.publishedPrecision === undefined && typeof record.published === 'string') {
      const shape = precisionOfShape(record.published);
      if (shape) record.publishedPrecision = shape;
    }
  }
  return record;
}

/** An inline occurrence with its defaults: no outlet, no basis, the precision its date's shape gives. */
function normalizeOccurrence(item: unknown): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const occurrence: Record<string, unknown> = { outlet: '', dateBasis: '', ...item };
  if (occurrence.datePrecision === undefined && typeof occurrence.date === 'string') {
    const shape = precisionOfShape(occurrence.date);
    if (shape) occurrence.datePrecision = shape;
  }
  return occurrence;
}

/** CSV columns for statements; headers match case-insensitively, ignoring spaces, `_` and `-`. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'speaker',
  'text',
  'date',
  'datePrecision',
  'dateBasis',
  'outlet',
  'source',
  'context',
  'numbers',
  'negated',
  'keywords',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

const COLUMN_BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.map((column) => [columnKey(column), column]));

export function columnKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

export function csvColumn(header: string): CsvColumn | undefined {
  return COLUMN_BY_KEY.get(columnKey(header));
}

/**
 * Builds a statement from CSV cells. Empty cells count as absent (so defaults apply), except
 * `speaker`, where an empty cell means "no speaker" (null). Bad cells are reported as field errors.
 */
export function statementFromCsv(cells: Map<CsvColumn, string>, errors: FieldError[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const printedNumbers: NumberMention[] = [];
  for (const [column, rawCell] of cells) {
    const cell = rawCell.trim();
    if (column === 'speaker') {
      record.speaker = cell === '' ? null : cell;
      continue;
    }
    if (cell === '') continue;
    if (column === 'negated') {
      const flag = parseBoolean(cell);
      if (flag === undefined)
        errors.push({ field: 'negated', message: `"negated" must be true or false, not ${JSON.stringify(cell)}` });
      else record.negated = flag;
    } else if (column === 'numbers') {
      const numbers = parseNumbersCell(cell);
      if (typeof numbers === 'string') errors.push({ field: 'numbers', message: numbers });
      else record.numbers = numbers;
      if (typeof numbers !== 'string') printedNumbers.push(...numbers);
    } else if (column === 'keywords') {
      record.keywords = cell
        .split(';')
        .map((word) => word.trim())
        .filter(Boolean);
    } else if (column === 'text' || column === 'context') {
      record[column] = rawCell; // verbatim: keep the quote's own spacing
    } else {
      record[column] = cell;
    }
  }
  // "133 drone" says what the number is; the text as printed comes from the statement when it is there.
  if (typeof record.text === 'string' && printedNumbers.length > 0) {
    const printed = deriveNumbers(record.text);
    for (const mention of printedNumbers) {
      const same = printed.find((candidate) => candidate.value === mention.value);
      if (same) mention.text = same.text;
    }
  }
  return record;
}

function parseBoolean(cell: string): boolean | undefined {
  const lower = cell.toLowerCase();
  if (lower === 'true' || lower === 'yes' || lower === '1') return true;
  if (lower === 'false' || lower === 'no' || lower === '0') return false;
  return undefined;
}

/** "133 drone; 90 minute; 1,000,000 person" → number mentions; a message when an entry is malformed. */
export function parseNumbersCell(cell: string): NumberMention[] | string {
  const mentions: NumberMention[] = [];
  for (const entry of cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(-?[\d,]*\.?\d+)(?:\s+(\S.*))?$/i.exec(entry);
    const value = match ? Number(match[1].replace(/,/g, '')) : NaN;
    if (!match || !Number.isFinite(value)) {
      return `"numbers" must be entries like "133 drone; 90 minute" (a number, then a singular unit), not ${JSON.stringify(entry)}`;
    }
    mentions.push({ value, unit: (match[2] ?? '').trim(), text: entry });
  }
  return mentions;
}
