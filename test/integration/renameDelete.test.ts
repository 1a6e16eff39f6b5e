// Renaming or deleting a draft clears its findings: from the Problems panel and from the extension's
// results (status bar, report), whether the draft is open or was checked from disk ("Check All").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  readText,
  sampleDraftUri,
  waitForCheck,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

const summary = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);

describe('Renaming or deleting a draft', () => {
  const folder = () => vscode.Uri.joinPath(workspaceFolder(), 'renames');
  let expected: string[];

  before(async () => {
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    await waitForCheck(document);
    expected = summary(factDeskDiagnostics(document.uri));
    assert.ok(expected.length >= 10, `${expected.length} diagnostics on the sample`);
    await closeAllEditors();
  });
  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  async function copyOfSample(name: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(folder(), name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await readText(sampleDraftUri())));
    return uri;
  }

  async function applied(edit: vscode.WorkspaceEdit): Promise<void> {
    assert.equal(await vscode.workspace.applyEdit(edit), true);
  }

  it('a draft checked from disk, renamed: the old name has no findings, the new name has the same', async () => {
    const api = await factDesk();
    const before = await copyOfSample('before.md');
    const after = vscode.Uri.joinPath(folder(), 'after.md');
    await api.diagnostics.checkFile(before);
    assert.deepEqual(summary(factDeskDiagnostics(before)), expected);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(before, after);
    await applied(edit);
    await waitForDiagnostics(before, (d) => d.length === 0, 'the old name cleared');
    assert.deepEqual(
      summary(await waitForDiagnostics(after, (d) => d.length === expected.length, 'the new name checked')),
      expected,
    );
    assert.equal(api.diagnostics.resultFor(before), undefined);
    assert.equal(api.diagnostics.resultFor(after)?.version, -1);
  });

  it('a draft checked from disk, deleted in the editor: its findings go', async () => {
    const api = await factDesk();
    const uri = await copyOfSample('deleted.md');
    await api.diagnostics.checkFile(uri);
    assert.deepEqual(summary(factDeskDiagnostics(uri)), expected);
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(uri);
    await applied(edit);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the deleted draft cleared');
    assert.equal(api.diagnostics.resultFor(uri), undefined);
  });

  it('a draft checked from disk, deleted outside the editor (its folder removed): its findings go', async () => {
    const api = await factDesk();
    const uri = await copyOfSample('gone.md');
    await api.diagnostics.checkFile(uri);
    assert.deepEqual(summary(factDeskDiagnostics(uri)), expected);
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the draft in the deleted folder cleared');
    assert.equal(api.diagnostics.resultFor(uri), undefined);
  });

  it('an open draft, renamed: the old name has no findings, the new name has the same', async () => {
    const before = await copyOfSample('open-before.md');
    const after = vscode.Uri.joinPath(folder(), 'open-after.md');
    const document = await vscode.workspace.openTextDocument(before);
    await vscode.window.showTextDocument(document);
    await waitForCheck(document);
    assert.deepEqual(summary(factDeskDiagnostics(before)), expected);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(before, after);
    await applied(edit);
    await waitForDiagnostics(before, (d) => d.length === 0, 'the old name cleared');
    assert.deepEqual(
      summary(await waitForDiagnostics(after, (d) => d.length === expected.length, 'the new name checked')),
      expected,
    );
  });
});
