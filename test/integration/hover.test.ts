// The hover citation on checked claims of the sample draft: the difference first (the draft's words
// struck, the record's bold), then the record, speaker and role, date with weekday, outlet or where
// it was said, article, and the trusted command links; never the diagnostic's message again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  rangeOf,
  sampleDraftUri,
  waitForCheck,
} from './helpers';

async function hoverText(
  document: vscode.TextDocument,
  needle: string,
): Promise<{ text: string; hover: vscode.Hover }> {
  const range = rangeOf(document, needle);
  const position = range.start.translate(0, 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  const ours = hovers.find((hover) =>
    hover.contents.some((part) => (part as vscode.MarkdownString).value?.includes('Fact Desk')),
  );
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

  it("on a misquote: the difference first (draft struck, record bold), the quotation diffed with the record's punctuation, then the record's block; anywhere in the quotation", async () => {
    // The cursor sits at the quotation's start, not on the underlined word.
    const { text, hover } = await hoverText(document, 'It’s just a fact, and there are things that maybe Ukraine');
    assert.ok(text.startsWith('**Fact Desk · Misquote**: ~~Ukraine~~ **Russia**\n\n'), text);
    assert.ok(
      text.includes(
        'It’s just a fact, and there are things that maybe ~~Ukraine~~ **Russia** is holding now that they’re going to have to give up.',
      ),
      text,
    );
    assert.ok(text.includes("*~~struck~~: the draft's words; **bold**: the record's.*"), text);
    assert.ok(
      text.includes(
        '> “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”',
      ),
      text,
    );
    assert.ok(text.includes('**Speaker:** Marco Rubio, Secretary of State'), text);
    assert.ok(text.includes('**Date:** Sunday 17 August 2025'), text);
    assert.ok(text.includes('**Outlet:** CBS’s Face the Nation'), text);
    assert.ok(
      text.includes(
        '**Article:** The Washington Post, “US ready to give Ukraine security guarantees when Trump meets Zelensky”',
      ),
      text,
    );
    assert.ok(text.indexOf('~~Ukraine~~ **Russia**') < text.indexOf('> “'), 'the difference comes before the record');
    assert.ok(
      hover.range?.isEqual(
        rangeOf(
          document,
          'It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up.',
        ),
      ),
      'the hover covers the claim',
    );
  });

  it('offers insert citation, copy quote and show the statement as trusted command links, and nothing else', async () => {
    const { hover } = await hoverText(document, 'It’s just a fact, and there are things that maybe Ukraine');
    const markdown = hover.contents[0] as vscode.MarkdownString;
    const commands = [...markdown.value.matchAll(/\]\(command:([\w.]+)\?/g)].map((match) => match[1]);
    assert.deepEqual(commands, ['factDesk.insertCitation', 'factDesk.copyQuote', 'factDesk.showStatement']);
    assert.deepEqual(markdown.isTrusted, {
      enabledCommands: ['factDesk.insertCitation', 'factDesk.copyQuote', 'factDesk.showStatement'],
    });
  });

  it("on a slot conflict (wrong outlet): the same notation, the draft's outlet struck and the record's in bold", async () => {
    const { text } = await hoverText(document, 'CNN');
    assert.ok(text.startsWith('**Fact Desk · Wrong outlet**: ~~CNN~~ **Fox News Sunday**\n\n'), text);
    assert.ok(text.includes('**Speaker:** Steve Witkoff'), text);
    assert.ok(text.includes('**Outlet:** Fox News Sunday'), text);
  });

  it('on a wrong speaker: a venue is where it was said, not an outlet', async () => {
    const { text } = await hoverText(document, 'French President Emmanuel Macron');
    assert.ok(
      text.startsWith(
        '**Fact Desk · Wrong speaker**: ~~French President Emmanuel Macron~~ **Ursula von der Leyen**\n\n',
      ),
      text,
    );
    assert.ok(text.includes('**Where:** Brussels, alongside Volodymyr Zelensky'), text);
    assert.ok(!text.includes('**Outlet:**'), text);
  });

  it('on a reported fact with no outlet: the field is left out, never "not stated"', async () => {
    const { text } = await hoverText(document, 'two-hour');
    assert.ok(text.startsWith('**Fact Desk · Wrong number**: ~~two~~ **three**\n\n'), text);
    assert.ok(!text.includes('**Outlet:**') && !text.includes('**Where:**') && !text.includes('not stated'), text);
  });

  it('on a flipped paraphrase: the words that flip, anywhere in the sentence', async () => {
    const { text } = await hoverText(document, 'But Rubio, speaking to Maria Bartiromo');
    assert.ok(text.startsWith('**Fact Desk · Says the opposite**: ~~had promised~~ **never promised**\n\n'), text);
  });

  it('on a supported quote: the citation without a difference', async () => {
    const { text } = await hoverText(document, 'robust security guarantees');
    assert.ok(text.startsWith('**Fact Desk · Sourced**\n\n'), text);
    assert.ok(text.includes('> “robust security guarantees”'), text);
    assert.ok(!text.includes('~~'), text);
  });

  it('on an unverified quote: says no record matches', async () => {
    const { text } = await hoverText(document, 'Nobody in Europe will sign off');
    assert.ok(text.startsWith('**Fact Desk · Unverified quote**\n\n'), text);
    assert.ok(text.includes('No record in the corpus matches this quotation'), text);
  });

  it("no hover repeats its diagnostic's message or shows a record id; every difference is draft struck, then record bold", async () => {
    const diagnostics = factDeskDiagnostics(document.uri);
    assert.ok(diagnostics.length >= 10, `${diagnostics.length} diagnostics`);
    for (const diagnostic of diagnostics) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        diagnostic.range.start.translate(0, 1),
      );
      const text = hovers
        .map((hover) => hover.contents.map((part) => (part as vscode.MarkdownString).value).join('\n'))
        .find((value) => value.includes('Fact Desk'));
      assert.ok(
        text,
        `no Fact Desk hover at ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`,
      );
      assert.ok(!text.includes(diagnostic.message), `the hover repeats “${diagnostic.message}”`);
      // What the reader sees: the command links' arguments (which carry the id) are not shown.
      const shown = text.replace(/\]\(command:[^)]*\)/g, ']');
      const finding = (await factDesk()).diagnostics
        .resultFor(document.uri)!
        .findings.find(
          (f) => f.kind === kindOf(diagnostic) && document.positionAt(f.range.start).isEqual(diagnostic.range.start),
        );
      if (finding?.statement)
        assert.ok(!shown.includes(finding.statement.id), `the hover shows the record id ${finding.statement.id}`);
      if (finding?.difference)
        assert.ok(
          shown.includes(`~~${document.getText(diagnostic.range)}~~ **`),
          `${kindOf(diagnostic)}: ${shown.slice(0, 200)}`,
        );
    }
  });

  it('the copy-quote link puts the verbatim quote on the clipboard; show-statement opens the record’s view', async () => {
    await vscode.commands.executeCommand('factDesk.copyQuote', { statementId: 'rubio-things-russia-holding' });
    assert.equal(
      await vscode.env.clipboard.readText(),
      'It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.',
    );
    const uri = await vscode.commands.executeCommand<vscode.Uri>('factDesk.showStatement', {
      statementId: 'rubio-things-russia-holding',
    });
    assert.equal(uri.scheme, 'factdesk-statement');
  });
});
