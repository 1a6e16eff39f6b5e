// What a reporter sees of Fact Desk's own state (issue 13): supported claims marked where the eye
// lands, a status bar that counts in words what the Problems panel lists, a quotation being typed
// left alone, the numbered Add to Corpus form, the formatted statement view, the corpus view's
// order and the documentation links of the Problems panel.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AddToCorpusStep } from '../../src/extension/addToCorpus';
import {
  closeAllEditors,
  describeRange,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  sampleDraftUri,
  updateSetting,
  waitFor,
  waitForCheck,
  workspaceFolder,
} from './helpers';

async function openSample(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sampleDraftUri());
  await vscode.window.showTextDocument(document);
  await waitForCheck(document);
  return document;
}

/**
 * Sets a step's value as typing would, and waits until the workbench has it: the extension host
 * sends input updates on its next tick, so an accept sent at once could overtake them. The
 * workbench's answer (the filtered active item, or the value echoed) is the event waited on.
 */
function type(step: AddToCorpusStep, value: string): Promise<void> {
  return new Promise((resolve) => {
    const input = step.input;
    const timer = setTimeout(finish, 2_000);
    const subscription = 'activeItems' in input ? input.onDidChangeActive(finish) : input.onDidChangeValue(finish);
    function finish() {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
    input.value = value;
  });
}

/** The Fact Desk rows the Problems panel lists for a draft (hints are not listed there). */
function problemRows(uri: vscode.Uri): vscode.Diagnostic[] {
  return factDeskDiagnostics(uri).filter(
    (diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint && kindOf(diagnostic) !== 'size-cap',
  );
}

describe('Reader view: decorations, status bar, typing, corpus form, statement view', () => {
  afterEach(async () => {
    await updateSetting('supportedDecoration', undefined);
    await updateSetting('severity', undefined);
    await closeAllEditors();
  });

  it('supported claims are underlined by default, and factDesk.supportedDecoration switches to subtle or off', async () => {
    const document = await openSample();
    const api = await factDesk();
    const supported = factDeskDiagnostics(document.uri)
      .filter((diagnostic) => kindOf(diagnostic) === 'supported')
      .map((diagnostic) => describeRange(diagnostic.range));
    assert.ok(supported.length >= 3, `${supported.length} supported claims`);
    await waitFor(
      api.diagnostics.onDidUpdate,
      () => api.supportedDecorations.current(document.uri).ranges.length > 0,
      'the supported claims marked',
    );
    assert.equal(api.supportedDecorations.current(document.uri).style, 'underline');
    assert.deepEqual(api.supportedDecorations.current(document.uri).ranges.map(describeRange), supported);

    await updateSetting('supportedDecoration', 'subtle');
    await waitFor(
      vscode.workspace.onDidChangeConfiguration,
      () => api.supportedDecorations.current(document.uri).style === 'subtle',
      'the subtle style',
    );
    assert.deepEqual(api.supportedDecorations.current(document.uri).ranges.map(describeRange), supported);

    await updateSetting('supportedDecoration', 'off');
    await waitFor(
      vscode.workspace.onDidChangeConfiguration,
      () => api.supportedDecorations.current(document.uri).style === 'off',
      'no marks',
    );
    assert.deepEqual(api.supportedDecorations.current(document.uri).ranges, []);
  });

  it('the status bar says in words what it counts, and its counts are the Problems panel’s rows and the marked claims', async () => {
    const document = await openSample();
    const api = await factDesk();
    const kinds = factDeskDiagnostics(document.uri).map(kindOf);
    const supported = kinds.filter((kind) => kind === 'supported').length;
    const unsourced = kinds.filter((kind) => kind === 'unverified-quote').length;
    const rows = problemRows(document.uri);
    assert.equal(
      api.statusBar.item.text,
      `Fact Desk: ${supported} sourced, ${rows.length - unsourced} to fix, ${unsourced} unsourced`,
    );
    assert.doesNotMatch(
      api.statusBar.item.text,
      /\$\((warning|error|pass|question)\)/,
      'no icons in the form of VS Code’s problem counter',
    );
    assert.equal(api.supportedDecorations.current(document.uri).ranges.length, supported);
    const tooltip = (api.statusBar.item.tooltip as vscode.MarkdownString).value;
    assert.ok(
      tooltip.includes(`${unsourced} ${unsourced === 1 ? 'quotation' : 'quotations'} with no source in the corpus`),
      tooltip,
    );
    assert.doesNotMatch(tooltip, /\(s\)/);

    // A kind turned off leaves the Problems panel and the status bar together.
    await updateSetting('severity', { 'unverified-quote': 'off' });
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => !factDeskDiagnostics(document.uri).some((diagnostic) => kindOf(diagnostic) === 'unverified-quote'),
      'unsourced quotes turned off',
    );
    await waitFor(
      api.diagnostics.onDidUpdate,
      () => api.statusBar.item.text.endsWith(' 0 unsourced'),
      'the status bar without unsourced quotes',
    );
    assert.equal(
      api.statusBar.item.text,
      `Fact Desk: ${supported} sourced, ${problemRows(document.uri).length} to fix, 0 unsourced`,
    );
  });

  it('a quotation being typed is not judged or counted until its closing mark is typed or the cursor leaves it', async () => {
    const before = 'Rubio said on CBS’s Face the Nation that “Ukraine is a sovereign country.”\n\nWitkoff told CNN: ';
    const document = await openDraft(before);
    const api = await waitForCheck(document);
    const editor = vscode.window.activeTextEditor!;
    const settled = api.statusBar.item.text;
    const diagnosticsBefore = factDeskDiagnostics(document.uri).map(
      (diagnostic) => `${kindOf(diagnostic)} ${describeRange(diagnostic.range)}`,
    );
    assert.ok(
      diagnosticsBefore.some((entry) => entry.startsWith('supported 0:')),
      diagnosticsBefore.join('\n'),
    );

    editor.selection = new vscode.Selection(document.positionAt(before.length), document.positionAt(before.length));
    for (const chunk of ['“The United States', ' is potentially prepared', ' to give']) {
      await vscode.commands.executeCommand('type', { text: chunk });
      await waitForCheck(document);
      assert.deepEqual(
        factDeskDiagnostics(document.uri).map(
          (diagnostic) => `${kindOf(diagnostic)} ${describeRange(diagnostic.range)}`,
        ),
        diagnosticsBefore,
        `after typing “${chunk}”`,
      );
      assert.equal(api.statusBar.item.text, settled);
    }

    // The cursor leaves the open quotation: it is judged as written (it runs to the paragraph's end).
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => factDeskDiagnostics(document.uri).some((diagnostic) => diagnostic.range.start.line === 2),
      'the open quotation judged once the cursor left it',
    );

    // Back inside and closed: judged with the cursor still in it.
    const end = document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '”' });
    await waitForCheck(document);
    const line2 = factDeskDiagnostics(document.uri).filter((diagnostic) => diagnostic.range.start.line === 2);
    assert.ok(line2.length > 0, 'the closed quotation is judged');
    assert.notEqual(api.statusBar.item.text, settled);
  });

  it('Add to Corpus is one form of five numbered steps with Back, its date proposed from the draft’s “on Monday”; the record is labelled as the newsroom’s', async () => {
    const api = await factDesk();
    await api.corpus.ready();
    const workspaceCorpus = vscode.Uri.joinPath(workspaceFolder(), '.factdesk', 'corpus.jsonl');
    const quote = 'Talks will resume within a fortnight in Helsinki';
    const draft = vscode.Uri.joinPath(workspaceFolder(), `form-draft-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(
      draft,
      new TextEncoder().encode(
        `---\ndate: 2025-08-19\n---\n\n“${quote},” Finnish President Alexander Stubb told reporters on Monday.\n`,
      ),
    );
    const document = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(document);
    await waitForCheck(document);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draft.toString());
    const start = document.getText().indexOf(quote);
    vscode.window.activeTextEditor!.selection = new vscode.Selection(
      document.positionAt(start - 1),
      document.positionAt(start + quote.length + 2),
    );

    const steps: AddToCorpusStep[] = [];
    let waiting: ((step: AddToCorpusStep) => void) | undefined;
    const subscription = api.onDidShowAddToCorpusStep((step) => {
      steps.push(step);
      waiting?.(step);
    });
    const next = (count: number) =>
      new Promise<AddToCorpusStep>((resolve, reject) => {
        if (steps.length >= count) return resolve(steps[count - 1]);
        const timer = setTimeout(() => reject(new Error(`step ${count} was not shown`)), 20_000);
        waiting = (step) => {
          if (steps.length < count) return;
          clearTimeout(timer);
          resolve(step);
        };
      });
    const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const source = (await api.corpus.directory()).sources[0];
    try {
      const done = vscode.commands.executeCommand<{
        id: string;
        speaker: string;
        date: string;
        dateBasis: string;
        outlet: string;
        source: string;
        added?: string;
      }>('factDesk.addSelectionToCorpus');

      const text = await next(1);
      assert.deepEqual(
        [text.input.title, text.input.step, text.input.totalSteps, text.input.buttons.length],
        ['Add to corpus', 1, 5, 0],
      );
      assert.equal(text.input.value, `${quote}`);
      await accept();

      const speaker = await next(2);
      assert.deepEqual([speaker.input.step, speaker.input.buttons.length], [2, 1], 'step 2 of 5, with Back');
      await type(speaker, 'Alexander Stubb');
      await accept();

      const date = await next(3);
      assert.equal(date.input.step, 3);
      assert.equal(date.input.value, '2025-08-18', 'Monday before a draft dated Tuesday 19 August 2025');
      assert.match((date.input as vscode.InputBox).prompt ?? '', /“Monday” in a draft dated Tuesday 19 August 2025/);
      await vscode.commands.executeCommand('workbench.action.quickInputBack');

      const again = await next(4);
      assert.equal(again.input.step, 2, 'Back returns to the speaker');
      await type(again, 'Alexander Stubb');
      await accept();
      await next(5);
      await accept();

      const outlet = await next(6);
      assert.equal(outlet.input.step, 4);
      await type(outlet, 'told reporters');
      await accept();

      const sourceStep = await next(7);
      assert.equal(sourceStep.input.step, 5);
      await type(sourceStep, source.headline);
      await accept();

      const statement = await done;
      assert.ok(statement, 'the form was completed');
      assert.deepEqual(
        [statement.speaker, statement.date, statement.outlet, statement.source],
        ['alexander-stubb', '2025-08-18', 'told reporters', source.id],
      );
      assert.equal(statement.dateBasis, '“Monday” in a draft dated Tuesday 19 August 2025: Monday 18 August 2025.');
      assert.match(statement.added ?? '', /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(await api.corpus.isNewsroomRecord(statement.id), true);
      assert.equal(await api.corpus.isNewsroomRecord('rubio-things-russia-holding'), false);

      const [year, month, day] = statement.added!.split('-').map(Number);
      const label = `from your newsroom's corpus, added ${day} ${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
      const uri = await vscode.commands.executeCommand<vscode.Uri>('factDesk.showStatement', {
        statementId: statement.id,
      });
      const view = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.ok(view.includes(`*F${label.slice(1)}: not a published source.*`), view);

      await waitFor(
        vscode.languages.onDidChangeDiagnostics,
        () => factDeskDiagnostics(document.uri).some((diagnostic) => kindOf(diagnostic) === 'supported'),
        'the quote supported by the new record',
      );
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        document.positionAt(start + 3),
      );
      const hover = hovers
        .map((item) => item.contents.map((part) => (part as vscode.MarkdownString).value).join('\n'))
        .join('\n');
      assert.ok(hover.includes(`F${label.slice(1).replace(/'/g, "'")}`), hover);
    } finally {
      subscription.dispose();
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await vscode.workspace.fs.delete(workspaceCorpus).then(undefined, () => undefined);
      await closeAllEditors();
      await vscode.workspace.fs.delete(draft).then(undefined, () => undefined);
      await api.corpus.reload();
    }
  });

  it('Show the statement opens a formatted, read-only view in the Markdown preview, not the raw JSON', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('factDesk.showStatement', {
      statementId: 'rubio-things-russia-holding',
    });
    assert.equal(uri.scheme, 'factdesk-statement');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const lines = text.split('\n');
    assert.equal(lines[0], '# Marco Rubio, Secretary of State');
    assert.ok(
      text.includes(
        '> “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”',
      ),
      text,
    );
    assert.match(text, /^- \*\*Date:\*\* Sunday 17 August 2025/m);
    assert.match(text, /^- \*\*Outlet or venue:\*\* CBS’s Face the Nation$/m);
    assert.doesNotMatch(text, /"id"\s*:|not stated|newsroom/);
    await waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return input instanceof vscode.TabInputWebview && /markdown\.preview/.test(input.viewType);
      },
      'the Markdown preview of the statement',
    );
  });

  it('the corpus view lists people by surname, anonymous sources after them and reported facts last', async () => {
    const api = await factDesk();
    const nodes = await api.corpusTree.getChildren();
    const labels = nodes.map((node) => String(api.corpusTree.getTreeItem(node).label));
    const directory = await api.corpus.directory();
    const kindOfName = (label: string) => directory.people.find((person) => person.name === label)?.kind;
    const firstAnonymous = labels.findIndex((label) => kindOfName(label) === 'anonymous');
    assert.ok(firstAnonymous > 0, labels.join(', '));
    assert.ok(
      labels.slice(firstAnonymous, -1).every((label) => kindOfName(label) === 'anonymous'),
      labels.join(', '),
    );
    assert.equal(labels[labels.length - 1], 'Reported facts (no speaker)');
    const people = labels.filter((label) => kindOfName(label) === 'person');
    const surname = (name: string) =>
      name
        .split(/\s+/)
        .filter((word) => !/^(jr|sr|ii|iii)\.?$/i.test(word))
        .pop()!;
    for (let i = 1; i < people.length; i++)
      assert.ok(
        surname(people[i - 1]).localeCompare(surname(people[i]), 'en', { sensitivity: 'base' }) <= 0,
        `${people[i - 1]} before ${people[i]}`,
      );
    assert.ok(
      labels.indexOf('Marco Rubio') < labels.indexOf('JD Vance') &&
        labels.indexOf('JD Vance') < labels.indexOf('Steve Witkoff'),
      labels.join(', '),
    );
  });

  it('the Problems panel’s documentation link opens docs/findings.md rendered, at the kind’s section', async () => {
    const document = await openSample();
    const misquote = factDeskDiagnostics(document.uri).find((diagnostic) => kindOf(diagnostic) === 'misquote')!;
    const code = misquote.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'factDesk.showFindingDocs');
    assert.deepEqual(JSON.parse(code.target.query), ['misquote']);
    const target = await vscode.commands.executeCommand<vscode.Uri>(
      code.target.path,
      ...(JSON.parse(code.target.query) as string[]),
    );
    assert.equal(target.fragment, 'misquote');
    await waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return (
          input instanceof vscode.TabInputCustom &&
          input.viewType === 'vscode.markdown.preview.editor' &&
          input.uri.path.endsWith('/docs/findings.md')
        );
      },
      'the rendered findings page',
    );
  });
});
