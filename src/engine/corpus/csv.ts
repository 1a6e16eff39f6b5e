/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside a
 * quoted field, line breaks allowed inside quoted fields. Each row keeps the 1-based line it
 * starts on, so problems can point at it.
 *
 * A broken row (a quote never closed, or text after a closing quote) is reported on the line it
 * starts and skipped; parsing resumes on the next line, so one stray quote loses one row, not the
 * rest of the file.
 */

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvParseResult {
  rows: CsvRow[];
  problems: CsvProblem[];
}

type FieldEnd = { end: number; value: string } | { problem: string };

export function parseCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const rowStart = i;
    const rowLine = line;
    const cells: string[] = [];
    let broken: string | undefined;
    for (;;) {
      const field = text[i] === '"' ? readQuoted(text, i) : readPlain(text, i);
      if ('problem' in field) {
        broken = field.problem;
        break;
      }
      cells.push(field.value);
      i = field.end;
      if (i < length && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (broken !== undefined) {
      problems.push({ line: rowLine, message: broken });
      // Resume on the line after the one the broken row started on.
      const nextLine = text.indexOf('\n', rowStart);
      i = nextLine < 0 ? length : nextLine + 1;
      line = rowLine + 1;
      continue;
    }
    // Count the line breaks inside the row's quoted fields, then step over the row's own break.
    for (let k = rowStart; k < i; k++) if (text.charCodeAt(k) === 10) line++;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    // Blank lines are not records.
    if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line: rowLine, cells });
  }
  return { rows, problems };
}

function readPlain(text: string, from: number): FieldEnd {
  let k = from;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 44 /* , */ || code === 10 || code === 13) break;
    k++;
  }
  return { end: k, value: text.slice(from, k) };
}

function readQuoted(text: string, from: number): FieldEnd {
  let value = '';
  let j = from + 1;
  for (;;) {
    const close = text.indexOf('"', j);
    if (close < 0) return { problem: 'a quoted field is never closed (a missing closing ")' };
    value += text.slice(j, close);
    if (text[close + 1] === '"') {
      value += '"';
      j = close + 2;
      continue;
    }
    // Spaces may follow the closing quote; anything else means the quotes are unbalanced.
    let k = close + 1;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (k < text.length && text[k] !== ',' && text[k] !== '\n' && text[k] !== '\r') {
      return {
        problem:
          'unbalanced quotes: a quoted field is followed by more text before the next comma (a missing or stray ")',
      };
    }
    return { end: k, value };
  }
}
