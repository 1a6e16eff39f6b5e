import * as vscode from 'vscode';
import { SECTION } from './config';
import type { DiagnosticsController } from './diagnostics';

/** `factDesk.supportedDecoration`: how supported claims are marked in the editor. */
export type SupportedDecorationStyle = 'underline' | 'subtle' | 'off';

const STYLES: readonly SupportedDecorationStyle[] = ['underline', 'subtle', 'off'];

export function supportedDecorationStyle(scope?: vscode.ConfigurationScope): SupportedDecorationStyle {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<string>('supportedDecoration');
  return STYLES.includes(value as SupportedDecorationStyle) ? (value as SupportedDecorationStyle) : 'underline';
}

/**
 * Marks supported claims so a writer can find them (a Hint diagnostic alone is three faint dots):
 * `underline` draws a thin solid line in the theme colour `factDesk.supportedClaimBorder` and a mark
 * in the overview ruler; `subtle` a dotted line only; `off` nothing. Supported claims whose severity
 * is `off`, and ignored ones, are not marked (they are not in the result's findings or are filtered).
 */
export class SupportedDecorations implements vscode.Disposable {
  private readonly types: Record<Exclude<SupportedDecorationStyle, 'off'>, vscode.TextEditorDecorationType> = {
    underline: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('factDesk.supportedClaimBorder'),
      overviewRulerColor: new vscode.ThemeColor('factDesk.supportedClaimOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    subtle: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('factDesk.supportedClaimBorder'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
  /** What each draft shows now, for the tests and the API. */
  private readonly shown = new Map<string, { style: SupportedDecorationStyle; ranges: vscode.Range[] }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.disposables = [
      this.types.underline,
      this.types.subtle,
      diagnostics.onDidUpdate((uri) => {
        for (const editor of vscode.window.visibleTextEditors)
          if (editor.document.uri.toString() === uri.toString()) this.apply(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.apply(editor))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration(`${SECTION}.supportedDecoration`) ||
          event.affectsConfiguration(`${SECTION}.severity`)
        )
          this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.shown.delete(document.uri.toString())),
    ];
    this.refresh();
  }

  /** The style and ranges of supported claims marked in a draft now. */
  current(uri: vscode.Uri): { style: SupportedDecorationStyle; ranges: vscode.Range[] } {
    return this.shown.get(uri.toString()) ?? { style: supportedDecorationStyle(uri), ranges: [] };
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private apply(editor: vscode.TextEditor): void {
    const document = editor.document;
    const result = this.diagnostics.resultFor(document.uri);
    // Offsets of another version would land on the wrong words; VS Code moves the old marks with the edit until the new result.
    if (result && result.version !== document.version && result.version !== -1) return;
    const style = supportedDecorationStyle(document.uri);
    const off =
      !result ||
      style === 'off' ||
      vscode.workspace.getConfiguration(SECTION, document.uri).get<Record<string, string>>('severity')?.supported ===
        'off';
    const ranges = off
      ? []
      : result.findings
          .filter((finding) => finding.kind === 'supported')
          .map(
            (finding) =>
              new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end)),
          );
    for (const [name, type] of Object.entries(this.types)) editor.setDecorations(type, name === style ? ranges : []);
    this.shown.set(document.uri.toString(), { style, ranges });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.shown.clear();
  }
}
