// "Import Quotes from Article…" and its review: proposals with evidence, accepted ones written to
// .factdesk/corpus.jsonl in one write and used at once by the open draft's check.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Proposal, ProposedStatement } from '../../src/engine/import/types';
import type { ReviewState } from '../../src/extension/importReview';
import { closeAllEditors, factDesk, kindOf, openDraft, readText, waitForDiagnostics, workspaceFolder } from './helpers';

const ARTICLE = [
  '---',
  'title: Harbour wall plan approved',
  'date: 2026-01-06',
  'publisher: Springfield Gazette',
  '---',
  '',
  '“We will rebuild the harbour wall before winter,” Jane Roe, the mayor, said on Monday.',
  '',
  '“The money is already in the budget,” she added.',
  '',
  'Councillor Tom Vale disagreed. “This plan is a fantasy,” he said.',
  '',
].join('\n');

const DRAFT = [
  '“We will rebuild the harbour wall before winter,” Jane Roe said.',
  '',
  '“The money is already in the budget,” Roe added.',
  '',
  '“This plan is a fantasy,” Tom Vale said.',
  '',
].join('\n');

const statementsOf = (proposals: readonly Proposal[]) =>
  proposals.filter((proposal): proposal is ProposedStatement => proposal.type === 'statement');

describe('Import Quotes from Article', () => {
  const article = vscode.Uri.joinPath(workspaceFolder(), `harbour-${process.pid}.md`);
  const workspaceCorpus = () => vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'corpus.jsonl');
  const removeCorpus = () =>
    Promise.resolve(vscode.workspace.fs.delete(workspaceCorpus())).then(undefined, () => undefined);

  before(() => vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE)));
  // Each test starts with no workspace corpus, so the article's words are new to the corpus.
  beforeEach(async () => {
    await removeCorpus();
    await (await factDesk()).corpus.reload();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('factDesk.review.clear');
    await closeAllEditors();
  });
  after(async () => {
    await removeCorpus();
    await vscode.workspace.fs.delete(article).then(undefined, () => undefined);
    await (await factDesk()).corpus.reload();
  });

  it('imports an article for review; accepting two proposals and rejecting one changes the open draft’s findings at once', async () => {
    const draft = await openDraft(DRAFT);
    await waitForDiagnostics(
      draft.uri,
      (list) => list.map(kindOf).join() === 'unverified-quote,unverified-quote,unverified-quote',
      'three unsourced quotes',
    );

    const state = await vscode.commands.executeCommand<ReviewState>('factDesk.importArticle', { uris: [article] });
    assert.deepEqual(state.failures, []);
    const proposed = statementsOf(state.proposals);
    assert.deepEqual(
      proposed.map((statement) => [
        statement.text,
        statement.speaker,
        statement.date,
        statement.status,
        statement.evidence.line,
      ]),
      [
        ['We will rebuild the harbour wall before winter', 'jane-roe', '2026-01-05', 'proposed', 7],
        ['The money is already in the budget', 'jane-roe', '2026-01-05', 'proposed', 9],
        // “he said”: the person named last before it. The reviewer cannot check it against a recording and rejects it.
        ['This plan is a fantasy', 'tom-vale', '2026-01-05', 'proposed', 11],
      ],
    );
    assert.equal(
      proposed[0].evidence.sentence,
      '“We will rebuild the harbour wall before winter,” Jane Roe, the mayor, said on Monday.',
    );

    // The review view lists the three proposals, each with its evidence under it.
    const api = await factDesk();
    const rows = api.importReview.getChildren();
    assert.deepEqual(
      rows.map((row) => api.importReview.getTreeItem(row).label),
      [
        '“We will rebuild the harbour wall before winter”',
        '“The money is already in the budget”',
        '“This plan is a fantasy”',
      ],
    );
    assert.equal(api.importReview.getTreeItem(rows[0]).contextValue, 'proposal.proposed');
    const evidence = api.importReview.getChildren(rows[0]);
    assert.equal(api.importReview.getTreeItem(evidence[0]).label, proposed[0].evidence.sentence);
    assert.equal(
      api.importReview.getTreeItem(evidence[0]).description,
      `${vscode.workspace.asRelativePath(article)}:7`,
    );

    await vscode.commands.executeCommand('factDesk.review.accept', { id: proposed[0].id });
    // An inline action passes the tree's node.
    await vscode.commands.executeCommand('factDesk.review.accept', rows[1]);
    await vscode.commands.executeCommand('factDesk.review.reject', { id: proposed[2].id });
    assert.deepEqual(
      statementsOf(api.importReview.proposals).map((statement) => statement.status),
      ['accepted', 'accepted', 'rejected'],
    );
    assert.equal(api.importReview.getTreeItem(api.importReview.getChildren()[2]).contextValue, 'proposal.rejected');

    const lines = await vscode.commands.executeCommand<string[]>('factDesk.review.save');
    const written = (await readText(workspaceCorpus()))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; id: string; text?: string; status?: string });
    assert.equal(written.length, lines.length);
    assert.deepEqual(
      written.map((record) => [record.type, record.id]),
      [
        ['source', 'springfield-gazette-2026-01-06-harbour-' + process.pid],
        ['person', 'jane-roe'],
        ['statement', proposed[0].id],
        ['statement', proposed[1].id],
      ],
    );
    assert.ok(
      written.every((record) => record.status === undefined),
      'review fields are not written to the corpus',
    );
    assert.deepEqual(
      api.corpus.problems.filter((problem) => problem.file.includes('.factdesk')),
      [],
      'the written records load cleanly',
    );
    assert.equal((await api.corpus.statement(proposed[0].id))?.speaker, 'jane-roe');
    // Decided statements leave the review.
    assert.deepEqual(api.importReview.getChildren(), []);

    await waitForDiagnostics(
      draft.uri,
      (list) => list.map(kindOf).join() === 'supported,supported,unverified-quote',
      'the two accepted quotes supported, the rejected one still unverified',
    );
  });

  it('edits a speaker (given by an alias), accepts all confident proposals, and the edited quote supports the draft', async () => {
    const draft = await openDraft('“This plan is a fantasy,” Tom Vale said.\n');
    await waitForDiagnostics(
      draft.uri,
      (list) => list.map(kindOf).join() === 'unverified-quote',
      'the unsourced quote',
    );
    const state = await vscode.commands.executeCommand<ReviewState>('factDesk.importArticle', {
      uris: [article.toString()],
      articleDate: '2026-01-06',
    });
    const vale = statementsOf(state.proposals)[2];
    const edited = await vscode.commands.executeCommand<ProposedStatement>('factDesk.review.edit', {
      id: vale.id,
      field: 'speaker',
      value: 'Vale',
    });
    assert.equal(edited.speaker, 'tom-vale');
    const bad = await vscode.commands.executeCommand<ProposedStatement | undefined>('factDesk.review.edit', {
      id: vale.id,
      field: 'date',
      value: 'last week',
    });
    assert.equal(bad, undefined, 'a bad date is refused');
    const api = await factDesk();
    assert.equal(api.importReview.getTreeItem(api.importReview.getChildren()[2]).description, 'Tom Vale · 2026-01-05');
    const confident = await vscode.commands.executeCommand<{ accepted: number; held: Record<string, number> }>(
      'factDesk.review.acceptConfident',
    );
    assert.deepEqual(confident, { accepted: 3, held: {} });
    await vscode.commands.executeCommand('factDesk.review.save');
    const written = (await readText(workspaceCorpus()))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; id: string; speaker?: string });
    assert.deepEqual(
      written.filter((record) => record.type === 'person').map((record) => record.id),
      ['jane-roe', 'tom-vale'],
    );
    assert.equal(written.find((record) => record.id === vale.id)?.speaker, 'tom-vale');
    await waitForDiagnostics(
      draft.uri,
      (list) => list.map(kindOf).join() === 'supported',
      'the edited quote supported',
    );
  });

  it('names a file it cannot import and writes nothing', async () => {
    const binary = vscode.Uri.joinPath(workspaceFolder(), `binary-${process.pid}.html`);
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    try {
      const state = await vscode.commands.executeCommand<ReviewState>('factDesk.importArticle', { uris: [binary] });
      assert.deepEqual(state.proposals, []);
      assert.deepEqual(
        state.failures.map((failure) => failure.file),
        [vscode.workspace.asRelativePath(binary)],
      );
      assert.ok(state.failures[0].message.length > 0);
      const api = await factDesk();
      assert.deepEqual(api.importReview.getChildren(), []);
      // Several files selected in the Explorer: the readable one is proposed, the other named.
      const both = await vscode.commands.executeCommand<ReviewState>('factDesk.importArticle', binary, [
        article,
        binary,
      ]);
      assert.equal(statementsOf(both.proposals).length, 3);
      assert.deepEqual(
        both.failures.map((failure) => failure.file),
        [vscode.workspace.asRelativePath(binary)],
      );
      await assert.rejects(
        Promise.resolve(vscode.workspace.fs.stat(workspaceCorpus())),
        'nothing is written to the corpus before a review',
      );
    } finally {
      await vscode.workspace.fs.delete(binary).then(undefined, () => undefined);
    }
  });
});
