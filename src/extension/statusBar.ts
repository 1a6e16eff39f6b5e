import * as vscode from 'vscode';
import { plural } from '../server/plural';
import { CONFLICT_KINDS, type Finding } from '../engine';
import { COMMAND } from './commandIds';
import { readSettings, type FactDeskSettings } from './config';
import type { DiagnosticsController } from './diagnostics';

export interface FindingCounts {
  supported: number;
  conflicts: number;
  unverified: number;
}

/**
 * Counts findings by verdict. With `settings`, kinds turned off (severity `off`) are not counted,
 * so the counts are those of the diagnostics and decorations the writer sees; ignored claims are
 * never in `findings` (the server keeps them apart).
 */
export function countFindings(findings: readonly Finding[], settings?: FactDeskSettings): FindingCounts {
  const shown = settings ? findings.filter((finding) => settings.severity[finding.kind] !== 'off') : findings;
  return {
    supported: shown.filter((finding) => finding.kind === 'supported').length,
    conflicts: shown.filter((finding) => CONFLICT_KINDS.includes(finding.kind)).length,
    unverified: shown.filter((finding) => finding.kind === 'unverified-quote').length,
  };
}

/** The status bar's words for the counts: "Fact Desk: 5 sourced, 2 to fix, 1 unsourced". */
export function statusText(counts: FindingCounts): string {
  return `Fact Desk: ${counts.supported} sourced, ${counts.conflicts} to fix, ${counts.unverified} unsourced`;
}

/** The tooltip's sentence, with each count's noun in the right number. */
export function statusSentence(counts: FindingCounts, ignored: number): string {
  const parts = [
    `${plural(counts.supported, 'claim')} backed by the corpus`,
    `${plural(counts.conflicts, 'claim')} that ${counts.conflicts === 1 ? 'conflicts' : 'conflict'} with the record`,
    `${plural(counts.unverified, 'quotation')} with no source in the corpus`,
  ];
  if (ignored) parts.push(`${plural(ignored, 'claim')} ignored (not counted)`);
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
}

/**
 * Counts for the active draft in words, so it cannot be taken for VS Code's own problem counter
 * beside it; the "to fix" and "unsourced" counts are the draft's Fact Desk rows in the Problems
 * panel. A click opens the Problems panel. Hidden when the active editor is not a draft.
 */
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
    const counts = countFindings(result?.findings ?? [], readSettings(document.uri));
    this.item.command = 'workbench.actions.view.problems';
    this.item.text = result ? `${statusText(counts)}${result.capMessage ? ' $(alert)' : ''}` : 'Fact Desk: checking…';
    const tooltip = new vscode.MarkdownString(
      `**Fact Desk** on this draft: ${statusSentence(counts, result?.ignored.length ?? 0)}\n\nClick to open the Problems panel.`,
    );
    if (result?.capMessage) tooltip.appendMarkdown(`\n\n$(alert) ${result.capMessage}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: `${statusText(counts)}. ${statusSentence(counts, result?.ignored.length ?? 0)}`,
      role: 'button',
    };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
