// "Export Fact-Check Report" on the sample draft, as Markdown and HTML: the sections in the editor's
// order, the header and the sign-off; reports are never checked as drafts (by name and by marker);
// "Ignore this claim" is undone in one step and listed, and a broken ignore file keeps what it can.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { defaultTarget } from '../../src/extension/report';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  readText,
  sampleDraftUri,
  waitFor,
  waitForCheck,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

const MARKER = '<!-- factdesk:report -->';

describe('Export Fact-Check Report', () => {
  const targets: vscode.Uri[] = [];
  after(async () => {
    for (const uri of targets) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await closeAllEditors();
  });

  function target(name: string): vscode.Uri {
    const uri = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `fact-desk-${process.pid}-${name}`);
    targets.push(uri);
    return uri;
  }

  it('writes corrections, then unsourced quotations, then supported claims, under a header and above a sign-off line', async () => {
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    const api = await waitForCheck(document);
    const findings = api.diagnostics.resultFor(document.uri)!.findings;
    const conflicts = findings.filter((finding) => !['supported', 'unverified-quote'].includes(finding.kind)).length;
    const unsourced = findings.filter((finding) => finding.kind === 'unverified-quote').length;
    const supported = findings.filter((finding) => finding.kind === 'supported').length;
    const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', {
      format: 'markdown',
      uri: document.uri,
      target: target('report.md'),
    });
    const report = await readText(written);
    const lines = report.split('\n');
    assert.equal(lines[0], MARKER);
    assert.equal(lines[1], '# Fact-check report: draft.md');
    assert.equal(lines[5], '| **Draft** | draft.md |');
    assert.match(lines[6], /^\| \*\*Draft text \(SHA-256\)\*\* \| [0-9a-f]{64} \|$/);
    assert.match(report, /\n\| \*\*Report date\*\* \| \w+day \d{1,2} \w+ \d{4}, \d\d:\d\d UTC \|\n/);
    assert.match(report, /\n\| \*\*Corpus\*\* \| [\d,]+ statements: bundled corpus \([\d,]+ statements\)[^|]*\|\n/);
    assert.match(report, /\n\| \*\*Run by\*\* \| .+ \(Fact Desk \d+\.\d+\.\d+\) \|\n/);
    const headings = lines.filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, [
      `## Corrections (${conflicts})`,
      `## Unsourced quotations (${unsourced})`,
      `## Supported claims (${supported})`,
    ]);
    assert.ok(conflicts > 0 && unsourced > 0 && supported > 0, 'the sample draft has each kind');
    const misquote = report.slice(
      report.indexOf(': Misquote\n'),
      report.indexOf('\n### ', report.indexOf(': Misquote\n')),
    );
    assert.match(
      misquote,
      /\n- \*\*The draft:\*\* “It’s just a fact, and there are things that maybe Ukraine is holding/,
    );
    assert.match(
      misquote,
      /\n- \*\*The record:\*\* “It’s just a fact, [^\n]*Russia[^\n]*\(Marco Rubio, Secretary of State · Sunday 17 August 2025 · CBS’s Face the Nation\)\n/,
    );
    assert.match(misquote, /\n- \*\*Source:\*\* The Washington Post, “[^\n]+”, \w+day \d{1,2} \w+ 2025\n/);
    assert.match(misquote, /\n- \*\*Fix:\*\* [^\n]+: “It’s just a fact, and there are things that maybe Russia/);
    assert.ok(report.endsWith('---\n\nChecked by: ____________________  Date: ____________\n'));
    assert.ok(!report.includes('(s)'), 'plurals are words');
  });

  it('writes an HTML report with the same sections, escaped, with no external resources', async () => {
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', {
      format: 'html',
      uri: document.uri,
      target: target('report.html'),
    });
    const html = await readText(written);
    assert.ok(html.startsWith(`<!DOCTYPE html>\n${MARKER}\n`));
    assert.deepEqual(
      [...html.matchAll(/<h2>(\w+(?: \w+)?) \(\d+\)<\/h2>/g)].map((match) => match[1]),
      ['Corrections', 'Unsourced quotations', 'Supported claims'],
    );
    assert.ok(html.includes('<article class="correction misquote">'), 'a misquote correction');
    assert.ok(!/<(script|link|img)\b/i.test(html), 'no scripts, stylesheets or images to fetch');
    assert.ok(html.includes('Checked by: ____________________  Date: ____________'));
  });

  it('never checks a report as a draft: not by its name, nor when renamed (the marker)', async () => {
    const api = await factDesk();
    const sample = await readText(sampleDraftUri());
    const byName = vscode.Uri.joinPath(workspaceFolder(), `draft-${process.pid}.factcheck.md`);
    const byMarker = vscode.Uri.joinPath(workspaceFolder(), `renamed-${process.pid}.md`);
    const plain = vscode.Uri.joinPath(workspaceFolder(), `copy-${process.pid}.md`);
    targets.push(byName, byMarker, plain);
    await vscode.workspace.fs.writeFile(byName, new TextEncoder().encode(sample));
    await vscode.workspace.fs.writeFile(byMarker, new TextEncoder().encode(`${MARKER}\n${sample}`));
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode(sample));
    // The same words in an ordinary file are checked, so the two below are excluded for what they are.
    const copy = await vscode.workspace.openTextDocument(plain);
    assert.ok((await api.diagnostics.checkNow(copy))?.findings.length);
    for (const uri of [byName, byMarker]) {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.equal(await api.diagnostics.checkNow(document), undefined, `${uri.path} is not checked`);
      assert.deepEqual(factDeskDiagnostics(uri), []);
      assert.equal(await api.diagnostics.checkFile(uri), undefined);
    }
    // The save dialog's proposal: a folder of its own, not beside the drafts.
    assert.equal(
      defaultTarget(sampleDraftUri(), 'html')?.toString(),
      vscode.Uri.joinPath(workspaceFolder(), 'fact-check-reports', 'draft.factcheck.html').toString(),
    );
  });
});

describe('Ignored claims', () => {
  const ignoreFile = () => vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'ignore.json');
  afterEach(async () => {
    await vscode.workspace.fs.delete(ignoreFile()).then(undefined, () => undefined);
    await (await factDesk()).suppressions.reload();
    await closeAllEditors();
  });

  it('ignoring is one step back with Ctrl+Z (Undo Ignore), and is listed with its reason, who and when', async () => {
    const api = await factDesk();
    const document = await openDraft(await readText(sampleDraftUri()));
    await waitForCheck(document);
    const finding = api.diagnostics
      .resultFor(document.uri)!
      .findings.find((candidate) => candidate.kind === 'unverified-quote')!;
    assert.ok(finding);
    const entry = await vscode.commands.executeCommand<{ reason?: string; by?: string; added: string }>(
      'factDesk.ignoreClaim',
      document.uri,
      finding,
      { reason: 'on tape, 30 Nov' },
    );
    await waitForDiagnostics(
      document.uri,
      (list) => !list.some((d) => kindOf(d) === 'unverified-quote'),
      'the ignored claim to disappear',
    );
    assert.equal(entry.reason, 'on tape, 30 Nov');
    assert.match(entry.added, /^\d{4}-\d\d-\d\dT/);
    const stored = JSON.parse(await readText(ignoreFile())) as { ignored: { claim: string; reason?: string }[] };
    assert.deepEqual(
      stored.ignored.map((item) => [item.claim, item.reason]),
      [[finding.claim, 'on tape, 30 Nov']],
    );
    // The view lists it, with who and when in its description.
    const items = api.ignoredView.getChildren();
    assert.equal(items.length, 1);
    const item = api.ignoredView.getTreeItem(items[0]);
    assert.match(String(item.label), /^Unsourced quotation: “Nobody in Europe will sign off/);
    assert.ok(String(item.description).endsWith(entry.added.slice(0, 10)));
    // Ctrl+Z right after ignoring is bound to Undo Ignore: one step, and the claim is checked again.
    await vscode.commands.executeCommand('factDesk.undoIgnore');
    await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => kindOf(d) === 'unverified-quote'),
      'the claim checked again after the undo',
    );
    assert.deepEqual((JSON.parse(await readText(ignoreFile())) as { ignored: unknown[] }).ignored, []);
    assert.equal(document.getText(), await readText(sampleDraftUri()), 'the draft is never edited');
  });

  it('two ignores in a row go back one Undo Ignore each, newest first; after an edit Ctrl+Z is the editor’s again', async () => {
    const api = await factDesk();
    const document = await openDraft(await readText(sampleDraftUri()));
    await waitForCheck(document);
    const findings = api.diagnostics.resultFor(document.uri)!.findings;
    const first = findings.find((candidate) => candidate.kind === 'unverified-quote')!;
    const second = findings.find((candidate) => candidate.kind === 'misquote')!;
    await vscode.commands.executeCommand('factDesk.ignoreClaim', document.uri, first, { reason: '' });
    await vscode.commands.executeCommand('factDesk.ignoreClaim', document.uri, second, { reason: '' });
    assert.deepEqual(
      api.suppressions.all.map((entry) => entry.kind),
      ['unverified-quote', 'misquote'],
    );
    assert.equal((await vscode.commands.executeCommand<{ kind: string }>('factDesk.undoIgnore'))?.kind, 'misquote');
    assert.deepEqual(
      api.suppressions.all.map((entry) => entry.kind),
      ['unverified-quote'],
    );
    // An edit to the draft: the next Undo Ignore is the editor's undo, and the ignore stays.
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x'));
    assert.equal(await vscode.commands.executeCommand('factDesk.undoIgnore'), undefined);
    assert.deepEqual(
      api.suppressions.all.map((entry) => entry.kind),
      ['unverified-quote'],
    );
    assert.equal(document.getText(), await readText(sampleDraftUri()), 'the editor’s own undo took the edit back');
  });

  it('un-ignores from the view', async () => {
    const api = await factDesk();
    const document = await openDraft(await readText(sampleDraftUri()));
    await waitForCheck(document);
    const finding = api.diagnostics
      .resultFor(document.uri)!
      .findings.find((candidate) => candidate.kind === 'unverified-quote')!;
    await vscode.commands.executeCommand('factDesk.ignoreClaim', document.uri, finding, { reason: '' });
    await waitForDiagnostics(
      document.uri,
      (list) => !list.some((d) => kindOf(d) === 'unverified-quote'),
      'the ignored claim to disappear',
    );
    assert.equal(await vscode.commands.executeCommand('factDesk.showIgnoredClaims'), 1);
    assert.equal(
      await vscode.commands.executeCommand('factDesk.unignoreClaim', api.ignoredView.getChildren()[0]),
      true,
    );
    await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => kindOf(d) === 'unverified-quote'),
      'the claim checked again',
    );
    assert.deepEqual(api.ignoredView.getChildren(), []);
  });

  it('a broken ignore file is reported with line and column, and the entries it could read stay ignored', async () => {
    const api = await factDesk();
    const entry = (claim: string) =>
      `{ "kind": "unverified-quote", "claim": ${JSON.stringify(claim)}, "added": "2026-11-30T10:00:00Z" }`;
    const claim = 'Nobody in Europe will sign off on a deal that rewards aggression,';
    const text = `{\n  "version": 1,\n  "ignored": [\n    ${entry('something else')}\n    ${entry(claim)}\n  ]\n}\n`;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(ignoreFile(), '..'));
    await vscode.workspace.fs.writeFile(ignoreFile(), new TextEncoder().encode(text));
    await api.suppressions.reload();
    assert.deepEqual(
      api.suppressions.fileProblems.map((problem) => [problem.line, problem.column, problem.message]),
      [[5, 5, 'a comma is missing']],
    );
    assert.deepEqual(
      api.suppressions.all.map((item) => item.claim),
      ['something else', claim],
    );
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(ignoreFile()).length === 1,
      'a diagnostic on the ignore file',
    );
    const diagnostic = vscode.languages.getDiagnostics(ignoreFile())[0];
    assert.equal(diagnostic.message, 'a comma is missing');
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [4, 4]);
    const document = await openDraft(await readText(sampleDraftUri()));
    await waitForCheck(document);
    await waitForDiagnostics(
      document.uri,
      (list) => list.length > 0 && !list.some((d) => kindOf(d) === 'unverified-quote'),
      'the readable entry still ignores its claim',
    );
  });
});
