// "Look Up Statement...": the real QuickPick, driven by the workbench's own accept command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatCitation } from '../../src/engine';
import { closeAllEditors, factDesk, openDraft } from './helpers';

/** Runs the lookup with a query, waits for the QuickPick to show it, and returns it with the command's promise. */
async function startLookup(query: string): Promise<{ quickPick: vscode.QuickPick<vscode.QuickPickItem>; done: Thenable<string | undefined> }> {
  const api = await factDesk();
  const shown = new Promise<vscode.QuickPick<vscode.QuickPickItem>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the lookup QuickPick did not show')), 20_000);
    const subscription = api.lookup.onDidShow((quickPick) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(quickPick);
    });
  });
  const done = vscode.commands.executeCommand<string | undefined>('factDesk.lookUpStatement', { query });
  return { quickPick: await shown, done };
}

describe('Look Up Statement', () => {
  afterEach(closeAllEditors);

  it('finds a statement by speaker and words; each item shows date and outlet', async () => {
    await openDraft('');
    const { quickPick, done } = await startLookup('Rubio concessions');
    try {
      const first = quickPick.items[0];
      assert.ok(first.label.startsWith('“It will require both sides to make concessions'), first.label);
      assert.equal(first.description, 'Marco Rubio');
      assert.match(first.detail ?? '', /^Sunday 17 August 2025 · CBS’s Face the Nation · /);
    } finally {
      quickPick.hide();
    }
    assert.equal(await done, undefined, 'dismissing inserts nothing');
  });

  it('searches by outlet and by date too', async () => {
    for (const [query, expectedSpeaker] of [
      ['Fox News Sunday Article 5', 'Steve Witkoff'],
      ['Munich Security Conference February 2025 peace', 'Volodymyr Zelensky'],
    ]) {
      const { quickPick, done } = await startLookup(query);
      const speakers = quickPick.items.slice(0, 3).map((item) => item.description);
      quickPick.hide();
      await done;
      assert.ok(speakers.includes(expectedSpeaker), `${query}: ${speakers.join(', ')}`);
    }
  });

  it('Enter inserts the quote with attribution and date at the cursor, in one undo step', async () => {
    const document = await openDraft('Rubio said: \n');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    const { done } = await startLookup('Rubio concessions');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const citation = await done;
    const api = await factDesk();
    assert.equal(citation, formatCitation(api.corpus.statement('rubio-both-sides-concessions')!, api.corpus.corpus));
    assert.match(citation!, /Marco Rubio said .*CBS’s Face the Nation \(Sunday 17 August 2025; /);
    assert.equal(document.getText(), `Rubio said: ${citation}\n`);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), 'Rubio said: \n');
  });
});
