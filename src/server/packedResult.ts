import type { Finding, Statement } from '../engine';
import type { CheckedDraft } from './protocol';

/** A finding on the wire: its record named by its index in the result's `statements` (null: none). */
export type PackedFinding = Omit<Finding, 'statement'> & { statement: number | null };

/**
 * A check's result as factDesk/checked carries it: each record once, however many findings rest on
 * it. A long draft cites the same records again and again, and the extension host reads the whole
 * notification in one task (750 KB for a 20,000-word draft whose 18 records each carried 36 times).
 */
export type PackedResult<T extends CheckedDraft> = Omit<T, 'findings' | 'ignored'> & {
  statements: Statement[];
  findings: PackedFinding[];
  ignored: PackedFinding[];
};

/** Packs a result for the wire; records are told apart by identity (the engine's own objects). */
export function packResult<T extends CheckedDraft>(result: T): PackedResult<T> {
  const statements: Statement[] = [];
  const indexOf = new Map<Statement, number>();
  const pack = (finding: Finding): PackedFinding => {
    const statement = finding.statement;
    if (!statement) return { ...finding, statement: null };
    let index = indexOf.get(statement);
    if (index === undefined) {
      index = statements.push(statement) - 1;
      indexOf.set(statement, index);
    }
    return { ...finding, statement: index };
  };
  const findings = result.findings.map(pack);
  const ignored = result.ignored.map(pack);
  return { ...result, statements, findings, ignored };
}

/** The result again, each finding with its record (findings on one record share one object). */
export function unpackResult<T extends CheckedDraft>(packed: PackedResult<T>): T {
  const { statements, findings, ignored, ...rest } = packed;
  const unpack = (finding: PackedFinding): Finding => ({
    ...finding,
    statement: finding.statement === null ? null : statements[finding.statement],
  });
  return { ...rest, findings: findings.map(unpack), ignored: ignored.map(unpack) } as unknown as T;
}
