import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { COMMAND } from './commandIds';
import { kindOfDiagnostic, toRange } from './conversions';
import type { DiagnosticsController } from './diagnostics';

/**
 * Quick fixes for Fact Desk diagnostics, found through the diagnostic's code (the finding's kind) and
 * range: the engine's correction as one WorkspaceEdit (one undo step), and "Ignore this claim".
 */
export class FactCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const finding = this.findingFor(document, diagnostic);
      if (!finding) continue;
      if (finding.fix) {
        const fix = new vscode.CodeAction(finding.fix.label, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(document.uri, toRange(document, finding.fix.range), finding.fix.text);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        actions.push(fix);
      }
      const ignore = new vscode.CodeAction('Ignore this claim', vscode.CodeActionKind.QuickFix);
      ignore.command = { command: COMMAND.ignoreClaim, title: 'Ignore this claim', arguments: [document.uri, finding] };
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
    }
    return actions;
  }

  /** The finding behind one of our diagnostics: same kind, same range in the current text. */
  private findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const kind = kindOfDiagnostic(diagnostic);
    if (!kind) return undefined;
    const result = this.diagnostics.resultFor(document.uri);
    return result?.findings.find((finding) => finding.kind === kind && toRange(document, finding.range).isEqual(diagnostic.range));
  }
}
