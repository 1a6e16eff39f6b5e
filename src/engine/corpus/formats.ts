/**
 * Reading each file format into raw records with their lines; the RecordCollector does the rest.
 */
import { LineIndex } from '../text/lineIndex';
import { parseCsv } from './csv';
import { scanJson } from './jsonScan';
import { csvColumn, statementFromCsv } from './normalize';
import type { ProblemList } from './problems';
import type { RecordCollector } from './records';
import type { FieldError, RecordType } from './validate';

const ARRAY_KEYS: Record<string, RecordType> = { statements: 'statement', people: 'person', sources: 'source' };

/** A JSON file: an array of records, or an object with `statements`, `people` and `sources` arrays. */
export function readJson(text: string, problems: ProblemList, collector: RecordCollector): void {
  const lines = new LineIndex(text);
  const lineAt = (offset: number): number => lines.positionAt(offset).line + 1;
  const scan = scanJson(text);
  if (!scan.ok) {
    const position = lines.positionAt(scan.offset);
    problems.error(
      position.line + 1,
      `Malformed JSON: ${scan.message} (column ${position.character + 1}); nothing was loaded from this file`,
    );
    return;
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    problems.error(
      1,
      `Malformed JSON: ${error instanceof Error ? error.message : String(error)}; nothing was loaded from this file`,
    );
    return;
  }
  const addAll = (items: unknown[], starts: number[] | undefined, type: RecordType | undefined): void => {
    items.forEach((item, index) => {
      const start = starts?.[index] ?? 0;
      const end = starts?.[index + 1] ?? text.length;
      const line = lineAt(start);
      collector.add(item, line, (field) => fieldLine(text, start, end, field, lineAt) ?? line, type);
    });
  };
  if (Array.isArray(root)) {
    addAll(root, scan.recordStarts.get(''), undefined);
    return;
  }
  if (root === null || typeof root !== 'object') {
    problems.error(
      1,
      'A corpus JSON file must hold an array of statements, or an object with "statements", "people" and/or "sources" arrays',
    );
    return;
  }
  const object = root as Record<string, unknown>;
  let found = false;
  for (const [key, value] of Object.entries(object)) {
    const keyLine = fieldLine(text, 0, text.length, key, lineAt) ?? 1;
    if (key === '$schema') continue;
    const type = ARRAY_KEYS[key];
    if (!type) {
      problems.warning(
        keyLine,
        `unknown top-level key "${key}" ignored (expected "statements", "people" or "sources")`,
        key,
      );
      continue;
    }
    found = true;
    if (!Array.isArray(value)) {
      problems.error(keyLine, `"${key}" must be an array of records`, key);
      continue;
    }
    addAll(value, scan.recordStarts.get(key), type);
  }
  if (!found)
    problems.error(
      1,
      'No records: expected "statements", "people" or "sources" arrays (or a top-level array of statements)',
    );
}

/** The line of `"field":` inside a record's text, when it is there. */
function fieldLine(
  text: string,
  start: number,
  end: number,
  field: string,
  lineAt: (offset: number) => number,
): number | undefined {
  const needle = JSON.stringify(field);
  let at = text.indexOf(needle, start);
  while (at >= 0 && at < end) {
    let after = at + needle.length;
    while (after < end && /\s/.test(text[after])) after++;
    if (text[after] === ':') return lineAt(at);
    at = text.indexOf(needle, at + 1);
  }
  return undefined;
}

/** JSON Lines: one record per line; a malformed line is reported and skipped, the others load. */
export function readJsonl(text: string, problems: ProblemList, collector: RecordCollector): void {
  let lineNumber = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    start = end + 1;
    const here = ++lineNumber;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      const scan = scanJson(line);
      const detail = scan.ok ? 'not valid JSON' : `${scan.message} (column ${scan.offset + 1})`;
      problems.error(here, `Malformed JSON: ${detail}; line skipped`);
      continue;
    }
    collector.add(record, here, () => here);
  }
}

const REQUIRED_COLUMNS = ['id', 'speaker', 'text', 'date', 'source'] as const;

/** CSV with a header row; statements only. */
export function readCsv(text: string, problems: ProblemList, collector: RecordCollector): void {
  const parsed = parseCsv(text);
  const [header, ...rows] = parsed.rows;
  const brokenHeader = parsed.problems.find((problem) => !header || problem.line < header.line);
  if (!header || brokenHeader) {
    problems.error(
      brokenHeader?.line ?? 1,
      `Malformed CSV header row: ${brokenHeader?.message ?? 'no header'}; nothing was loaded from this file`,
    );
    return;
  }
  for (const problem of parsed.problems) problems.error(problem.line, `Malformed CSV: ${problem.message}; row skipped`);
  const columns = header.cells.map((name) => csvColumn(name));
  const seen = new Set<string>();
  header.cells.forEach((name, index) => {
    const column = columns[index];
    if (!column) problems.warning(header.line, `unknown column "${name}" ignored`, name);
    else if (seen.has(column)) {
      problems.warning(header.line, `column "${name}" appears twice; the second is ignored`, column);
      columns[index] = undefined;
    } else seen.add(column);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    problems.error(
      header.line,
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')} in the header row; nothing was loaded from this file`,
      missing[0],
    );
    return;
  }
  for (const row of rows) {
    if (row.cells.length > header.cells.length) {
      const id = row.cells[columns.indexOf('id')]?.trim() || undefined;
      problems.error(
        row.line,
        `the row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'} but the header has ${header.cells.length} (an unquoted comma?); record skipped`,
        undefined,
        id,
      );
      continue;
    }
    const cells = new Map<NonNullable<(typeof columns)[number]>, string>();
    columns.forEach((column, index) => {
      if (column) cells.set(column, row.cells[index] ?? '');
    });
    const errors: FieldError[] = [];
    const record = statementFromCsv(cells, errors);
    collector.add(record, row.line, () => row.line, 'statement', errors);
  }
}
