// A 20,000-word draft: checked in bounded time, and the extension host keeps answering while the
// draft is edited. No timed assertions beyond generous timeouts (speed is measured in bench:host).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, factDesk, openDraft, readText, sampleDraftUri, waitForCheck } from './helpers';

function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The sample draft's body repeated to at least `words` words, each copy's quotes intact. */
export async function bigDraft(words: number): Promise<string> {
  const body = (await readText(sampleDraftUri())).replace(/^---[\s\S]*?---\n/, '');
  const perCopy = body.split(/\s+/).filter(Boolean).length;
  return Array.from({ length: Math.ceil(words / perCopy) }, (_, index) => `## Section ${index + 1}\n\n${body}`).join(
    '\n\n',
  );
}

describe('A 20,000-word draft', function () {
  this.timeout(180_000);
  afterEach(closeAllEditors);

  it('is checked, and the host still answers commands while it is edited', async () => {
    const text = await bigDraft(20_000);
    assert.ok(text.split(/\s+/).length >= 20_000);
    const document = await openDraft(text);
    const api = await waitForCheck(document, 120_000);
    const firstCount = api.diagnostics.resultFor(document.uri)!.findings.length;
    assert.ok(firstCount > 100, `${firstCount} findings`);

    const editor = vscode.window.activeTextEditor!;
    for (let i = 0; i < 10; i++) {
      await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), 'x'));
      // A round trip through the host between keystrokes: it must keep answering.
      await withTimeout(
        vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 0)),
        10_000,
        'the extension host',
      );
    }
    await waitForCheck(document, 60_000);
    assert.equal(api.diagnostics.resultFor(document.uri)!.version, document.version);
    assert.equal((await factDesk()).diagnostics.resultFor(document.uri)!.findings.length, firstCount);
  });
});
