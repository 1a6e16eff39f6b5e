// Quick fixes through the real code-action machinery: every finding with a correction offers it,
// applying it changes the text in one undo step and the diagnostic goes; "Ignore this claim" writes
// .factdesk/ignore.json and the diagnostic goes. Runs on an untitled copy: samples/ is never edited.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  readText,
  sampleDraftUri,
  waitForCheck,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

/**
 * The quick fixes VS Code offers on a diagnostic's range. The main thread learns of new diagnostics a
 * moment after the extension sets them, and cancels requests that race an update, so this polls (with
 * a deadline) until the offer includes `wanted`. (Actions come back without their diagnostics, so
 * they are matched by title.)
 */
async function actionsFor(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  wanted = 'Ignore this claim',
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    let actions: vscode.CodeAction[] = [];
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
    } catch (error) {
      if (!String(error).includes('Canceled')) throw error;
    }
    if (actions.some((action) => action.title === wanted) || Date.now() > deadline) return actions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Quick fixes on the sample draft', () => {
  let sampleText: string;

  before(async () => {
    sampleText = await readText(sampleDraftUri());
  });
  afterEach(closeAllEditors);

  it('every finding with a correction offers it, and "Ignore this claim" is offered for every finding', async () => {
    const document = await openDraft(sampleText);
    const api = await waitForCheck(document);
    const result = api.diagnostics.resultFor(document.uri)!;
    const diagnostics = factDeskDiagnostics(document.uri);
    assert.ok(
      result.findings.some((finding) => finding.fix),
      'the sample draft has findings with corrections',
    );
    for (const diagnostic of diagnostics) {
      const finding = result.findings.find(
        (f) => f.kind === kindOf(diagnostic) && document.positionAt(f.range.start).isEqual(diagnostic.range.start),
      )!;
      const titles = (await actionsFor(document, diagnostic, finding.fix?.label)).map((action) => action.title);
      // Exactly one "Ignore this claim" per Fact Desk diagnostic on the range, and the correction when there is one.
      const onRange = diagnostics.filter((d) => d.range.intersection(diagnostic.range) !== undefined).length;
      assert.equal(
        titles.filter((title) => title === 'Ignore this claim').length,
        onRange,
        `${kindOf(diagnostic)} at line ${diagnostic.range.start.line + 1}: ${titles.join(', ')}`,
      );
      if (finding.fix) assert.equal(titles[0], finding.fix.label, `the correction comes first: ${titles.join(', ')}`);
    }
  });

  it("the misquote's fixes answer anywhere in the quotation, not only on the underlined word", async () => {
    const document = await openDraft(sampleText);
    await waitForCheck(document);
    const quoteStart = document.getText().indexOf('It’s just a fact, and there are things that maybe Ukraine');
    const misquote = factDeskDiagnostics(document.uri).find((d) => kindOf(d) === 'misquote')!;
    assert.equal(document.getText(misquote.range), 'Ukraine');
    const cursor = document.positionAt(quoteStart + 5);
    assert.ok(!misquote.range.contains(cursor));
    const deadline = Date.now() + 10_000;
    let titles: string[] = [];
    while (!titles.includes('Replace “Ukraine” with “Russia”') && Date.now() < deadline) {
      try {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          new vscode.Range(cursor, cursor),
          vscode.CodeActionKind.QuickFix.value,
        );
        titles = actions.map((action) => action.title);
      } catch (error) {
        if (!String(error).includes('Canceled')) throw error;
      }
      if (!titles.includes('Replace “Ukraine” with “Russia”')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(titles, ['Replace “Ukraine” with “Russia”', 'Ignore this claim']);
    // The fix replaces the whole quotation, as the record has it.
    const action = (
      await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        new vscode.Range(cursor, cursor),
        vscode.CodeActionKind.QuickFix.value,
      )
    ).find((a) => a.title === 'Replace “Ukraine” with “Russia”')!;
    const [[, edits]] = action.edit!.entries();
    assert.equal(
      edits[0].newText,
      'It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.',
    );
    assert.equal(
      document.getText(edits[0].range),
      'It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up.',
    );
  });

  it('each correction’s title says what changes, and the speaker fix names her as a second reference', async () => {
    const document = await openDraft(sampleText);
    const api = await waitForCheck(document);
    const offered: string[] = [];
    for (const finding of api.diagnostics.resultFor(document.uri)!.findings.filter((f) => f.fix)) {
      const diagnostic = factDeskDiagnostics(document.uri).find(
        (d) => kindOf(d) === finding.kind && d.range.start.isEqual(document.positionAt(finding.range.start)),
      )!;
      const action = (await actionsFor(document, diagnostic, finding.fix!.label)).find(
        (candidate) => candidate.title === finding.fix!.label,
      );
      assert.ok(action, finding.fix!.label);
      offered.push(`${action.title} → ${finding.fix!.text.slice(0, 24)}`);
    }
    assert.deepEqual(offered, [
      'Change “CNN” to “Fox News Sunday” → Fox News Sunday',
      'Change “two” to “three” → three',
      'Change “Saturday” to “Sunday” → Sunday',
      'Replace “Ukraine” with “Russia” → It’s just a fact, and th',
      // The draft named Ursula von der Leyen in full earlier: the surname, capitalised at the sentence start.
      'Change the speaker to Ursula von der Leyen → Von der Leyen',
      'Change “60” to “90” → 90',
    ]);
  });

  it('applying each correction changes the text, removes its diagnostic, and is one undo step', async () => {
    const probe = await openDraft(sampleText);
    const api = await waitForCheck(probe);
    const fixable = api.diagnostics.resultFor(probe.uri)!.findings.filter((finding) => finding.fix);
    await closeAllEditors();
    assert.ok(fixable.length >= 4, `expected several fixable findings, got ${fixable.length}`);

    for (const finding of fixable) {
      // A fresh copy per fix, so every correction is tested on the text the engine judged.
      const document = await openDraft(sampleText);
      await waitForCheck(document);
      const diagnostic = factDeskDiagnostics(document.uri).find(
        (d) => kindOf(d) === finding.kind && d.range.start.isEqual(document.positionAt(finding.range.start)),
      );
      assert.ok(diagnostic, `diagnostic for ${finding.kind} “${finding.claim}”`);
      const action = (await actionsFor(document, diagnostic, finding.fix!.label)).find(
        (candidate) => candidate.title === finding.fix!.label,
      );
      assert.ok(action?.edit, `quick fix “${finding.fix!.label}”`);
      assert.ok(await vscode.workspace.applyEdit(action.edit));

      const expectedText =
        sampleText.slice(0, finding.fix!.range.start) + finding.fix!.text + sampleText.slice(finding.fix!.range.end);
      assert.equal(document.getText(), expectedText, `text after “${finding.fix!.label}”`);
      const sameClaimStillFlagged = (list: vscode.Diagnostic[]) =>
        list.some(
          (d) =>
            kindOf(d) === finding.kind &&
            d.range.start.line === diagnostic.range.start.line &&
            d.message === diagnostic.message,
        );
      await waitForCheck(document);
      assert.ok(
        !sameClaimStillFlagged(factDeskDiagnostics(document.uri)),
        `the ${finding.kind} diagnostic is gone after “${finding.fix!.label}”`,
      );

      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), sampleText, `one undo restores the draft after “${finding.fix!.label}”`);
      await closeAllEditors();
    }
  });

  it('"Ignore this claim" stores the suppression in .factdesk/ignore.json and the diagnostic goes away', async () => {
    const ignoreFile = vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'ignore.json');
    const document = await openDraft(sampleText);
    await waitForCheck(document);
    const unverified = factDeskDiagnostics(document.uri).find((d) => kindOf(d) === 'unverified-quote');
    assert.ok(unverified);
    const ignore = (await actionsFor(document, unverified)).find((action) => action.title === 'Ignore this claim');
    assert.ok(ignore?.command);
    try {
      // The quick fix's own arguments, plus an empty reason so no input box waits for a person.
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []), { reason: '' });
      await waitForDiagnostics(
        document.uri,
        (list) => !list.some((d) => kindOf(d) === 'unverified-quote'),
        'the ignored claim to disappear',
      );
      const stored = JSON.parse(await readText(ignoreFile));
      assert.equal(stored.version, 1);
      assert.deepEqual(
        stored.ignored.map((entry: { kind: string; claim: string }) => [entry.kind, entry.claim]),
        [['unverified-quote', 'Nobody in Europe will sign off on a deal that rewards aggression,']],
      );
      const api = await factDesk();
      assert.equal(
        api.diagnostics.resultFor(document.uri)?.ignored.length,
        1,
        'the report still sees the ignored claim',
      );
    } finally {
      await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
      await (await factDesk()).suppressions.reload();
    }
    await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => kindOf(d) === 'unverified-quote'),
      'the claim checked again once the suppression file is gone',
    );
  });
});
