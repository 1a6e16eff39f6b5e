// The browser bundle (dist/web/extension.js) in a real web worker extension host: code-server's
// workbench in headless Chromium, with Fact Desk forced to the web host (extensionDevelopmentKind
// "web"), as on vscode.dev. No Node built-ins exist here, so this suite has its own small runner and
// writes its results through vscode.workspace.fs (into the workspace, on the server's disk).
import * as vscode from 'vscode';
import type { FactDeskApi } from '../../src/extension/activate';
import { SAMPLE_FINDINGS } from '../integration/sampleFindings';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

const tests: { title: string; run: () => Promise<void> }[] = [];
const it = (title: string, run: () => Promise<void>) => tests.push({ title, run });

function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected)
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function kindOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

async function api(): Promise<FactDeskApi> {
  const extension = vscode.extensions.getExtension<FactDeskApi>('fact-desk.fact-desk');
  ok(extension, 'Fact Desk is installed');
  return extension.activate();
}

function until(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Fact Desk');
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const STUBB =
  '“Nobody in Europe will sign off on a deal that rewards aggression,” Finnish President Alexander Stubb told reporters in Helsinki.';

it('runs the browser bundle in the web worker extension host, without Node', async () => {
  const factDesk = await api();
  equal(factDesk.platform, 'web', 'the entry that activated');
  equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object in this host');
  await factDesk.corpus.ready();
  ok(factDesk.corpus.statementCount > 30, 'the bundled corpus is loaded');
});

it('diagnoses the sample draft with the same kinds, ranges and messages as the Node host', async () => {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'draft.md'));
  await vscode.window.showTextDocument(document);
  await until(() => ours(document.uri).length >= SAMPLE_FINDINGS.length, 'diagnostics on draft.md');
  const text = document.getText();
  for (const expected of SAMPLE_FINDINGS) {
    let at = -1;
    for (let i = 0; i <= (expected.occurrence ?? 0); i++) at = text.indexOf(expected.text, at + 1);
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + expected.text.length));
    const diagnostic = ours(document.uri).find((d) => kindOf(d) === expected.kind && d.range.isEqual(range));
    ok(diagnostic, `${expected.kind} on “${expected.text}”`);
    equal(diagnostic.message, expected.message, `message of ${expected.kind}`);
  }
});

it('shows the hover citation', async () => {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'draft.md'));
  const at = document.getText().indexOf('It’s just a fact, and there are things that maybe Ukraine');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    document.positionAt(at + 2),
  );
  const text = hovers
    .flatMap((hover) => hover.contents.map((part) => (part as vscode.MarkdownString).value))
    .join('\n');
  ok(
    text.includes('**Fact Desk · Misquote**') &&
      text.includes('~~Ukraine~~ **Russia**') &&
      text.includes('**Date:** Sunday 17 August 2025'),
    text,
  );
});

it('applies a quick fix on an untitled draft and the diagnostic goes', async () => {
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content:
      'Trump and Putin met for a roughly two-hour discussion in Anchorage on Friday.\n\nWitkoff told CNN: “The United States is potentially prepared to be able to give Article 5 security guarantees, but not from NATO - directly from the United States and other European countries.”\n',
  });
  await vscode.window.showTextDocument(document);
  await until(() => ours(document.uri).some((d) => kindOf(d) === 'wrong-outlet'), 'the wrong outlet');
  const diagnostic = ours(document.uri).find((d) => kindOf(d) === 'wrong-outlet')!;
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 50 && !actions.some((a) => a.edit); attempt++) {
    actions = await vscode.commands
      .executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        'quickfix',
      )
      .then(
        (a) => a,
        () => [],
      );
    if (!actions.some((a) => a.edit)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const fix = actions.find((action) => action.edit);
  ok(fix?.edit, 'a quick fix with an edit');
  await vscode.workspace.applyEdit(fix.edit);
  ok(document.getText().includes('Witkoff told Fox News Sunday'), document.getText());
  await until(() => !ours(document.uri).some((d) => kindOf(d) === 'wrong-outlet'), 'the wrong-outlet diagnostic to go');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

it('Look Up Statement inserts the citation through the real QuickPick', async () => {
  const factDesk = await api();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  await vscode.window.showTextDocument(document);
  const shown = new Promise<void>((resolve) => {
    const subscription = factDesk.lookup.onDidShow(() => {
      subscription.dispose();
      resolve();
    });
  });
  const done = vscode.commands.executeCommand<string>('factDesk.lookUpStatement', { query: 'Rubio concessions' });
  await shown;
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  const citation = await done;
  ok(citation?.includes('Marco Rubio said'), String(citation));
  equal(document.getText(), citation, 'the draft holds the citation');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

it('Add Selection to Corpus writes .factdesk/corpus.jsonl through workspace.fs and the quote is sourced at once', async () => {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: STUBB });
  await vscode.window.showTextDocument(document);
  await until(() => ours(document.uri).some((d) => kindOf(d) === 'unverified-quote'), 'the unverified quote');
  const corpusFile = vscode.Uri.joinPath(folder(), '.factdesk', 'corpus.jsonl');
  try {
    await vscode.commands.executeCommand('factDesk.addSelectionToCorpus', {
      text: 'Nobody in Europe will sign off on a deal that rewards aggression',
      speaker: 'alexander-stubb',
      date: '2025-08-17',
      outlet: 'told reporters in Helsinki',
      source: 'Helsinki press briefing',
    });
    await until(() => ours(document.uri).map(kindOf).join() === 'supported', 'the quote to be supported');
  } finally {
    await vscode.workspace.fs.delete(corpusFile).then(undefined, () => undefined);
    await (await api()).corpus.reload();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
});

it('exports the Markdown report through workspace.fs', async () => {
  const target = vscode.Uri.joinPath(folder(), 'web-report.md');
  const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', {
    format: 'markdown',
    uri: vscode.Uri.joinPath(folder(), 'draft.md'),
    target,
  });
  const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
  await vscode.workspace.fs.delete(target);
  // The report marker first (never checked as a draft), the SHA-256 from Web Crypto in the worker, corrections first.
  ok(
    report.startsWith('<!-- factdesk:report -->\n# Fact-check report: draft.md\n') &&
      /\| \*\*Draft text \(SHA-256\)\*\* \| [0-9a-f]{64} \|/.test(report) &&
      /\n## Corrections \(\d+\)\n[\s\S]*: Misquote\n/.test(report),
    report.slice(0, 600),
  );
});

export async function run(): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const test of tests) {
    try {
      await test.run();
      outcomes.push({ title: test.title, state: 'passed' });
    } catch (error) {
      outcomes.push({ title: test.title, state: 'failed', error: String((error as Error)?.stack ?? error) });
    }
  }
  const summary = {
    vscodeVersion: vscode.version,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    passed: outcomes.filter((o) => o.state === 'passed').length,
    failed: outcomes.filter((o) => o.state === 'failed').length,
    tests: outcomes,
  };
  await vscode.workspace.fs.writeFile(
    vscode.Uri.joinPath(folder(), '.fact-desk-web-results.json'),
    new TextEncoder().encode(JSON.stringify(summary, null, 2)),
  );
}
