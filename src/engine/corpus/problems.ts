import type { LoadProblem } from '../types';

/** Collects the problems found while loading one file; every problem names the file. */
export class ProblemList {
  readonly items: LoadProblem[] = [];

  constructor(readonly file: string) {}

  error(line: number, message: string, field?: string, recordId?: string): void {
    this.push('error', line, message, field, recordId);
  }

  warning(line: number, message: string, field?: string, recordId?: string): void {
    this.push('warning', line, message, field, recordId);
  }

  private push(
    severity: LoadProblem['severity'],
    line: number,
    message: string,
    field?: string,
    recordId?: string,
  ): void {
    const problem: LoadProblem = { file: this.file, line, message, severity };
    if (field !== undefined) problem.field = field;
    if (recordId !== undefined) problem.recordId = recordId;
    this.items.push(problem);
  }
}

/**
 * The problem to report when a corpus file cannot be read at all (missing, a directory, no
 * permission, binary). The CLI and the extension use it so the message reads the same everywhere.
 */
export function unreadableFileProblem(file: string, reason: string): LoadProblem {
  return { file, line: 0, message: `Cannot read corpus file: ${reason}`, severity: 'error' };
}

/** Why a text cannot be a corpus file (binary content), or undefined when it looks like text. */
export function binaryContentReason(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return 'it contains NUL bytes, so it is binary, not a text file';
  return undefined;
}
