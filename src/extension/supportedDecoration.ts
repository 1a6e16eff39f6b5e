import * as vscode from 'vscode';
import { SECTION } from './config';
import type { DiagnosticsController, DraftResult } from './diagnostics';
import { covers, drawnBand, overlapping, rulerGap, rulerSpans, type LineSpan, type OffsetRange } from './visibleFirst';

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
 *
 * Lines are drawn only where an editor shows the draft and a screen's worth on either side
 * (`drawnBand`), again when it scrolls past that; a 20,000-word draft has hundreds of supported claims,
 * and each result would otherwise hand them all to the editor. The overview ruler covers the whole
 * draft, its marks merged where claims are close together (`rulerSpans`).
 */
export class SupportedDecorations implements vscode.Disposable {
  private readonly types: Record<Exclude<SupportedDecorationStyle, 'off'>, vscode.TextEditorDecorationType> = {
    underline: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('factDesk.supportedClaimBorder'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    subtle: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      borderColor: new vscode.ThemeColor('factDesk.supportedClaimBorder'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
  /** The overview ruler's marks for the `underline` style, over the whole draft. */
  private readonly ruler = vscode.window.createTextEditorDecorationType({
    overviewRulerColor: new vscode.ThemeColor('factDesk.supportedClaimOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /** What each draft marks now (every supported claim, wherever it is drawn), for the tests and the API. */
  private readonly shown = new Map<string, { style: SupportedDecorationStyle; claims: readonly OffsetRange[] }>();
  /** Per editor: the result and style it was drawn for, the lines drawn, and what was handed to it. */
  private readonly drawnIn = new WeakMap<
    vscode.TextEditor,
    {
      result: DraftResult | undefined;
      style: SupportedDecorationStyle;
      band: LineSpan;
      lines: vscode.Range[];
      ruler: vscode.Range[];
    }
  >();
  /** Each result's supported claims, in order (a result is replaced, never changed). */
  private readonly claimsOf = new WeakMap<DraftResult, OffsetRange[]>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.disposables = [
      this.types.underline,
      this.types.subtle,
      this.ruler,
      diagnostics.onDidUpdate((uri) => {
        for (const editor of vscode.window.visibleTextEditors)
          if (editor.document.uri.toString() === uri.toString()) this.apply(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.apply(editor))),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.scrolled(event.textEditor)),
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

  /** The style and ranges of supported claims marked in a draft now (every one, drawn or not yet scrolled to). */
  current(uri: vscode.Uri): { style: SupportedDecorationStyle; ranges: vscode.Range[] } {
    const shown = this.shown.get(uri.toString());
    if (!shown) return { style: supportedDecorationStyle(uri), ranges: [] };
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    return {
      style: shown.style,
      ranges: document
        ? shown.claims.map(
            (claim) => new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)),
          )
        : [],
    };
  }

  /** What an editor was handed last: the claims drawn, the lines they were drawn for (near what it shows), and the overview ruler's marks. */
  drawn(editor: vscode.TextEditor): { lines: vscode.Range[]; band: LineSpan; ruler: vscode.Range[] } {
    const drawn = this.drawnIn.get(editor);
    return { lines: drawn?.lines ?? [], band: drawn?.band ?? { from: 0, to: -1 }, ruler: drawn?.ruler ?? [] };
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  /** An editor scrolled: draws the lines near what it shows now, once it shows lines past those drawn. */
  private scrolled(editor: vscode.TextEditor): void {
    const drawn = this.drawnIn.get(editor);
    if (!drawn || covers(drawn.band, visibleLines(editor))) return;
    this.apply(editor, false);
  }

  /** Draws a draft's supported claims near what `editor` shows, and (with `ruler`) the overview ruler's marks. */
  private apply(editor: vscode.TextEditor, ruler = true): void {
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
    const claims = off ? [] : this.claims(result);
    const band = drawnBand(visibleLines(editor), document.lineCount);
    const from = document.offsetAt(new vscode.Position(band.from, 0));
    const to = document.offsetAt(document.lineAt(band.to).rangeIncludingLineBreak.end);
    const lines = overlapping(claims, from, to).map(
      (claim) => new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)),
    );
    for (const [name, type] of Object.entries(this.types)) editor.setDecorations(type, name === style ? lines : []);
    const previous = this.drawnIn.get(editor);
    let marks = previous?.ruler ?? [];
    if (ruler || !previous) {
      marks = style === 'underline' ? rulerMarks(document, claims) : [];
      editor.setDecorations(this.ruler, marks);
    }
    this.drawnIn.set(editor, { result, style, band, lines, ruler: marks });
    this.shown.set(document.uri.toString(), { style, claims });
  }

  private claims(result: DraftResult): OffsetRange[] {
    let claims = this.claimsOf.get(result);
    if (!claims) {
      claims = result.findings
        .filter((finding) => finding.kind === 'supported')
        .map((finding) => ({ start: finding.range.start, end: finding.range.end }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      this.claimsOf.set(result, claims);
    }
    return claims;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.shown.clear();
  }
}

function visibleLines(editor: vscode.TextEditor): LineSpan[] {
  return editor.visibleRanges.map((range) => ({ from: range.start.line, to: range.end.line }));
}

/** The overview ruler's marks for claims (in order): whole lines, merged where close (rulerSpans). */
function rulerMarks(document: vscode.TextDocument, claims: readonly OffsetRange[]): vscode.Range[] {
  const lines = claims
    .map((claim) => ({ from: document.positionAt(claim.start).line, to: document.positionAt(claim.end).line }))
    .sort((a, b) => a.from - b.from);
  return rulerSpans(lines, rulerGap(document.lineCount)).map(
    (span) => new vscode.Range(span.from, 0, span.to, document.lineAt(span.to).range.end.character),
  );
}
