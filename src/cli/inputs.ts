/**
 * Reading what the CLI is given: corpus files and drafts. Problems are reported, never thrown past
 * the caller: a bad corpus record is skipped with `file:line: field: message`, an unreadable file is
 * named and the rest of the work goes on (the exit code says something went wrong).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  detectFormat,
  loadBundledCorpus,
  mergeCorpora,
  parseCorpusFile,
  type Corpus,
  type LoadProblem,
} from '../engine';

export interface LoadedCorpus {
  corpus: Corpus;
  /** One line per problem, `file:line: field: message`. */
  problems: string[];
  /** Files that could not be read at all (exit code 2). */
  unreadable: string[];
  /** Each part read ('bundled corpus', each --corpus file) and its statement count, in order. */
  parts: { name: string; statements: number }[];
}

/** `file:line: field: message`; the field is left out when the problem is with the whole record or file. */
export function formatLoadProblem(problem: LoadProblem): string {
  const where = `${problem.file}:${problem.line}:`;
  const field = problem.field ? ` ${problem.field}:` : '';
  const record = problem.recordId ? ` (record ${problem.recordId})` : '';
  return `${where}${field} ${problem.message}${record}`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a text file as UTF-8 (a byte-order mark is dropped); returns an error string instead of throwing. */
export function readText(file: string, cwd: string): { text: string } | { error: string } {
  try {
    const text = fs.readFileSync(file === '-' ? 0 : path.resolve(cwd, file), 'utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { error: describeError(error) };
  }
}

/** The bundled corpus (unless turned off) merged with each `--corpus` file, in order. */
export function loadCorpora(
  files: readonly string[],
  useBundled: boolean,
  cwd: string,
  bundled: () => Corpus = loadBundledCorpus,
): LoadedCorpus {
  const parts: { name: string; corpus: Corpus }[] = [];
  const problems: string[] = [];
  const unreadable: string[] = [];
  if (useBundled) parts.push({ name: 'bundled corpus', corpus: bundled() });
  for (const file of files) {
    const format = detectFormat(file);
    if (!format) {
      problems.push(
        `${file}:0: cannot tell the corpus format from the file name (use .json, .jsonl, .ndjson, .csv, or .jsonld or .html for fact-checks)`,
      );
      unreadable.push(file);
      continue;
    }
    const read = readText(file, cwd);
    if ('error' in read) {
      problems.push(`${file}:0: cannot read corpus file: ${read.error}`);
      unreadable.push(file);
      continue;
    }
    const result = parseCorpusFile(file, read.text, format);
    problems.push(...result.problems.map(formatLoadProblem));
    parts.push({ name: file, corpus: result.corpus });
  }
  const merged = mergeCorpora(parts);
  problems.push(...merged.problems.map(formatLoadProblem));
  return {
    corpus: merged.corpus,
    problems,
    unreadable,
    parts: parts.map((part) => ({ name: part.name, statements: part.corpus.statements.length })),
  };
}

const DRAFT_EXTENSIONS = /\.(md|markdown|txt)$/i;

/**
 * Expands the FILE arguments: a directory means every draft (.md, .markdown, .txt) under it, in
 * sorted order, skipping dot-folders and node_modules; anything else is passed through as named.
 */
export function expandDraftPaths(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.resolve(cwd, dir), { withFileTypes: true });
    } catch {
      out.push(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'fact-check-reports') continue;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && DRAFT_EXTENSIONS.test(entry.name)) out.push(child);
    }
  };
  for (const arg of args) {
    let isDirectory = false;
    try {
      isDirectory = arg !== '-' && fs.statSync(path.resolve(cwd, arg)).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (isDirectory) walk(arg);
    else out.push(arg);
  }
  return out;
}
