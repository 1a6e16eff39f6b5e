// The foundation's smoke test: the extension under test is installed in this VS Code, activates
// when a Markdown draft opens (onLanguage:markdown, nothing earlier forced it), and registers every
// command its manifest contributes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'fact-desk.fact-desk';

/** Extensions expose no activation event, so poll isActive with a deadline (never a bare sleep). */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function sampleDraftUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens a copy of samples/ as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, 'draft.md');
}

describe('Fact Desk smoke', () => {
  it('is installed in this VS Code', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.equal(extension.packageJSON.name, 'fact-desk');
    assert.equal(extension.packageJSON.displayName, 'Fact Desk');
  });

  it('activates when samples/draft.md is opened, not before', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // index.ts runs this file first, in a window with a folder but no editor: narrow activation
    // means Fact Desk is still asleep here.
    assert.equal(extension.isActive, false, 'Fact Desk activated before any Markdown or text document was opened');
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    await waitUntil(() => extension.isActive, 'Fact Desk to activate');
    assert.equal((extension.exports as { platform?: string } | undefined)?.platform, 'node');
  });

  it('registers every command it contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = ((extension.packageJSON.contributes?.commands ?? []) as { command: string }[]).map(
      (entry) => entry.command,
    );
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    for (const command of contributed) assert.match(command, /^factDesk\./);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
      'contributed commands that the extension did not register',
    );
  });
});
