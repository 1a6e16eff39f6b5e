// Conversions between the engine's plain data (UTF-16 offsets, severities) and VS Code types, in one place.
import * as vscode from 'vscode';
import { LineIndex, type Finding, type OffsetRange, type Severity } from '../engine';
import type { FactDeskSettings } from './config';

/** The diagnostic `source` shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Fact Desk';

/** Anything that maps offsets to positions: an open TextDocument, or a LineIndex over a file read from disk. */
export interface PositionMapper {
  positionAt(offset: number): vscode.Position;
}

export function mapperForText(text: string): PositionMapper {
  const index = new LineIndex(text);
  return {
    positionAt(offset) {
      const { line, character } = index.positionAt(offset);
      return new vscode.Position(line, character);
    },
  };
}

export function toRange(mapper: PositionMapper, range: OffsetRange): vscode.Range {
  return new vscode.Range(mapper.positionAt(range.start), mapper.positionAt(range.end));
}

export function toOffsetRange(document: vscode.TextDocument, range: vscode.Range): OffsetRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function toVscodeSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** The severity a finding gets under the current settings, or undefined when its kind is turned off. */
export function severityFor(finding: Finding, settings: FactDeskSettings): Severity | undefined {
  const chosen = settings.severity[finding.kind];
  if (chosen === 'off') return undefined;
  // Hints never reach the Problems panel; the setting lifts supported claims to information so they do.
  if (finding.kind === 'supported' && settings.showSupportedInProblems && chosen === 'hint') return 'information';
  return chosen;
}

export interface DiagnosticContext {
  mapper: PositionMapper;
  settings: FactDeskSettings;
  /** Documentation of a kind: docs/findings.md#kind inside the extension. */
  docsFor(kind: Finding['kind']): vscode.Uri;
  /** Where the record sits in its corpus file, when known. */
  recordLocation(statementId: string): vscode.Location | undefined;
}

/** One diagnostic per finding; undefined when the finding's kind is turned off. */
export function toDiagnostic(finding: Finding, context: DiagnosticContext): vscode.Diagnostic | undefined {
  const severity = severityFor(finding, context.settings);
  if (!severity) return undefined;
  const diagnostic = new vscode.Diagnostic(toRange(context.mapper, finding.range), finding.message, toVscodeSeverity(severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.kind, target: context.docsFor(finding.kind) };
  const location = finding.statement ? context.recordLocation(finding.statement.id) : undefined;
  if (location && finding.statement) {
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(location, `Record ${finding.statement.id}: “${truncate(finding.statement.text, 120)}”`)];
  }
  return diagnostic;
}

/** The kind a Fact Desk diagnostic carries in its code, or undefined for anyone else's diagnostic. */
export function kindOfDiagnostic(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
