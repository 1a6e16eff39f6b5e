/**
 * Reading and writing `.factdesk/ignore.json`. The reader is tolerant: a syntax error (a missing
 * comma, a merge-conflict marker, a cut-off file) is reported with its line and column, and every
 * entry that could still be read stays ignored. jsonc-parser (VS Code's own JSON scanner) does the
 * error recovery. Shared by the extension, which owns the file, and the server, which reads it itself
 * for editors other than VS Code.
 */
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser/lib/esm/main.js';
import { FINDING_KINDS, type FindingKind } from '../engine';
import type { IgnoredClaim } from './protocol';

/** One thing wrong with the file: 1-based line and column (UTF-16 code units), and the offset and length of the text at fault. */
export interface IgnoreFileProblem {
  line: number;
  column: number;
  offset: number;
  length: number;
  message: string;
}

export interface IgnoreFileRead {
  /** The entries that could be read, in file order. */
  entries: IgnoredClaim[];
  problems: IgnoreFileProblem[];
}

/** The file as Fact Desk writes it. */
export interface IgnoreFile {
  version: 1;
  comment?: string;
  ignored: IgnoredClaim[];
}

const COMMENT =
  'Claims Fact Desk was told to ignore ("Ignore this claim"). Review and commit like any other change; delete an entry (or use Fact Desk: Show Ignored Claims) to check it again.';

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string (a closing " is missing)',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * Reads the text of an ignore file. Never throws: syntax errors and unusable entries become
 * `problems` (line and column of each) and the readable entries are returned. An empty text is an
 * empty file, not a problem.
 */
export function readIgnoreFile(text: string): IgnoreFileRead {
  const problems: IgnoreFileProblem[] = [];
  if (!text.trim()) return { entries: [], problems };
  const lines = lineStarts(text);
  const at = (offset: number, length: number, message: string): IgnoreFileProblem => {
    const { line, column } = position(lines, offset);
    return { line, column, offset, length, message };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  for (const error of errors)
    problems.push(
      at(error.offset, error.length, SYNTAX[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)),
    );
  const list = root ? findNodeAtLocation(root, ['ignored']) : undefined;
  if (!list || list.type !== 'array') {
    if (!errors.length) problems.push(at(0, Math.min(1, text.length), 'expected an object with an "ignored" list'));
    return { entries: [], problems };
  }
  const entries: IgnoredClaim[] = [];
  (list.children ?? []).forEach((node, i) => {
    // An entry with a syntax error inside it (a cut-off file, a stray character) is not guessed at.
    const broken = errors.some((error) => error.offset > node.offset && error.offset <= node.offset + node.length);
    const entry = broken ? 'it has a syntax error' : toEntry(getNodeValue(node));
    if (typeof entry === 'string') problems.push(at(node.offset, 1, `entry ${i + 1}: ${entry}; it is not applied`));
    else entries.push(entry);
  });
  return { entries, problems };
}

/** The file's text for `entries`: stable, two-space indented, ending in a newline (reviewable diffs). */
export function writeIgnoreFile(entries: readonly IgnoredClaim[]): string {
  const file: IgnoreFile = {
    version: 1,
    comment: COMMENT,
    ignored: entries.map(({ folder: _folder, ...entry }) => entry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "2:14: a comma is missing" */
export function formatIgnoreProblem(problem: IgnoreFileProblem): string {
  return `${problem.line}:${problem.column}: ${problem.message}`;
}

function toEntry(value: unknown): IgnoredClaim | string {
  if (!isObject(value)) return 'not an object';
  if (typeof value.kind !== 'string' || !(FINDING_KINDS as readonly string[]).includes(value.kind))
    return `"kind" must be one of ${FINDING_KINDS.join(', ')}`;
  if (typeof value.claim !== 'string' || !value.claim.trim()) return '"claim" must be the claim\'s text';
  const entry: IgnoredClaim = {
    kind: value.kind as FindingKind,
    claim: value.claim,
    added: typeof value.added === 'string' ? value.added : '',
  };
  if (typeof value.file === 'string') entry.file = value.file;
  if (typeof value.statementId === 'string') entry.statementId = value.statementId;
  if (typeof value.reason === 'string' && value.reason.trim()) entry.reason = value.reason;
  if (typeof value.by === 'string' && value.by.trim()) entry.by = value.by;
  return entry;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
