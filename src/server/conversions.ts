// Conversions between the engine's plain data (UTF-16 offsets, severities) and LSP types, in one place.
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import { LineIndex, severityKeyOf, type Finding, type OffsetRange, type Severity } from '../engine';
import type { FactDeskSettings } from './settings';

/** The diagnostic `source` shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Fact Desk';

/** Anything that maps offsets to positions: an open TextDocument, or a LineIndex over a file read from disk. */
export interface PositionMapper {
  positionAt(offset: number): { line: number; character: number };
}

export function mapperForText(text: string): PositionMapper {
  return new LineIndex(text);
}

export function toRange(mapper: PositionMapper, range: OffsetRange): Range {
  return { start: mapper.positionAt(range.start), end: mapper.positionAt(range.end) };
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a finding gets under the current settings, or undefined when its kind is turned off. */
export function severityFor(finding: Finding, settings: FactDeskSettings): Severity | undefined {
  const chosen = settings.severity[severityKeyOf(finding)] ?? 'warning';
  if (chosen === 'off') return undefined;
  // Hints never reach the Problems panel; the setting lifts supported claims to information so they do.
  if (finding.kind === 'supported' && settings.showSupportedInProblems && chosen === 'hint') return 'information';
  return chosen;
}

export interface DiagnosticContext {
  mapper: PositionMapper;
  settings: FactDeskSettings;
  /** Documentation of a kind (docs/findings.md#kind), when the client told us where it is. */
  docsFor(kind: Finding['kind']): string | undefined;
  /** Where the record sits in its corpus file, when known. */
  recordLocation(statementId: string): Location | undefined;
}

/** One diagnostic per finding; undefined when the finding's kind is turned off. */
export function toDiagnostic(finding: Finding, context: DiagnosticContext): Diagnostic | undefined {
  const severity = severityFor(finding, context.settings);
  if (!severity) return undefined;
  const diagnostic: Diagnostic = {
    range: toRange(context.mapper, finding.range),
    message: finding.message,
    severity: LSP_SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.kind,
  };
  const href = context.docsFor(finding.kind);
  if (href) diagnostic.codeDescription = { href };
  // A hint is a citation: it never reaches the Problems panel, and Fact Desk's own hover shows its record with
  // a link to it. The related record would only repeat that, and on a long draft (hundreds of citations) it
  // was most of what the extension host converts and forwards (bench:host's check window).
  if (severity === 'hint') return diagnostic;
  const location = finding.statement ? context.recordLocation(finding.statement.id) : undefined;
  if (location && finding.statement) {
    // The reader sees the record's words, never its internal id.
    diagnostic.relatedInformation = [{ location, message: `On record: “${truncate(finding.statement.text, 120)}”` }];
  }
  return diagnostic;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
