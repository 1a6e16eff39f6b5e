/**
 * Command-line parsing for `factdesk`, by hand: the grammar is small and a dependency would cost
 * more to read than these lines do.
 */

import { parseImport, type ImportCommand } from './import';
import { CONFLICT_KINDS, KIND_REGISTRY } from '../engine';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  command: 'check';
  format: OutputFormat;
  corpusFiles: string[];
  bundled: boolean;
  draftDate?: string;
  minScore?: number;
  files: string[];
}

export interface LookupCommand {
  command: 'lookup';
  format: 'text' | 'json';
  corpusFiles: string[];
  bundled: boolean;
  limit: number;
  query: string;
  /** `--cite STYLE`: print each statement as the citation Fact Desk inserts, in that style. */
  cite?: 'house' | 'ap';
  /** `--date YYYY-MM-DD`: the date citations are written for (AP's "said Tuesday"); today when absent. */
  asOf?: string;
}

/** `factdesk report`: the fact-check report an editor signs, for one draft. */
export interface ReportCommand extends Omit<CheckCommand, 'command' | 'format'> {
  command: 'report';
  format: 'markdown' | 'html';
  /** Who ran the check (default: the OS user name). */
  author?: string;
  /** Where to write; standard output when absent. */
  out?: string;
}

export type ParsedArgs =
  | CheckCommand
  | ReportCommand
  | ImportCommand
  | LookupCommand
  | { command: 'lsp' }
  | { command: 'help'; topic?: string }
  | { command: 'version' };

/** Thrown for bad usage; the CLI prints the message and exits with code 2. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses the arguments after `node cli.js` (that is, `process.argv.slice(2)`). */
export function parseArgs(args: readonly string[]): ParsedArgs {
  if (args.length === 0) return { command: 'help' };
  const [first, ...rest] = args;
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: rest[0] };
  if (first === '--version' || first === '-v' || first === '-V') return { command: 'version' };
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: first };
  if (first === 'check') return parseCheck(rest);
  if (first === 'lookup') return parseLookup(rest);
  if (first === 'report') return parseReport(rest);
  if (first === 'import') return parseImport(rest);
  if (first === 'lsp') {
    // The LSP transport is standard input and output; editors pass --stdio by convention.
    if (rest.length !== 1 || rest[0] !== '--stdio')
      throw new UsageError(
        "'lsp' takes exactly one option, --stdio (the server speaks LSP on standard input and output)",
      );
    return { command: 'lsp' };
  }
  throw new UsageError(
    `unknown command '${first}' (expected 'check', 'report', 'lookup', 'import' or 'lsp'; see 'factdesk --help')`,
  );
}

/** Splits `--name=value` and `--name value`; returns the value and how many arguments it used. */
function optionValue(args: readonly string[], index: number, name: string): [string, number] {
  const arg = args[index];
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), 1];
  const next = args[index + 1];
  if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${name} needs a value`);
  return [next, 2];
}

function optionName(arg: string): string {
  const equals = arg.indexOf('=');
  return equals > 0 ? arg.slice(0, equals) : arg;
}

function parseCheck(args: readonly string[], command: 'check' | 'report' = 'check'): CheckCommand {
  const parsed: CheckCommand = { command: 'check', format: 'text', corpusFiles: [], bundled: true, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < args.length;) {
    const arg = args[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      parsed.files.push(arg);
      i++;
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      i++;
      continue;
    }
    const name = optionName(arg);
    if (name === '--no-bundled') {
      parsed.bundled = false;
      i++;
      continue;
    }
    const [value, used] = optionValue(args, i, name);
    i += used;
    switch (name) {
      case '--format':
      case '-f':
        if (!FORMATS.includes(value as OutputFormat))
          throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${value}'`);
        parsed.format = value as OutputFormat;
        break;
      case '--corpus':
      case '-c':
        parsed.corpusFiles.push(value);
        break;
      case '--date':
        if (!isIsoDate(value)) throw new UsageError(`--date must be a date written YYYY-MM-DD, not '${value}'`);
        parsed.draftDate = value;
        break;
      case '--min-score': {
        const score = Number(value);
        if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1)
          throw new UsageError(`--min-score must be a number from 0 to 1, not '${value}'`);
        parsed.minScore = score;
        break;
      }
      default:
        throw new UsageError(`unknown option '${name}' for '${command}' (see 'factdesk ${command} --help')`);
    }
  }
  if (parsed.files.length === 0)
    throw new UsageError(`'${command}' needs at least one FILE to check ('-' reads standard input)`);
  if (!parsed.bundled && parsed.corpusFiles.length === 0)
    throw new UsageError('--no-bundled leaves no corpus: add at least one --corpus FILE');
  return parsed;
}

/** `report` takes check's options (but --format is markdown or html) plus --author and --out, and exactly one FILE. */
function parseReport(args: readonly string[]): ReportCommand {
  const rest: string[] = [];
  let format: ReportCommand['format'] = 'markdown';
  let author: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length;) {
    const name = optionName(args[i]);
    if (args[i] === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (name === '--format' || name === '-f' || name === '--author' || name === '--out' || name === '-o') {
      const [value, used] = optionValue(args, i, name);
      i += used;
      if (name === '--author') author = value;
      else if (name === '--out' || name === '-o') out = value;
      else if (value === 'markdown' || value === 'md') format = 'markdown';
      else if (value === 'html') format = 'html';
      else throw new UsageError(`--format for 'report' must be markdown or html, not '${value}'`);
      continue;
    }
    rest.push(args[i]);
    i++;
  }
  const { command: _command, format: _format, ...check } = parseCheck(rest, 'report');
  if (check.files.length !== 1)
    throw new UsageError(`'report' reports on exactly one FILE (got ${check.files.length})`);
  return { command: 'report', format, ...check, ...(author ? { author } : {}), ...(out ? { out } : {}) };
}

function parseLookup(args: readonly string[]): LookupCommand {
  const parsed: LookupCommand = {
    command: 'lookup',
    format: 'text',
    corpusFiles: [],
    bundled: true,
    limit: 10,
    query: '',
  };
  const words: string[] = [];
  for (let i = 0; i < args.length;) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      i++;
      continue;
    }
    const name = optionName(arg);
    if (name === '--no-bundled') {
      parsed.bundled = false;
      i++;
      continue;
    }
    const [value, used] = optionValue(args, i, name);
    i += used;
    switch (name) {
      case '--format':
        if (value !== 'text' && value !== 'json')
          throw new UsageError(`--format for 'lookup' must be text or json, not '${value}'`);
        parsed.format = value;
        break;
      case '--corpus':
        parsed.corpusFiles.push(value);
        break;
      case '--limit': {
        const limit = Number(value);
        if (!Number.isInteger(limit) || limit < 1)
          throw new UsageError(`--limit must be a whole number of at least 1, not '${value}'`);
        parsed.limit = limit;
        break;
      }
      case '--cite':
        if (value !== 'house' && value !== 'ap') throw new UsageError(`--cite must be house or ap, not '${value}'`);
        parsed.cite = value;
        break;
      case '--date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--date must be YYYY-MM-DD, not '${value}'`);
        parsed.asOf = value;
        break;
      default:
        throw new UsageError(`unknown option '${name}' for 'lookup' (see 'factdesk lookup --help')`);
    }
  }
  parsed.query = words.join(' ').trim();
  if (!parsed.query) throw new UsageError("'lookup' needs a QUERY (a speaker, words of a quote, an outlet or a date)");
  if (!parsed.bundled && parsed.corpusFiles.length === 0)
    throw new UsageError('--no-bundled leaves no corpus: add at least one --corpus FILE');
  return parsed;
}

export const HELP_TEXT = `factdesk: fact-check a draft against a corpus of sourced statements, offline.

Usage:
  factdesk check [options] FILE...     check drafts (Markdown or text; '-' reads standard input;
                                       a directory means every .md, .markdown and .txt file in it)
  factdesk report [options] FILE       the fact-check report an editor signs (Markdown or HTML):
                                       corrections, unsourced quotations, supported claims
  factdesk lookup [options] QUERY      who said what, when and where
  factdesk import [options] --out FILE ARTICLE...
                                       propose corpus records (JSON Lines, for review) from articles:
                                       Markdown, plain text or saved HTML pages
  factdesk lsp --stdio                 the language server, for any editor (see docs/editors.md)
  factdesk --help | --version

Options for check:
  --format text|json|sarif   output format (default text)
  --corpus FILE              add a corpus file (.json, .jsonl, .ndjson or .csv; fact-checks as
                             ClaimReview .jsonld, .json, .jsonl or a saved .html page); repeatable
  --no-bundled               do not use the corpus that ships with Fact Desk
  --date YYYY-MM-DD          the draft's date, for "on Monday" (front matter 'date:' wins)
  --min-score N              minimum match score, 0 to 1

Options for report (and check's --corpus, --no-bundled, --date, --min-score):
  --format markdown|html     report format (default markdown)
  --author NAME              who ran the check (default: the operating system user name)
  --out FILE                 write the report to FILE (default: standard output)

Fact Desk's own files are never checked as drafts: reports (*.factcheck.md, fact-check-report*.md,
files marked <!-- factdesk:report -->) and everything under .factdesk/ or fact-check-reports/.

Options for lookup:
  --format text|json         output format (default text)
  --corpus FILE, --no-bundled  as for check
  --limit N                  at most N statements (default 10)
  --cite house|ap            print each as the citation Fact Desk inserts, in house or AP style
  --date YYYY-MM-DD          the date the citation is written for (AP: "said Tuesday"; default today)

Options for import:
  --out FILE                 where to write the proposals (required)
  --corpus FILE, --no-bundled  the corpus to match speakers and repeated quotations against
  --date YYYY-MM-DD          the article's date when the file does not give one
  --publisher NAME           the publisher when the file does not name one
  --accept-confident         mark confident proposals accepted; says how many and why the rest were held

Finding kinds (the second field of a text line, JSON's 'kind', SARIF's ruleId):
${kindHelp()}
Exit codes:
  0  no conflicts (check, report) / something found (lookup)
  1  conflicts found: ${wrapList(CONFLICT_KINDS)}
     (lookup: nothing found)
  2  bad usage, or an unreadable draft or corpus file
`;

/** One line a kind, from the kind registry: id, then its one-line description. */
function kindHelp(): string {
  const width = Math.max(...KIND_REGISTRY.map((info) => info.id.length)) + 2;
  return KIND_REGISTRY.map(
    (info) => `  ${info.id.padEnd(width)}${info.description}${info.conflict ? ' (conflict)' : ''}\n`,
  ).join('');
}

/** Comma-separated, wrapped under the exit-code text's indent. */
function wrapList(items: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (next.length > 72 && line) {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  lines.push(line);
  return lines.join('\n     ');
}
