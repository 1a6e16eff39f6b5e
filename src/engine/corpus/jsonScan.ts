/**
 * A small JSON syntax scanner. It does not build values (JSON.parse does that, natively and fast);
 * it finds where each top-level record starts, so problems can name a line, and where a syntax
 * error is, because JSON.parse's error messages differ between engines and some give no position.
 *
 * Iterative (no recursion), so deeply nested input cannot overflow the stack.
 */

export interface JsonScanOk {
  ok: true;
  /** Start offsets of the records: key '' for the elements of a root array, or the top-level key of the array they sit in. */
  recordStarts: Map<string, number[]>;
}

export interface JsonScanError {
  ok: false;
  offset: number;
  message: string;
}

interface Frame {
  kind: '[' | '{';
  /** The property name this container is the value of, when its parent is an object. */
  key: string | undefined;
  /** The last property name read inside this object. */
  lastKey: string | undefined;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

// Disjoint alternatives: linear time, no catastrophic backtracking. JSON forbids raw control
// characters inside strings, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function matchAt(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function describeChar(char: string): string {
  return char === '\n' ? 'a line break' : `'${char}'`;
}

export function scanJson(text: string): JsonScanOk | JsonScanError {
  const recordStarts = new Map<string, number[]>();
  const stack: Frame[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const fail = (offset: number, message: string): JsonScanError => ({ ok: false, offset, message });
  const afterValue = (): void => {
    expect = stack.length > 0 ? 'commaOrEnd' : 'done';
  };
  const noteValueStart = (offset: number): void => {
    let key: string | undefined;
    if (stack.length === 1 && stack[0].kind === '[') key = '';
    else if (stack.length === 2 && stack[0].kind === '{' && stack[1].kind === '[' && stack[1].key !== undefined)
      key = stack[1].key;
    if (key === undefined) return;
    let starts = recordStarts.get(key);
    if (!starts) recordStarts.set(key, (starts = []));
    starts.push(offset);
  };

  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'done') return { ok: true, recordStarts };
      const open = stack[stack.length - 1];
      return fail(
        text.length,
        open
          ? `Unexpected end of file: a ${open.kind === '[' ? "'[' is" : "'{' is"} never closed`
          : 'Unexpected end of file',
      );
    }
    const char = text[i];
    switch (expect) {
      case 'done':
        return fail(i, `Unexpected ${describeChar(char)} after the end of the JSON value`);
      case 'value':
      case 'valueOrEnd': {
        if (char === ']' && expect === 'valueOrEnd') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        noteValueStart(i);
        const parent = stack[stack.length - 1];
        const key = parent?.kind === '{' ? parent.lastKey : undefined;
        if (char === '{' || char === '[') {
          stack.push({ kind: char, key, lastKey: undefined });
          expect = char === '{' ? 'keyOrEnd' : 'valueOrEnd';
          i++;
          break;
        }
        const end =
          char === '"'
            ? matchAt(STRING, text, i)
            : char === '-' || (char >= '0' && char <= '9')
              ? matchAt(NUMBER, text, i)
              : matchAt(LITERAL, text, i);
        if (end < 0) {
          if (char === '"') return fail(i, 'Unterminated string, or a control character or bad escape inside it');
          if (char === ']' || char === '}' || char === ',')
            return fail(i, `Unexpected ${describeChar(char)}: a value is missing (trailing comma?)`);
          if (char === "'") return fail(i, 'Strings must use double quotes, not single quotes');
          return fail(i, `Unexpected ${describeChar(char)}: expected a value`);
        }
        i = end;
        afterValue();
        break;
      }
      case 'key':
      case 'keyOrEnd': {
        if (char === '}' && expect === 'keyOrEnd') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (char !== '"') {
          if (char === '}') return fail(i, "Unexpected '}': a property is missing (trailing comma?)");
          return fail(i, `Expected a property name in double quotes, found ${describeChar(char)}`);
        }
        const end = matchAt(STRING, text, i);
        if (end < 0) return fail(i, 'Unterminated property name, or a control character or bad escape inside it');
        // Only the top-level keys are needed (they name the record arrays).
        if (stack.length === 1) stack[0].lastKey = JSON.parse(text.slice(i, end)) as string;
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (char !== ':') return fail(i, `Expected ':' after a property name, found ${describeChar(char)}`);
        i++;
        expect = 'value';
        break;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        const close = top.kind === '[' ? ']' : '}';
        if (char === ',') {
          expect = top.kind === '[' ? 'value' : 'key';
          i++;
        } else if (char === close) {
          stack.pop();
          i++;
          afterValue();
        } else {
          return fail(i, `Expected ',' or '${close}', found ${describeChar(char)} (missing comma?)`);
        }
        break;
      }
    }
  }
}
