/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside a
 * quoted field, line breaks allowed inside quoted fields. Each row keeps the 1-based line it
 * starts on, so problems can point at it.
 */

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvParseResult {
  rows: CsvRow[];
  /** Set when a quoted field is never closed; the rows before it are kept. */
  error?: { line: number; message: string };
}

export function parseCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const rowLine = line;
    const cells: string[] = [];
    let endOfRow = false;
    while (!endOfRow) {
      if (text[i] === '"') {
        // Quoted field: runs to the next quote that is not doubled.
        let value = '';
        let j = i + 1;
        for (;;) {
          const close = text.indexOf('"', j);
          if (close < 0) return { rows, error: { line: rowLine, message: 'A quoted field is never closed (missing closing ")' } };
          value += text.slice(j, close);
          for (let k = j; k < close; k++) if (text.charCodeAt(k) === 10) line++;
          if (text[close + 1] === '"') {
            value += '"';
            j = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept, as most spreadsheets do.
        const rest = nextDelimiter(text, i);
        value += text.slice(i, rest);
        cells.push(value);
        i = rest;
      } else {
        const end = nextDelimiter(text, i);
        cells.push(text.slice(i, end));
        i = end;
      }
      if (i >= length) endOfRow = true;
      else if (text[i] === ',') i++;
      else {
        // \r\n, \n or \r ends the row.
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        endOfRow = true;
      }
      if (i >= length && text[i - 1] === ',') {
        cells.push('');
        endOfRow = true;
      }
    }
    // Blank lines are not records.
    if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line: rowLine, cells });
  }
  return { rows };
}

function nextDelimiter(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 44 /* , */ || code === 10 || code === 13) return k;
  }
  return text.length;
}
