import * as vscode from 'vscode';
import { plural } from '../server/plural';
import { CONFLICT_KINDS, type Finding } from '../engine';
import { COMMAND } from './commandIds';
import type { DiagnosticsController } from './diagnostics';

export interface FindingCounts {
  supported: number;
  conflicts: number;
  unverified: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  return {
    supported: findings.filter((finding) => finding.kind === 'supported').length,
    conflicts: findings.filter((finding) => CONFLICT_KINDS.includes(finding.kind)).length,
    unverified: findings.filter((finding) => finding.kind === 'unverified-quote').length,
  };
}

/** Counts for the active draft; a click opens the Problems panel. Hidden when the active editor is not a draft. */
export class FactStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('factDesk.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Fact Desk';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.diagnostics.isDraft(document)) {
      this.item.hide();
      return;
    }
    if (!this.diagnostics.isEnabledFor(document)) {
      this.item.text = '$(circle-slash) Fact Desk off';
      this.item.tooltip = 'Fact Desk is not checking this draft. Run “Fact Desk: Toggle Checking” to turn it on.';
      this.item.command = COMMAND.toggleChecking;
      this.item.show();
      return;
    }
    const result = this.diagnostics.resultFor(document.uri);
    const counts = countFindings(result?.findings ?? []);
    this.item.command = 'workbench.actions.view.problems';
    this.item.text = `$(pass) ${counts.supported} $(warning) ${counts.conflicts} $(question) ${counts.unverified}${result?.capMessage ? ' $(alert)' : ''}`;
    const tooltip = new vscode.MarkdownString(
      `**Fact Desk** on this draft: ${counts.supported} supported, ${counts.conflicts} conflicting with the record, ${plural(counts.unverified, 'unverified quote')}` +
        `${result?.ignored.length ? `, ${result.ignored.length} ignored` : ''}.\n\nClick to open the Problems panel.`,
    );
    if (result?.capMessage) tooltip.appendMarkdown(`\n\n$(alert) ${result.capMessage}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
