// A long draft's diagnostics reach VS Code a slice at a time, each in a task of its own (so the
// extension host answers between them). What the writer sees must not change: every diagnostic, in
// the order published; and a publication superseded while its slices are still being handed over
// (the draft deleted, or edited) never comes back, in the Problems panel or in the extension's results.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLICE_SIZE } from '../../src/extension/diagnosticSlices';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  openDraft,
  readText,
  sampleDraftUri,
  waitFor,
  waitForCheck,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';
import type { FactDeskApi } from '../../src/extension/activate';

/** The sample draft's body `copies` times: 19 findings a copy, so 16 copies make two slices. */
async function longDraft(copies: number): Promise<string> {
  const body = (await readText(sampleDraftUri())).replace(/^---[\s\S]*?---\n/, '');
  return Array.from({ length: copies }, (_, index) => `## Section ${index + 1}\n\n${body}`).join('\n\n');
}

/**
 * Resolves once a publication for `uri` has shown its first slice and holds the rest. A publication
 * is pending from the moment it is handed over, a task before its first slice is set, and another
 * change of diagnostics (another document's, another extension's) can fire in that task: so wait for
 * the slice itself, not only for the pending publication.
 */
function staged(api: FactDeskApi, uri: vscode.Uri, what: string): Promise<void> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => api.diagnostics.isPublishing(uri) && factDeskDiagnostics(uri).length > 0,
    what,
    60_000,
  );
}

/** One macrotask, so that anything a released slice scheduled has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('Diagnostics handed to VS Code a slice at a time', function () {
  this.timeout(120_000);
  const folder = () => vscode.Uri.joinPath(workspaceFolder(), 'slices');
  let held: vscode.Disposable | undefined;

  afterEach(async () => {
    held?.dispose();
    held = undefined;
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('a long draft: each slice in its own task, every diagnostic in the order published, the result current once all are shown', async () => {
    const api = await factDesk();
    held = api.diagnostics.holdPublications();
    const document = await openDraft(await longDraft(16));
    await staged(api, document.uri, 'the first slice');
    assert.equal(factDeskDiagnostics(document.uri).length, SLICE_SIZE, 'only the first slice is shown');
    assert.equal(api.diagnostics.resultFor(document.uri), undefined, 'the result is not current before all are shown');
    held.dispose();
    await waitForCheck(document);
    const result = api.diagnostics.resultFor(document.uri)!;
    const shown = factDeskDiagnostics(document.uri);
    assert.ok(shown.length > SLICE_SIZE, `${shown.length} diagnostics, more than one slice`);
    // Every finding a diagnostic, in the server's order (by position), across the slices' collections.
    assert.deepEqual(
      shown.map((diagnostic) => diagnostic.message),
      result.findings.map((finding) => finding.message),
    );
    const starts = shown.map((diagnostic) => document.offsetAt(diagnostic.range.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  it('a draft deleted while its diagnostics are still being handed over: none of them come back', async () => {
    const api = await factDesk();
    const uri = vscode.Uri.joinPath(folder(), 'deleted-midway.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await longDraft(16)));
    held = api.diagnostics.holdPublications();
    // Its promise waits for a result that the deletion supersedes: not awaited.
    void api.diagnostics.checkFile(uri).then(undefined, () => undefined);
    await staged(api, uri, 'the first slice of the draft checked from disk');
    assert.equal(factDeskDiagnostics(uri).length, SLICE_SIZE);
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(uri);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0, 'the deleted draft cleared');
    assert.equal(api.diagnostics.isPublishing(uri), false, 'the clear cancelled the pending slices');
    held.dispose();
    await nextTask();
    assert.deepEqual(factDeskDiagnostics(uri), [], 'no slice of the deleted draft came back');
    assert.equal(api.diagnostics.resultFor(uri), undefined, 'its result did not come back');
  });

  it('a draft edited while its diagnostics are still being handed over: the newer version replaces them, the older result never becomes current', async () => {
    const api = await factDesk();
    held = api.diagnostics.holdPublications();
    const document = await openDraft(await longDraft(16));
    const first = document.version;
    await staged(api, document.uri, 'the first slice of the first version');
    const firstLine = factDeskDiagnostics(document.uri)[0].range.start.line;
    const versionsMadeCurrent: number[] = [];
    const subscription = api.diagnostics.onDidUpdate((uri) => {
      if (uri.toString() === document.uri.toString())
        versionsMadeCurrent.push(api.diagnostics.resultFor(uri)?.version ?? -2);
    });
    try {
      await vscode.window.activeTextEditor!.edit((builder) =>
        builder.insert(new vscode.Position(0, 0), 'Updated.\n\n'),
      );
      assert.ok(document.version > first);
      // Every range two lines down: the newer version's first slice is shown, the rest held.
      await waitFor(
        vscode.languages.onDidChangeDiagnostics,
        () => factDeskDiagnostics(document.uri)[0]?.range.start.line === firstLine + 2,
        'the first slice of the edited version',
        60_000,
      );
      held.dispose();
      await waitForCheck(document);
      await nextTask();
    } finally {
      subscription.dispose();
    }
    assert.deepEqual(versionsMadeCurrent, [document.version], 'only the edited version became current');
    const result = api.diagnostics.resultFor(document.uri)!;
    assert.deepEqual(
      factDeskDiagnostics(document.uri).map((diagnostic) => diagnostic.message),
      result.findings.map((finding) => finding.message),
    );
  });
});
