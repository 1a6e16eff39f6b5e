// "Export Fact-Check Report": every claim in the sample draft, its verdict and its source, as Markdown and HTML.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { closeAllEditors, factDesk, readText, sampleDraftUri, waitForCheck } from './helpers';

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

  it('writes a Markdown report with a row per claim: line, verdict, claim, finding, source', async () => {
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    const api = await waitForCheck(document);
    const findings = api.diagnostics.resultFor(document.uri)!.findings;
    const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', { format: 'markdown', uri: document.uri, target: target('report.md') });
    const report = await readText(written);
    assert.match(report, /^# Fact-check report: draft\.md\n/);
    const rows = report.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    assert.equal(rows.length, findings.length, 'one row per claim');
    const misquote = rows.find((row) => row.includes('| Misquote |'));
    assert.ok(misquote, report);
    assert.match(misquote, /^\| 24 \| Misquote \| It’s just a fact, and there are things that maybe Ukraine is holding/);
    assert.match(misquote, /\| “It’s just a fact, [^|]+ Marco Rubio said [^|]*CBS’s Face the Nation \(Sunday 17 August 2025; The Washington Post\)\. \|$/);
    assert.ok(rows.some((row) => row.includes('| Unverified quote |') && row.endsWith('| No record found |')), 'the unsourced quote is listed with no source');
    assert.match(report, /## Corrections to make\n/);
    assert.match(report, /Suggested: Replace “Ukraine” with “Russia”: “It’s just a fact, and there are things that maybe Russia/);
  });

  it('writes an HTML report with the same rows, escaped, and no external resources', async () => {
    const api = await factDesk();
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', { format: 'html', uri: document.uri, target: target('report.html') });
    const html = await readText(written);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.equal((html.match(/<tr class="/g) ?? []).length, api.diagnostics.resultFor(document.uri)!.findings.length);
    assert.ok(html.includes('<tr class="misquote">'), 'a misquote row');
    assert.ok(!/<(script|link|img)\b/i.test(html), 'no scripts, stylesheets or images to fetch');
    assert.ok(html.includes('Friday&#39;s summit'), 'the draft’s text is escaped');
  });
});
