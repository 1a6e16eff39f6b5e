// Multi-root workspaces, in a real one: test/integration/fixtures/multi-root/newsroom.code-workspace
// (a copy), two folders, "city" and "sport", each with its own factDesk.corpusFiles (folder settings,
// paths relative to the folder), .factdesk/ignore.json and, for sport, a folder-level severity. The
// same draft (story.md) is in both: each copy is judged against its own folder's records only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewState } from '../../../src/extension/importReview';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  readText,
  waitFor,
  waitForCheck,
  waitForDiagnostics,
} from '../helpers';

const SEVERITY = ['error', 'warning', 'information', 'hint'];

function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
  assert.ok(found, `the multi-root workspace has a folder "${name}"`);
  return found;
}
const inFolder = (name: string, ...path: string[]) => vscode.Uri.joinPath(folder(name).uri, ...path);

/** line:character-line:character severity kind message, one per diagnostic, in order. */
function described(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${SEVERITY[d.severity]} ${kindOf(d)} ${d.message}`,
  );
}

const UNVERIFIED = (speaker: string) =>
  `Unverified quote: nothing in the corpus matches this quotation attributed to ${speaker}. Check it against your notes or recording.`;

async function openAndCheck(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await waitForCheck(document, 60_000);
  return document;
}

/** The draft's result after a check asked for now: a re-check scheduled earlier (an ignore file saved by the test before) is dropped for it. */
async function settledResult(uri: vscode.Uri) {
  const api = await factDesk();
  const document = await vscode.workspace.openTextDocument(uri);
  await api.diagnostics.checkNow(document);
  return api.diagnostics.resultFor(uri);
}

async function ignoreFileClaims(name: string): Promise<string[]> {
  const text = await readText(inFolder(name, '.factdesk', 'ignore.json'));
  return (JSON.parse(text) as { ignored: { claim: string }[] }).ignored.map((entry) => entry.claim);
}

describe('Multi-root workspace: each folder its own corpus, ignore file and settings', function () {
  this.timeout(120_000);

  const cityStory = () => inFolder('city', 'story.md');
  const sportStory = () => inFolder('sport', 'story.md');

  before(async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2);
    await (await factDesk()).corpus.ready();
  });
  afterEach(() => closeAllEditors());

  it("a draft is judged against its own folder's corpus file and folder-level severity, not the other folder's", async () => {
    await openAndCheck(cityStory());
    await openAndCheck(sportStory());
    // The city desk's records source the mayor; the sport desk's, the coach. Sport raises unverified quotations to warnings.
    assert.deepEqual(described(factDeskDiagnostics(cityStory())), [
      '6:58-6:98 hint supported Sourced: Ada Lindqvist, 7 Oct 2025.',
      `8:35-8:68 information unverified-quote ${UNVERIFIED('Piet Brandt')}`,
    ]);
    assert.deepEqual(described(factDeskDiagnostics(sportStory())), [
      `6:58-6:98 warning unverified-quote ${UNVERIFIED('Ada Lindqvist')}`,
      '8:35-8:68 hint supported Sourced: Piet Brandt, 6 Oct 2025.',
      `10:41-10:64 warning unverified-quote ${UNVERIFIED('Mira Holm')}`,
    ]);
  });

  it("each folder's .factdesk/ignore.json ignores claims in that folder's drafts only", async () => {
    const api = await factDesk();
    await openAndCheck(cityStory());
    await openAndCheck(sportStory());
    // The city desk ignores Holm's quotation (shown in sport); the sport desk ignores Brandt's (shown in city).
    assert.deepEqual(
      api.diagnostics.resultFor(cityStory())?.ignored.map((finding) => `${finding.kind} ${finding.claim}`),
      ['unverified-quote The budget is balanced.'],
    );
    assert.deepEqual(
      api.diagnostics.resultFor(sportStory())?.ignored.map((finding) => `${finding.kind} ${finding.claim}`),
      [],
    );
    assert.deepEqual(
      api.suppressions.all.map((entry) => [vscode.Uri.parse(entry.folder!).path.split('/').pop(), entry.claim]),
      [
        ['city', 'The budget is balanced.'],
        ['sport', 'We will win the league this year.'],
      ],
    );
    // Ignored Claims lists them under their folders.
    const nodes = api.ignoredView.getChildren();
    assert.deepEqual(
      nodes.map((node) => api.ignoredView.getTreeItem(node).label),
      ['city', 'sport'],
    );
    assert.deepEqual(
      api.ignoredView.getChildren(nodes[1]).map((node) => ('claim' in node ? node.claim : '')),
      ['We will win the league this year.'],
    );
  });

  it("a city draft's report names the city desk's corpus files only", async () => {
    const document = await openAndCheck(cityStory());
    const target = inFolder('city', 'fact-check-reports', 'story.factcheck.md');
    const written = await vscode.commands.executeCommand<vscode.Uri>('factDesk.exportReport', {
      format: 'markdown',
      uri: document.uri,
      target,
    });
    try {
      const corpusLine = (await readText(written)).split('\n').find((line) => line.startsWith('| **Corpus** |'));
      assert.match(
        corpusLine ?? '',
        /^\| \*\*Corpus\*\* \| [\d,]+ statements: bundled corpus \([\d,]+ statements\); sources\/city-records\.jsonl \(1 statement\) \|$/,
      );
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(target, '..'), { recursive: true, useTrash: false });
    }
  });

  it("Ignore this claim in a sport draft writes sport's ignore file (not city's); un-ignoring takes it back", async () => {
    const api = await factDesk();
    const document = await openAndCheck(sportStory());
    const holm = api.diagnostics.resultFor(sportStory())!.findings.find((f) => f.claim === 'The budget is balanced.');
    assert.ok(holm, 'Holm’s quotation is a finding in the sport draft');
    const entry = await vscode.commands.executeCommand<{ folder?: string }>(
      'factDesk.ignoreClaim',
      document.uri,
      holm,
      { reason: 'confirmed by phone' },
    );
    assert.equal(entry?.folder, folder('sport').uri.toString());
    await waitForDiagnostics(sportStory(), (d) => d.length === 2, 'Holm’s quotation ignored in the sport draft');
    assert.deepEqual(await ignoreFileClaims('sport'), ['We will win the league this year.', 'The budget is balanced.']);
    assert.deepEqual(await ignoreFileClaims('city'), ['The budget is balanced.']);
    assert.equal(
      await vscode.commands.executeCommand('factDesk.unignoreClaim', {
        ...holm,
        kind: 'unverified-quote',
        file: 'story.md',
        folder: folder('sport').uri.toString(),
      }),
      true,
    );
    await waitForDiagnostics(sportStory(), (d) => d.length === 3, 'Holm’s quotation checked again');
    assert.deepEqual(await ignoreFileClaims('sport'), ['We will win the league this year.']);
    assert.deepEqual(await ignoreFileClaims('city'), ['The budget is balanced.']);
  });

  it("Add Selection to Corpus from a sport draft writes sport's .factdesk/corpus.jsonl; the city draft is not judged against it", async () => {
    const api = await factDesk();
    await openAndCheck(cityStory());
    await openAndCheck(sportStory());
    const cityBefore = await settledResult(cityStory());
    const statement = await vscode.commands.executeCommand<{ id: string }>('factDesk.addSelectionToCorpus', {
      text: 'The budget is balanced',
      speaker: 'Mira Holm',
      date: '2025-10-08',
      outlet: '',
      source: 'Valley Sports Desk notes',
    });
    assert.ok(statement?.id);
    assert.match(await readText(inFolder('sport', '.factdesk', 'corpus.jsonl')), /"text":"The budget is balanced"/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(inFolder('city', '.factdesk', 'corpus.jsonl'))));
    const sport = await waitForDiagnostics(
      sportStory(),
      (d) => d.some((diagnostic) => diagnostic.range.start.line === 10 && kindOf(diagnostic) === 'supported'),
      'Holm’s quotation sourced in the sport draft',
    );
    assert.deepEqual(
      sport.map((d) => `${d.range.start.line} ${kindOf(d)}`),
      ['6 unverified-quote', '8 supported', '10 supported'],
    );
    // The city corpus did not change: its draft was not re-checked, and Holm's quotation is still unverified (and ignored) there.
    assert.equal(api.diagnostics.resultFor(cityStory()), cityBefore);
    const city = await api.diagnostics.checkFile(cityStory());
    assert.deepEqual(
      city?.ignored.map((finding) => `${finding.kind} ${finding.claim}`),
      ['unverified-quote The budget is balanced.'],
    );
  });

  it('an untitled draft (in no folder) is judged against every folder’s records', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: [
        '---',
        'date: 2025-10-09',
        '---',
        '',
        'Mayor Ada Lindqvist told the Harbour Gazette on Tuesday: “The ferry terminal will reopen in March.”',
        '',
        'Coach Piet Brandt said on Monday: “We will win the league this year.”',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(document);
    await waitForCheck(document, 60_000);
    assert.deepEqual(
      factDeskDiagnostics(document.uri).map((d) => `${d.range.start.line} ${kindOf(d)} ${d.message}`),
      ['4 supported Sourced: Ada Lindqvist, 7 Oct 2025.', '6 supported Sourced: Piet Brandt, 6 Oct 2025.'],
    );
  });

  it('an untitled draft: Add Selection to Corpus asks which folder, and writes to the one picked', async () => {
    const api = await factDesk();
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Coach Piet Brandt said: “The new stadium opens in May.”\n',
    });
    await vscode.window.showTextDocument(document);
    const shown = new Promise<Parameters<Parameters<typeof api.onDidShowFolderPick>[0]>[0]>((resolve) => {
      const subscription = api.onDidShowFolderPick((pick) => {
        subscription.dispose();
        resolve(pick);
      });
    });
    const added = vscode.commands.executeCommand<{ id: string } | undefined>('factDesk.addSelectionToCorpus', {
      text: 'The new stadium opens in May',
      speaker: 'piet-brandt',
      date: '2025-10-08',
      outlet: '',
      source: 'sportsdesk-2025-10-06',
    });
    const pick = await shown;
    assert.deepEqual(
      pick.items.map((item) => item.label),
      ['$(root-folder) city', '$(root-folder) sport'],
    );
    // Typed as the writer would: the workbench filters and answers with the active item, then Enter.
    await new Promise<void>((resolve) => {
      const subscription = pick.onDidChangeActive((active) => {
        if (active[0]?.folder.name !== 'sport') return;
        subscription.dispose();
        resolve();
      });
      pick.value = 'sport';
    });
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.ok((await added)?.id);
    assert.match(
      await readText(inFolder('sport', '.factdesk', 'corpus.jsonl')),
      /"text":"The new stadium opens in May"/,
    );
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(inFolder('city', '.factdesk', 'corpus.jsonl'))));
  });

  it("a folder's own setting changed re-checks that folder's drafts only", async () => {
    const api = await factDesk();
    await openAndCheck(cityStory());
    await openAndCheck(sportStory());
    const sportBefore = await settledResult(sportStory());
    const config = vscode.workspace.getConfiguration('factDesk', folder('city').uri);
    await config.update('severity', { 'unverified-quote': 'error' }, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const city = await waitForDiagnostics(
        cityStory(),
        (d) => d.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error),
        'the city draft re-checked with its folder’s new severity',
      );
      assert.deepEqual(
        city.map((d) => `${SEVERITY[d.severity]} ${kindOf(d)}`),
        ['hint supported', 'error unverified-quote'],
      );
      assert.equal(api.diagnostics.resultFor(sportStory()), sportBefore, 'the sport draft was not re-checked');
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitForDiagnostics(
      cityStory(),
      (d) => !d.some((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error),
      'the city draft back to the default severity',
    );
  });

  it('Toggle Checking for this folder turns off its drafts only, in its folder settings', async () => {
    const api = await factDesk();
    await openAndCheck(cityStory());
    const cityBefore = await settledResult(cityStory());
    await openAndCheck(sportStory());
    assert.equal(await vscode.commands.executeCommand('factDesk.toggleChecking', { scope: 'folder' }), false);
    try {
      await waitForDiagnostics(sportStory(), (d) => d.length === 0, 'the sport draft cleared');
      assert.equal(vscode.workspace.getConfiguration('factDesk', folder('sport').uri).get('enabled'), false);
      assert.equal(vscode.workspace.getConfiguration('factDesk', folder('city').uri).get('enabled'), true);
      assert.equal(api.diagnostics.resultFor(cityStory()), cityBefore, 'the city draft was not re-checked');
    } finally {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sportStory()));
      assert.equal(await vscode.commands.executeCommand('factDesk.toggleChecking', { scope: 'folder' }), true);
    }
    await waitForDiagnostics(sportStory(), (d) => d.length === 3, 'the sport draft checked again');
  });

  it("a draft renamed into the other folder is judged against that folder's corpus; deleted, its findings go", async () => {
    const api = await factDesk();
    await openAndCheck(sportStory());
    const sportNow = described(factDeskDiagnostics(sportStory()));
    const before = inFolder('city', 'moving.md');
    const after = inFolder('sport', 'moving.md');
    await vscode.workspace.fs.copy(cityStory(), before, { overwrite: true });
    const document = await openAndCheck(before);
    assert.deepEqual(
      factDeskDiagnostics(before).map((d) => `${d.range.start.line} ${kindOf(d)}`),
      ['6 supported', '8 unverified-quote'],
    );
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(document.uri, after);
    assert.equal(await vscode.workspace.applyEdit(rename), true);
    await waitForDiagnostics(before, (d) => d.length === 0, 'the old name cleared');
    assert.deepEqual(
      described(await waitForDiagnostics(after, (d) => d.length === sportNow.length, 'the new name checked')),
      sportNow,
    );
    assert.equal(api.diagnostics.resultFor(before), undefined);
    await closeAllEditors();
    // Checked from disk (Check All), then deleted in the editor.
    await api.diagnostics.checkFile(after);
    assert.deepEqual(described(factDeskDiagnostics(after)), sportNow);
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(after);
    assert.equal(await vscode.workspace.applyEdit(remove), true);
    await waitForDiagnostics(after, (d) => d.length === 0, 'the deleted draft cleared');
    assert.equal(api.diagnostics.resultFor(after), undefined);
    await waitFor(
      api.diagnostics.onDidUpdate,
      () => api.diagnostics.resultFor(after) === undefined,
      'the result of the deleted draft gone',
    );
  });
  it('Import Quotes from Article writes the accepted records to the active draft’s folder', async () => {
    const api = await factDesk();
    const article = inFolder('sport', 'harbour-article.md');
    const cityCorpus = inFolder('city', '.factdesk', 'corpus.jsonl');
    await vscode.workspace.fs.writeFile(
      article,
      new TextEncoder().encode(
        [
          '---',
          'title: Harbour wall plan approved',
          'date: 2026-01-06',
          'publisher: Harbour Gazette',
          '---',
          '',
          '“We will rebuild the harbour wall before winter,” Ada Lindqvist, the mayor, said on Monday.',
          '',
        ].join('\n'),
      ),
    );
    const sportBefore = await readText(inFolder('sport', '.factdesk', 'corpus.jsonl')).catch(() => '');
    try {
      await openAndCheck(cityStory());
      const state = await vscode.commands.executeCommand<ReviewState>('factDesk.importArticle', { uris: [article] });
      assert.ok(state && state.proposals.some((proposal) => proposal.type === 'statement'));
      assert.equal(api.importReview.targetFolder?.name, 'city');
      await vscode.commands.executeCommand('factDesk.review.acceptConfident');
      const lines = await vscode.commands.executeCommand<string[]>('factDesk.review.save');
      assert.ok(lines.some((line) => line.includes('We will rebuild the harbour wall before winter')));
      assert.match(await readText(cityCorpus), /We will rebuild the harbour wall before winter/);
      assert.equal(await readText(inFolder('sport', '.factdesk', 'corpus.jsonl')).catch(() => ''), sportBefore);
    } finally {
      await vscode.commands.executeCommand('factDesk.review.clear');
      await vscode.workspace.fs.delete(article).then(undefined, () => undefined);
      await Promise.resolve(vscode.workspace.fs.delete(cityCorpus)).then(undefined, () => undefined);
      await api.corpus.reload();
    }
  });
});
