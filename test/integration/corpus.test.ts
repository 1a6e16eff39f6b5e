// The newsroom's own corpus files: named in settings, watched (editing one re-checks open drafts),
// bad records reported with file, line and field while the rest loads; and "Add Selection to Corpus".
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  changeCorpusFile,
  closeAllEditors,
  factDesk,
  kindOf,
  openDraft,
  readText,
  updateSetting,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

const STUBB =
  '“Nobody in Europe will sign off on a deal that rewards aggression,” Finnish President Alexander Stubb told reporters in Helsinki.';
const STUBB_QUOTE = 'Nobody in Europe will sign off on a deal that rewards aggression';

function statementLine(text: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'statement',
    id: 'desk-stubb-helsinki',
    kind: 'quote',
    speaker: 'alexander-stubb',
    text,
    date: '2025-08-17',
    datePrecision: 'day',
    dateBasis: 'Desk notes, Helsinki briefing.',
    outlet: 'told reporters in Helsinki',
    source: 'desk-notes',
    context: text,
    numbers: [],
    negated: false,
    ...extra,
  });
}
const SOURCE_LINE = JSON.stringify({
  type: 'source',
  id: 'desk-notes',
  publisher: 'Fact Desk sample desk',
  headline: 'Reporter’s notes',
  published: '2025-08-17',
  publishedPrecision: 'day',
  dateBasis: 'Notes dated that day.',
});

async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('Corpus files', () => {
  // In the workspace (a scratch copy of samples/), where a newsroom keeps its corpus beside its drafts.
  const corpusFile = vscode.Uri.joinPath(workspaceFolder(), `desk-corpus-${process.pid}.jsonl`);

  afterEach(async () => {
    await updateSetting('corpusFiles', undefined);
    await (await factDesk()).corpus.ready();
    await closeAllEditors();
  });
  after(() => vscode.workspace.fs.delete(corpusFile).then(undefined, () => undefined));

  it('a corpus file named in settings is used, and editing it re-checks an open draft', async () => {
    const document = await openDraft(STUBB);
    await waitForDiagnostics(
      document.uri,
      (list) => list.map(kindOf).join() === 'unverified-quote',
      'the unsourced quote',
    );

    await writeFile(corpusFile, `${SOURCE_LINE}\n${statementLine(STUBB_QUOTE)}\n`);
    await updateSetting('corpusFiles', [vscode.workspace.asRelativePath(corpusFile)]);
    const supported = await waitForDiagnostics(
      document.uri,
      (list) => list.map(kindOf).join() === 'supported',
      'the quote supported by the desk’s corpus file',
    );
    assert.equal(
      document.getText(supported[0].range),
      'Nobody in Europe will sign off on a deal that rewards aggression,',
    );

    // The desk corrects its record: the draft now misquotes it, with no command run.
    await writeFile(
      corpusFile,
      `${SOURCE_LINE}\n${statementLine('Nobody in Europe will sign off on a deal that rewards Russian aggression')}\n`,
    );
    await waitForDiagnostics(
      document.uri,
      (list) => list.map(kindOf).join() === 'misquote',
      'a re-check after the corpus file changed on disk',
    );
  });

  it('a corpus file outside the workspace is watched too', async () => {
    const outside = vscode.Uri.file(`${os.tmpdir()}/fact-desk-${process.pid}-outside.jsonl`);
    try {
      const document = await openDraft(STUBB);
      await writeFile(outside, `${SOURCE_LINE}\n${statementLine(STUBB_QUOTE)}\n`);
      await updateSetting('corpusFiles', [outside.fsPath]);
      await waitForDiagnostics(
        document.uri,
        (list) => list.map(kindOf).join() === 'supported',
        'the quote supported by a file outside the workspace',
      );
      await writeFile(
        outside,
        `${SOURCE_LINE}\n${statementLine('Nobody in Europe will sign off on a deal that rewards Russian aggression')}\n`,
      );
      await waitForDiagnostics(
        document.uri,
        (list) => list.map(kindOf).join() === 'misquote',
        'a re-check after the outside file changed',
      );
    } finally {
      await vscode.workspace.fs.delete(outside).then(undefined, () => undefined);
    }
  });

  it('reports a bad record with file, line and field on the corpus file, skips it, and loads the rest', async () => {
    const api = await factDesk();
    const badDate = statementLine('A record with an impossible date', { id: 'desk-bad-date', date: '2025-13-45' });
    await writeFile(corpusFile, `${SOURCE_LINE}\n${badDate}\n${statementLine(STUBB_QUOTE)}\n`);
    await updateSetting('corpusFiles', [corpusFile.fsPath]);
    await waitFor(
      api.corpus.onDidChange,
      () => api.corpus.problems.some((p) => p.recordId === 'desk-bad-date'),
      'the file to load',
    );
    assert.notEqual(await api.corpus.statement('desk-stubb-helsinki'), undefined, 'the good record is loaded');
    assert.equal(await api.corpus.statement('desk-bad-date'), undefined, 'the bad record is skipped');
    const problem = api.corpus.problems.find((p) => p.recordId === 'desk-bad-date');
    assert.ok(problem, JSON.stringify(api.corpus.problems));
    assert.equal(problem.line, 2);
    assert.equal(problem.field, 'date');
    const onFile = vscode.languages.getDiagnostics(corpusFile);
    assert.ok(
      onFile.some((d) => d.range.start.line === 1 && d.message.startsWith('date: ') && d.source === 'Fact Desk corpus'),
      JSON.stringify(onFile),
    );
  });

  it('the corpus view lists a speaker’s records 200 at a time, newest first, with a row that lists the next', async () => {
    const api = await factDesk();
    // 205 records by one speaker, a day apart in 2026: newer than the bundled corpus's, so they come first.
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const lines = Array.from({ length: 205 }, (_, i) =>
      statementLine(`Helsinki remark number ${i}`, { id: `desk-stubb-${i}`, date: day(i) }),
    );
    await writeFile(corpusFile, `${SOURCE_LINE}\n${lines.join('\n')}\n`);
    await updateSetting('corpusFiles', [corpusFile.fsPath]);
    await waitFor(api.corpus.onDidChange, () => api.corpus.statementCount >= 205, 'the 205 records to load');
    const speakers = await api.corpusTree.getChildren();
    const stubb = speakers.find((node) => api.corpusTree.getTreeItem(node).label === 'Alexander Stubb');
    assert.ok(stubb, speakers.map((node) => api.corpusTree.getTreeItem(node).label).join(', '));
    const total = Number(api.corpusTree.getTreeItem(stubb).description);
    assert.ok(total >= 205, String(total));
    let rows = (await api.corpusTree.getChildren(stubb)).map((node) => api.corpusTree.getTreeItem(node));
    assert.equal(rows.length, 201);
    assert.equal(rows[0].label, '“Helsinki remark number 204”');
    assert.equal(rows[199].label, '“Helsinki remark number 5”');
    const more = rows[200];
    assert.equal(more.label, `Show ${total - 200} more (${total - 200} not shown)`);
    await vscode.commands.executeCommand(more.command!.command, ...(more.command!.arguments ?? []));
    rows = (await api.corpusTree.getChildren(stubb)).map((node) => api.corpusTree.getTreeItem(node));
    assert.equal(rows.length, total, 'every record, and no more row');
    assert.equal(rows[204].label, '“Helsinki remark number 0”');
  });

  it('lists at most 1,000 problems on a corpus file, the last saying how many more the output has', async () => {
    const api = await factDesk();
    const bad = Array.from({ length: 1_005 }, (_, i) =>
      statementLine('A record with an impossible date', { id: `desk-bad-${i}`, date: '2025-13-45' }),
    );
    await writeFile(corpusFile, `${SOURCE_LINE}\n${bad.join('\n')}\n`);
    await updateSetting('corpusFiles', [corpusFile.fsPath]);
    await waitFor(
      api.corpus.onDidChange,
      () => api.corpus.problems.some((p) => p.recordId === 'desk-bad-1004'),
      'the bad records to be reported',
    );
    const onFile = vscode.languages.getDiagnostics(corpusFile);
    assert.equal(onFile.length, 1_000);
    assert.equal(onFile[998].range.start.line, 999, 'the 999th bad record, on line 1,000');
    assert.equal(
      onFile[999].message,
      '6 more problems in this file, not listed here: every problem is in the Fact Desk output.',
    );
  });

  it('corpus.ready() takes a corpus file changed a moment ago: the reload its watcher scheduled runs before it resolves', async () => {
    const api = await factDesk();
    const workspaceCorpus = vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'corpus.jsonl');
    await api.corpus.ready();
    const before = api.corpus.statementCount;
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceCorpus, '..'));
      await writeFile(workspaceCorpus, `${SOURCE_LINE}\n${statementLine(STUBB_QUOTE)}\n`);
      // The watcher's event schedules a reload a moment later (file events come in bursts).
      await waitFor(
        api.corpus.onDidScheduleReload,
        () => api.corpus.isReloadPending,
        'the watcher to schedule a reload',
      );
      await api.corpus.ready();
      assert.equal(api.corpus.isReloadPending, false, 'ready() ran the scheduled reload');
      assert.equal(api.corpus.statementCount, before + 1, 'the record written a moment ago is in effect');
    } finally {
      assert.equal(
        await changeCorpusFile(() => vscode.workspace.fs.delete(workspaceCorpus).then(undefined, () => undefined)),
        true,
        'the deletion scheduled a reload',
      );
    }
    assert.equal(api.corpus.statementCount, before, 'the deletion is in effect once ready() resolves');
  });

  it('a missing corpus file is reported, and the bundled corpus still loads', async () => {
    const api = await factDesk();
    const missing = vscode.Uri.file(`${os.tmpdir()}/fact-desk-${process.pid}-missing.json`);
    await updateSetting('corpusFiles', [missing.fsPath]);
    await waitFor(
      api.corpus.onDidChange,
      () => api.corpus.problems.some((p) => p.message.startsWith('Cannot read corpus file')),
      'the missing file to be reported',
    );
    assert.ok(api.corpus.statementCount > 30, 'the bundled statements are still there');
  });
});

describe('Add Selection to Corpus', () => {
  const workspaceCorpus = () => vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'corpus.jsonl');
  after(async () => {
    // The deletion's watcher schedules a reload: settled here, so it cannot land in the next suite.
    const seen = await changeCorpusFile(() =>
      vscode.workspace.fs.delete(workspaceCorpus()).then(undefined, () => undefined),
    );
    if (!seen) await (await factDesk()).corpus.reload();
    await closeAllEditors();
  });

  it('writes the selected quote to .factdesk/corpus.jsonl and uses it at once', async () => {
    const document = await openDraft(STUBB);
    await waitForDiagnostics(
      document.uri,
      (list) => list.map(kindOf).join() === 'unverified-quote',
      'the unsourced quote',
    );
    const editor = vscode.window.activeTextEditor!;
    const start = document.getText().indexOf('Nobody');
    editor.selection = new vscode.Selection(
      document.positionAt(start - 1),
      document.positionAt(start + STUBB_QUOTE.length + 2),
    );
    const statement = await vscode.commands.executeCommand<{ id: string; text: string; speaker: string }>(
      'factDesk.addSelectionToCorpus',
      {
        speaker: 'alexander-stubb',
        date: '2025-08-17',
        outlet: 'told reporters in Helsinki',
        source: 'Helsinki press briefing',
      },
    );
    assert.equal(statement.text, STUBB_QUOTE);
    assert.equal(statement.speaker, 'alexander-stubb');
    const lines = (await readText(workspaceCorpus()))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((record) => record.type),
      ['source', 'statement'],
    );
    assert.equal(lines[1].text, STUBB_QUOTE);
    assert.equal(lines[1].outlet, 'told reporters in Helsinki');
    const api = await factDesk();
    assert.deepEqual(
      api.corpus.problems.filter((p) => p.file.includes('.factdesk')),
      [],
      'the written records load cleanly',
    );
    await waitForDiagnostics(
      document.uri,
      (list) => list.map(kindOf).join() === 'supported',
      'the quote supported by the new record',
    );
  });
});
