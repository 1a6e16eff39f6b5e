// The hover citation on checked claims of the sample draft: record, speaker and role, date with
// weekday, outlet, article, the draft-vs-record difference, and the trusted command links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, rangeOf, sampleDraftUri, waitForCheck } from './helpers';

async function hoverText(document: vscode.TextDocument, needle: string): Promise<{ text: string; hover: vscode.Hover }> {
  const range = rangeOf(document, needle);
  const position = range.start.translate(0, 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const ours = hovers.find((hover) => hover.contents.some((part) => (part as vscode.MarkdownString).value?.includes('Fact Desk')));
  assert.ok(ours, `no Fact Desk hover on “${needle}”`);
  return { hover: ours, text: ours.contents.map((part) => (part as vscode.MarkdownString).value).join('\n') };
}

describe('Hover citations on the sample draft', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    await waitForCheck(document);
  });
  after(closeAllEditors);

  it('on a misquote: the verbatim record, speaker and role, date with weekday, outlet, article, and the changed words marked', async () => {
    const { text, hover } = await hoverText(document, 'It’s just a fact, and there are things that maybe Ukraine');
    assert.match(text, /\*\*Fact Desk: misquote\*\*/);
    assert.ok(text.includes('> “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”'), text);
    assert.ok(text.includes('**Speaker:** Marco Rubio, Secretary of State'), text);
    assert.ok(text.includes('**Date:** Sunday 17 August 2025'), text);
    assert.ok(text.includes('**Outlet:** CBS’s Face the Nation'), text);
    assert.ok(text.includes('**Article:** The Washington Post, “US ready to give Ukraine security guarantees when Trump meets Zelensky”'), text);
    assert.ok(text.includes('~~Russia~~ **Ukraine**'), text);
    assert.ok(hover.range?.isEqual(rangeOf(document, 'It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up.')), 'the hover covers the claim');
  });

  it('offers insert citation, copy quote and show the statement as trusted command links, and nothing else', async () => {
    const { hover } = await hoverText(document, 'It’s just a fact, and there are things that maybe Ukraine');
    const markdown = hover.contents[0] as vscode.MarkdownString;
    const commands = [...markdown.value.matchAll(/\]\(command:([\w.]+)\?/g)].map((match) => match[1]);
    assert.deepEqual(commands, ['factDesk.insertCitation', 'factDesk.copyQuote', 'factDesk.showStatement']);
    assert.deepEqual(markdown.isTrusted, { enabledCommands: ['factDesk.insertCitation', 'factDesk.copyQuote', 'factDesk.showStatement'] });
  });

  it('on a slot conflict (wrong outlet): what the draft says against what the record says', async () => {
    const { text } = await hoverText(document, 'CNN');
    assert.match(text, /\*\*Fact Desk: wrong-outlet\*\*/);
    assert.ok(text.includes('**Draft vs record:** ~~CNN~~ → **Fox News Sunday**'), text);
    assert.ok(text.includes('**Speaker:** Steve Witkoff'), text);
  });

  it('on a supported quote: the citation without a conflict section', async () => {
    const { text } = await hoverText(document, 'robust security guarantees');
    assert.match(text, /\*\*Fact Desk: supported\*\*/);
    assert.ok(text.includes('> “robust security guarantees”'), text);
    assert.ok(!text.includes('Draft vs record'), text);
  });

  it('on an unverified quote: says no record matches', async () => {
    const { text } = await hoverText(document, 'Nobody in Europe will sign off');
    assert.match(text, /\*\*Fact Desk: unverified-quote\*\*/);
    assert.ok(text.includes('No record in the corpus matches this quotation'), text);
  });

  it('the copy-quote link puts the verbatim quote on the clipboard; show-statement opens the record’s view', async () => {
    await vscode.commands.executeCommand('factDesk.copyQuote', { statementId: 'rubio-things-russia-holding' });
    assert.equal(await vscode.env.clipboard.readText(), 'It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('factDesk.showStatement', { statementId: 'rubio-things-russia-holding' });
    assert.equal(uri.scheme, 'factdesk-statement');
  });
});
