// Palette commands and the status bar: Check Current Draft, Check All Drafts in Workspace, Show
// Corpus, Open the Sample Draft, and the status bar counts for the active draft.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatCitation, loadBundledCorpus } from '../../src/engine';
import {
  closeAllEditors,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  sampleDraftUri,
  updateSetting,
  waitForCheck,
} from './helpers';
import { SAMPLE_FINDINGS } from './sampleFindings';
import { checkDraftFiles } from '../../src/extension/workspaceCheck';

describe('Commands and status bar', () => {
  afterEach(closeAllEditors);

  it('Check Current Draft returns the findings of the active draft, and the status bar counts them', async () => {
    const document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    const api = await waitForCheck(document);
    const result = await vscode.commands.executeCommand<{ findings: { kind: string }[] }>('factDesk.checkCurrentDraft');
    const kinds = result.findings.map((finding) => finding.kind);
    const supported = kinds.filter((kind) => kind === 'supported').length;
    const unverified = kinds.filter((kind) => kind === 'unverified-quote').length;
    const conflicts = kinds.length - supported - unverified;
    assert.ok(
      conflicts >= SAMPLE_FINDINGS.filter((f) => f.kind !== 'supported' && f.kind !== 'unverified-quote').length,
    );
    assert.equal(
      api.statusBar.item.text,
      `Fact Desk: ${supported} sourced, ${conflicts} to fix, ${unverified} unsourced`,
    );
    assert.equal((api.statusBar.item.command as string | undefined) ?? '', 'workbench.actions.view.problems');
  });

  it('Check All Drafts in Workspace checks drafts on disk and leaves their diagnostics for review', async () => {
    const summary = await vscode.commands.executeCommand<{
      files: number;
      conflicts: number;
      unverified: number;
      cancelled: boolean;
    }>('factDesk.checkAllDrafts');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 1, `${summary.files} files`);
    assert.ok(summary.unverified >= 1 && summary.conflicts >= 5, JSON.stringify(summary));
    const onDisk = factDeskDiagnostics(sampleDraftUri());
    assert.ok(
      onDisk.some((d) => kindOf(d) === 'misquote'),
      'the closed sample draft has its diagnostics in the Problems panel',
    );
  });

  it('Check All Drafts stops before the next file once cancelled (the notification’s Cancel), and counts only what it checked', async () => {
    const api = await factDesk();
    const files = [sampleDraftUri(), sampleDraftUri(), sampleDraftUri(), sampleDraftUri()];
    const cancel = new vscode.CancellationTokenSource();
    const reported: string[] = [];
    // The language server runs the loop (factDesk/checkAll) and reports each draft as it starts it: cancel as the third starts.
    const summary = await checkDraftFiles(
      files,
      api.diagnostics,
      {
        report: (step) => {
          reported.push(step.message ?? '');
          if (reported.length === 3) cancel.cancel();
        },
      },
      cancel.token,
    );
    const sample = await api.diagnostics.checkFile(sampleDraftUri());
    const conflicts =
      sample?.findings.filter((f) => f.kind !== 'supported' && f.kind !== 'unverified-quote').length ?? -1;
    assert.ok(conflicts >= 7, `${conflicts} conflicts in the sample draft`);
    assert.equal(summary.files, 2, 'two files checked, then no more');
    assert.equal(summary.cancelled, true);
    assert.equal(summary.conflicts, 2 * conflicts);
    assert.deepEqual(reported, ['draft.md', 'draft.md', 'draft.md']);
    cancel.dispose();
  });

  it('Show Corpus reveals the tree of records by speaker', async () => {
    const api = await factDesk();
    await vscode.commands.executeCommand('factDesk.showCorpus');
    const speakers = await api.corpusTree.getChildren();
    const labels = speakers.map((node) => api.corpusTree.getTreeItem(node).label);
    assert.equal(labels[labels.length - 1], 'Reported facts (no speaker)');
    const rubio = speakers.find((node) => api.corpusTree.getTreeItem(node).label === 'Marco Rubio');
    assert.ok(rubio, labels.join(', '));
    const statements = await api.corpusTree.getChildren(rubio);
    // The corpus in effect here is the bundled one (the sample workspace adds no records).
    assert.equal(
      statements.length,
      loadBundledCorpus().statements.filter((statement) => statement.speaker === 'marco-rubio').length,
    );
    const concessions = statements
      .map((node) => api.corpusTree.getTreeItem(node))
      .find((item) => String(item.label).startsWith('“It will require both sides'));
    assert.ok(concessions, 'Rubio’s concessions quote is listed');
    assert.equal(concessions.description, 'Sunday 17 August 2025 · CBS’s Face the Nation');
    assert.equal(concessions.command?.command, 'factDesk.showStatement');
  });

  it('contributes a walkthrough whose every step has its media and every command link is registered', async () => {
    const extension = vscode.extensions.getExtension('fact-desk.fact-desk')!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as {
      steps: { id: string; media: { markdown: string } }[];
    }[];
    assert.deepEqual(
      walkthrough.steps.map((step) => step.id),
      ['openSample', 'asYouWrite', 'lookUp', 'review'],
    );
    for (const step of walkthrough.steps) {
      const media = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
      assert.ok(media.size > 100, step.media.markdown);
    }
    const nls = JSON.parse(
      new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'package.nls.json')),
      ),
    ) as Record<string, string>;
    const linked = Object.values(nls).flatMap((text) =>
      [...text.matchAll(/\(command:(factDesk\.\w+)\)/g)].map((match) => match[1]),
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(linked.length >= 5);
    assert.deepEqual(
      linked.filter((command) => !registered.has(command)),
      [],
    );
  });

  it('Open the Sample Draft (the walkthrough’s first step) opens samples/draft.md', async () => {
    await vscode.commands.executeCommand('factDesk.openSampleDraft');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sampleDraftUri().toString());
  });

  it('Insert Citation (hover link) adds the citation after the claim’s paragraph, in one edit', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Rubio spoke.\nHe was brief.\n\nNext paragraph.\n',
    });
    await vscode.window.showTextDocument(document);
    assert.equal(
      await vscode.commands.executeCommand('factDesk.insertCitation', {
        statementId: 'rubio-both-sides-concessions',
        uri: document.uri.toString(),
        offset: 3,
      }),
      true,
    );
    const api = await factDesk();
    const citation = formatCitation(
      (await api.corpus.statement('rubio-both-sides-concessions'))!,
      await api.corpus.directory(),
    );
    assert.equal(document.getText(), `Rubio spoke.\nHe was brief.\n\n${citation}\n\nNext paragraph.\n`);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), 'Rubio spoke.\nHe was brief.\n\nNext paragraph.\n', 'one undo step');
  });

  it('Insert Citation words each kind of venue grammatically: a programme, reporters, a place, a meeting, a message, an interview, a conference, a reported claim', async () => {
    const pinned: [string, string][] = [
      [
        'witkoff-article-5-fox',
        '“The United States is potentially prepared to be able to give Article 5 security guarantees, but not from NATO - directly from the United States and other European countries,” Steve Witkoff said on Fox News Sunday (Sunday 17 August 2025; The Washington Post).',
      ],
      [
        'frederiksen-protect-populations',
        '“Europe must be able to make the decisions necessary to protect our populations,” Mette Frederiksen told reporters in Brussels (Thursday 18 December 2025; Bloomberg).',
      ],
      [
        'zelensky-pressure-of-weapons',
        '“under the pressure of weapons,” Volodymyr Zelensky said in Brussels, alongside Ursula von der Leyen (Sunday 17 August 2025; The Washington Post).',
      ],
      [
        'putin-by-military-means',
        '“by military means,” Vladimir Putin said at a meeting with Defense Ministry officials (Wednesday 17 December 2025; Bloomberg).',
      ],
      [
        'zelenskyy-voted-in-congress',
        '“For us, it is a principal thing that it is voted in the Congress,” Volodymyr Zelensky said in an audio message to reporters (Thursday 18 December 2025; Bloomberg).',
      ],
      [
        'ryabkov-verge-of-resolving',
        '“we’re on the verge of resolving this terrible crisis,” Sergey Ryabkov said in an interview with ABC News (Monday 15 December 2025; Bloomberg).',
      ],
      [
        'zelensky-want-peace-real-guarantees',
        '“We want peace very much, but we need real security guarantees,” Volodymyr Zelensky said at the Munich Security Conference (Friday 14 February 2025; Unidentified news site (“World Defense” section)).',
      ],
      // A reported claim is the article's words: quoted and credited, never the reporter's own sentence.
      [
        'us-no-ground-troops',
        'Latest NewsX reported that “the U.S. would not deploy on‑the‑ground troops” (week of 15 December 2025).',
      ],
      [
        'trump-putin-wants-all-donbas',
        'The Washington Post reported that “Mr Trump also told allies that Mr Putin wanted all of Ukraine’s eastern Donbas region as a condition for ending the war” (per Donald Trump, who told allies; week of 11 August 2025).',
      ],
    ];
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    for (const [statementId, citation] of pinned) {
      assert.equal(await vscode.commands.executeCommand('factDesk.insertCitation', { statementId }), true, statementId);
      assert.equal(document.getText(), citation);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), '', `${statementId}: one undo step`);
    }
  });

  it('Insert Citation follows factDesk.citationStyle: AP style dated against the draft’s front matter', async () => {
    await updateSetting('citationStyle', 'ap');
    try {
      const document = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: '---\ndate: 2025-08-20\n---\n\nWitkoff spoke.\n',
      });
      await vscode.window.showTextDocument(document);
      assert.equal(
        await vscode.commands.executeCommand('factDesk.insertCitation', {
          statementId: 'frederiksen-protect-populations',
          uri: document.uri.toString(),
          offset: 30,
          version: document.version,
        }),
        true,
      );
      assert.equal(
        document.getText(),
        '---\ndate: 2025-08-20\n---\n\nWitkoff spoke.\n\n“Europe must be able to make the decisions necessary to protect our populations,” Danish Prime Minister Mette Frederiksen told reporters in Brussels Dec. 18, according to Bloomberg.\n',
      );
      assert.equal(
        await vscode.commands.executeCommand('factDesk.insertCitation', {
          statementId: 'witkoff-article-5-fox',
          uri: document.uri.toString(),
          offset: 30,
          version: document.version,
        }),
        true,
      );
      assert.match(
        document.getText(),
        /” U\.S\. special envoy Steve Witkoff said Sunday on “Fox News Sunday,” according to The Washington Post\.\n\n“Europe/,
      );
    } finally {
      await updateSetting('citationStyle', undefined);
    }
  });
});
