// "Look Up Statement...": the real QuickPick, driven by the workbench's own accept command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatCitation } from '../../src/engine';
import { closeAllEditors, factDesk, openDraft, updateSetting } from './helpers';

/** Runs the lookup with a query, waits for the QuickPick to show it, and returns it with the command's promise. */
async function startLookup(
  query: string,
): Promise<{ quickPick: vscode.QuickPick<vscode.QuickPickItem>; done: Thenable<string | undefined> }> {
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

  it('finds a statement by speaker and words; each item leads with who said it, then when and where, with the whole quote below', async () => {
    await openDraft('');
    const { quickPick, done } = await startLookup('Rubio concessions');
    try {
      const first = quickPick.items[0];
      assert.equal(first.label, '$(quote) Marco Rubio');
      assert.equal(first.description, 'Sunday 17 August 2025 · said on CBS’s Face the Nation · The Washington Post');
      const api = await factDesk();
      // The whole quotation, not cut: a long quote never crowds out the speaker, who is the label.
      assert.equal(first.detail, `“${(await api.corpus.statement('rubio-both-sides-concessions'))!.text}”`);
    } finally {
      quickPick.hide();
    }
    assert.equal(await done, undefined, 'dismissing inserts nothing');
  });

  it('names the speaker on every row, however long the quote, and marks reported claims as reports', async () => {
    const { quickPick, done } = await startLookup('Zelensky');
    const items = [...quickPick.items];
    quickPick.hide();
    await done;
    assert.ok(items.length >= 5, `${items.length} items`);
    for (const item of items) assert.match(item.label, /^\$\((?:quote|note)\) \S/, item.label);
    const longest = items.reduce((a, b) => ((a.detail ?? '').length >= (b.detail ?? '').length ? a : b));
    assert.ok((longest.detail ?? '').length > 200, `${longest.detail}`);
    assert.ok(longest.label.length < 40, longest.label);
    const claim = items.find((item) => item.label.startsWith('$(note)'));
    assert.ok(claim, 'a reported claim is among the results');
    assert.match(claim.description ?? '', / · reported/);
    assert.doesNotMatch(
      claim.detail ?? '',
      /^“/,
      'a claim is the article’s words, not shown as the speaker’s quotation',
    );
  });

  it('searches by outlet and by date too', async () => {
    for (const [query, expectedSpeaker] of [
      ['Fox News Sunday Article 5', '$(quote) Steve Witkoff'],
      ['Munich Security Conference February 2025 peace', '$(quote) Volodymyr Zelensky'],
    ]) {
      const { quickPick, done } = await startLookup(query);
      const speakers = quickPick.items.slice(0, 3).map((item) => item.label);
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
    assert.equal(
      citation,
      formatCitation((await api.corpus.statement('rubio-both-sides-concessions'))!, await api.corpus.directory()),
    );
    assert.match(citation!, /Marco Rubio said .*CBS’s Face the Nation \(Sunday 17 August 2025; /);
    assert.equal(document.getText(), `Rubio said: ${citation}\n`);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), 'Rubio said: \n');
  });

  it('with factDesk.citationStyle “ap”, Enter inserts an AP-style citation dated against the draft’s own date', async () => {
    await updateSetting('citationStyle', 'ap');
    try {
      const document = await openDraft('---\ndate: 2025-08-19\n---\n\n');
      const editor = vscode.window.activeTextEditor!;
      editor.selection = new vscode.Selection(4, 0, 4, 0);
      const { done } = await startLookup('Rubio concessions');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const citation = await done;
      assert.equal(
        citation,
        '“It will require both sides to make concessions. It will require both sides to get the things they’re asking for. That’s how these deals are made, whether we like it or not,” Secretary of State Marco Rubio said Sunday on CBS’s “Face the Nation,” according to The Washington Post.',
      );
      assert.equal(document.getText(), `---\ndate: 2025-08-19\n---\n\n${citation}`);
    } finally {
      await updateSetting('citationStyle', undefined);
    }
  });
});
