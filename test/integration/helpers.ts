// Shared by Fact Desk's integration tests: reach the extension, open drafts, and wait on events
// (onDidChangeDiagnostics and friends) with a timeout, never a bare sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactDeskApi } from '../../src/extension/activate';

export const EXTENSION_ID = 'fact-desk.fact-desk';

export async function factDesk(): Promise<FactDeskApi> {
  const extension = vscode.extensions.getExtension<FactDeskApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens a copy of samples/ as the workspace folder');
  return folder.uri;
}

export function sampleDraftUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), 'draft.md');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Resolves when `predicate` holds, checking now and on every `event`; rejects after `timeoutMs`. */
export function waitFor<T>(
  event: vscode.Event<T>,
  predicate: () => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

export function factDeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Fact Desk');
}

export function kindOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/**
 * Waits until Fact Desk has published diagnostics for `uri` that satisfy `predicate` (by default:
 * any result at all, for the document's current version).
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = `Fact Desk diagnostics on ${uri.toString()}`,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  await waitFor(vscode.languages.onDidChangeDiagnostics, () => predicate(factDeskDiagnostics(uri)), what, timeoutMs);
  return factDeskDiagnostics(uri);
}

/** Waits until the extension has checked the current version of a document. */
export async function waitForCheck(document: vscode.TextDocument, timeoutMs = 20_000): Promise<FactDeskApi> {
  const api = await factDesk();
  await waitFor(
    api.diagnostics.onDidUpdate,
    () => api.diagnostics.resultFor(document.uri)?.version === document.version,
    `a check of version ${document.version} of ${document.uri.toString()}`,
    timeoutMs,
  );
  return api;
}

export async function openDraft(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document);
  return document;
}

/** Closes every editor, discarding unsaved untitled drafts (closeAllEditors alone would ask to save them). */
export async function closeAllEditors(): Promise<void> {
  for (let guard = 0; guard < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); guard++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Range of the n-th occurrence of `needle` in `document`, for exact range assertions. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `"${needle}" not found in the draft`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export async function updateSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('factDesk').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/**
 * Makes a change to a corpus file Fact Desk watches (write or delete it), then waits until the corpus
 * in effect reflects it: for the reload the file's watcher schedules (up to `timeoutMs` for its
 * event), then for `corpus.ready()`, which runs a scheduled reload before resolving. So no reload of
 * this change lands later, in another test. Resolves with whether the watcher's event came.
 */
export async function changeCorpusFile(change: () => Thenable<unknown>, timeoutMs = 5_000): Promise<boolean> {
  const api = await factDesk();
  await change();
  // Its event comes from the file watcher, tasks later: listened for from here, so an earlier change's event is not taken for it.
  const scheduled = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(false);
    }, timeoutMs);
    const subscription = api.corpus.onDidScheduleReload(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(true);
    });
  });
  const seen = await scheduled;
  await api.corpus.ready();
  return seen;
}
