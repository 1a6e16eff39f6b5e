// A long draft's findings where the writer is looking first: the slice of diagnostics an editor shows
// is handed to VS Code before the others, and supported claims are drawn only near what an editor
// shows (again as it scrolls), while the overview ruler marks them over the whole draft.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLICE_SIZE } from '../../src/extension/diagnosticSlices';
import { covers, overlapping } from '../../src/extension/visibleFirst';
import {
  closeAllEditors,
  describeRange,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  readText,
  sampleDraftUri,
  waitFor,
  waitForCheck,
} from './helpers';

/** The sample draft's body `copies` times: 19 findings a copy. */
async function longDraft(copies: number): Promise<string> {
  const body = (await readText(sampleDraftUri())).replace(/^---[\s\S]*?---\n/, '');
  return Array.from({ length: copies }, (_, index) => `## Section ${index + 1}\n\n${body}`).join('\n\n');
}

/** Scrolls `editor` so that `line` is at the top, and waits until it shows it. */
async function scrollTo(editor: vscode.TextEditor, line: number): Promise<void> {
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  await waitFor(
    vscode.window.onDidChangeTextEditorVisibleRanges,
    () => editor.visibleRanges.some((range) => range.start.line <= line && line <= range.end.line),
    `the editor scrolled to line ${line}`,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; it shows ${editor.visibleRanges.map(describeRange).join(', ')}`);
  });
}

describe('A long draft: what the editor shows first', function () {
  this.timeout(120_000);
  let held: vscode.Disposable | undefined;

  afterEach(async () => {
    held?.dispose();
    held = undefined;
    await closeAllEditors();
  });

  it('a publication for a draft scrolled to its end sets the slice on screen first, then the others', async () => {
    const api = await factDesk();
    const document = await openDraft(await longDraft(16));
    await waitForCheck(document, 60_000);
    const before = factDeskDiagnostics(document.uri);
    assert.ok(before.length > SLICE_SIZE, `${before.length} diagnostics, more than one slice`);
    const editor = vscode.window.activeTextEditor!;
    await scrollTo(editor, before[before.length - 1].range.start.line - 5);
    held = api.diagnostics.holdPublications();
    // A line at the top moves every finding two lines down: each slice shows whether it is the new one.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Updated.\n\n'), {
      undoStopBefore: true,
      undoStopAfter: true,
    });
    const lastLine = before[before.length - 1].range.start.line;
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => factDeskDiagnostics(document.uri).at(-1)?.range.start.line === lastLine + 2,
      'the last slice (on screen) of the edited version',
      60_000,
    );
    assert.equal(api.diagnostics.isPublishing(document.uri), true, 'the other slices are still to come');
    assert.equal(
      factDeskDiagnostics(document.uri)[0].range.start.line,
      before[0].range.start.line,
      'the first slice (off screen) is still the older version’s',
    );
    held.dispose();
    await waitForCheck(document);
    const result = api.diagnostics.resultFor(document.uri)!;
    assert.deepEqual(
      factDeskDiagnostics(document.uri).map((diagnostic) => diagnostic.message),
      result.findings.map((finding) => finding.message),
      'every diagnostic, in the order published',
    );
    assert.equal(factDeskDiagnostics(document.uri)[0].range.start.line, before[0].range.start.line + 2);
  });

  it('a draft scrolled to its end and closed while its slices are handed over: none of them come back', async () => {
    const api = await factDesk();
    const document = await openDraft(await longDraft(16));
    await waitForCheck(document, 60_000);
    const editor = vscode.window.activeTextEditor!;
    const lastLine = factDeskDiagnostics(document.uri).at(-1)!.range.start.line;
    await scrollTo(editor, lastLine - 5);
    held = api.diagnostics.holdPublications();
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Updated.\n\n'));
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => factDeskDiagnostics(document.uri).at(-1)?.range.start.line === lastLine + 2,
      'the slice on screen of the edited version',
      60_000,
    );
    const uri = document.uri;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => factDeskDiagnostics(uri).length === 0,
      'the closed draft cleared',
    );
    assert.equal(api.diagnostics.isPublishing(uri), false, 'the clear cancelled the pending slices');
    held.dispose();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(factDeskDiagnostics(uri), [], 'no slice of the closed draft came back');
  });

  it('supported claims are drawn near what the editor shows, again as it scrolls; the overview ruler marks them all', async () => {
    const api = await factDesk();
    const document = await openDraft(await longDraft(16));
    await waitForCheck(document, 60_000);
    const editor = vscode.window.activeTextEditor!;
    const claims = () =>
      factDeskDiagnostics(document.uri)
        .filter((diagnostic) => kindOf(diagnostic) === 'supported')
        .map((diagnostic) => diagnostic.range);
    const all = claims();
    assert.deepEqual(api.supportedDecorations.current(document.uri).ranges.map(describeRange), all.map(describeRange));
    /** The claims that overlap the band drawn, which covers what the editor shows (and is what drawnBand gave for it). */
    const expected = () => {
      const { band } = api.supportedDecorations.drawn(editor);
      const visible = editor.visibleRanges.map((range) => ({ from: range.start.line, to: range.end.line }));
      assert.ok(covers(band, visible), `${JSON.stringify(band)} covers ${JSON.stringify(visible)}`);
      const from = document.offsetAt(new vscode.Position(band.from, 0));
      const to = document.offsetAt(document.lineAt(band.to).rangeIncludingLineBreak.end);
      const offsets = all.map((range) => ({
        start: document.offsetAt(range.start),
        end: document.offsetAt(range.end),
        range,
      }));
      return overlapping(offsets, from, to).map((claim) => describeRange(claim.range));
    };

    const atTop = api.supportedDecorations.drawn(editor).lines.map(describeRange);
    assert.deepEqual(atTop, expected());
    assert.ok(atTop.length > 0 && atTop.length < all.length / 2, `${atTop.length} of ${all.length} drawn at the top`);
    assert.ok(atTop.includes(describeRange(all[0])), 'the first claim is drawn');

    // The overview ruler: every claim's line inside a mark, and fewer marks than claims.
    const ruler = api.supportedDecorations.drawn(editor).ruler;
    for (const range of all)
      assert.ok(
        ruler.some((mark) => mark.start.line <= range.start.line && range.end.line <= mark.end.line),
        `the claim at ${describeRange(range)} has a mark in the overview ruler`,
      );
    assert.ok(ruler.length < all.length, `${ruler.length} marks for ${all.length} claims`);

    await scrollTo(editor, all[all.length - 1].start.line - 5);
    await waitFor(
      vscode.window.onDidChangeTextEditorVisibleRanges,
      () =>
        api.supportedDecorations
          .drawn(editor)
          .lines.map(describeRange)
          .includes(describeRange(all.at(-1)!)),
      'the last claim drawn once scrolled to',
    );
    const atEnd = api.supportedDecorations.drawn(editor).lines.map(describeRange);
    assert.deepEqual(atEnd, expected());
    assert.ok(!atEnd.includes(describeRange(all[0])), 'the first claim, far above, is not drawn any more');
    assert.equal(api.supportedDecorations.drawn(editor).ruler, ruler, 'scrolling leaves the overview ruler as it was');
  });
});
