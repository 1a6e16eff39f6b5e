// Diagnostics on the sample draft, through the real vscode API: exact kinds, ranges, messages,
// severities, codes and related information; and the life cycle (untitled and unsaved drafts,
// languages, close, toggle, settings, size cap, stale results).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  describeRange,
  factDesk,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  rangeOf,
  readText,
  sampleDraftUri,
  updateSetting,
  waitForCheck,
  waitForDiagnostics,
} from './helpers';
import { SAMPLE_FINDINGS, SAMPLE_GAPS, type ExpectedFinding } from './sampleFindings';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  supported: vscode.DiagnosticSeverity.Hint,
  'unverified-quote': vscode.DiagnosticSeverity.Information,
};
const expectedSeverity = (kind: string) => SEVERITY[kind] ?? vscode.DiagnosticSeverity.Warning;

function find(
  diagnostics: vscode.Diagnostic[],
  document: vscode.TextDocument,
  expected: ExpectedFinding,
): vscode.Diagnostic | undefined {
  const range = rangeOf(document, expected.text, expected.occurrence ?? 0);
  return diagnostics.find((diagnostic) => kindOf(diagnostic) === expected.kind && diagnostic.range.isEqual(range));
}

describe('Diagnostics on the sample draft', function () {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    // Earlier suites change the corpus (files named in settings, the workspace corpus): settle any
    // reload they started, so the draft is judged against the bundled corpus alone.
    await (await factDesk()).corpus.ready();
    document = await vscode.workspace.openTextDocument(sampleDraftUri());
    await vscode.window.showTextDocument(document);
    await waitForCheck(document);
    diagnostics = factDeskDiagnostics(document.uri);
  });

  for (const expected of SAMPLE_FINDINGS) {
    it(`${expected.kind} on “${expected.text.slice(0, 50)}”: exact range, message, severity and code`, () => {
      const diagnostic = find(diagnostics, document, expected);
      assert.ok(
        diagnostic,
        `no ${expected.kind} at ${describeRange(rangeOf(document, expected.text, expected.occurrence ?? 0))}; got:\n` +
          diagnostics.map((d) => `${kindOf(d)} ${describeRange(d.range)} ${document.getText(d.range)}`).join('\n'),
      );
      assert.equal(diagnostic.message, expected.message);
      assert.equal(diagnostic.severity, expectedSeverity(expected.kind));
      assert.equal(diagnostic.source, 'Fact Desk');
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, expected.kind);
      // The Problems panel's link opens docs/findings.md rendered, at the kind's section (a command: the raw file would open as a draft).
      assert.equal(
        `${code.target.scheme}:${code.target.path}`,
        'command:factDesk.showFindingDocs',
        code.target.toString(),
      );
      assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), [expected.kind]);
    });
  }

  for (const gap of SAMPLE_GAPS) {
    // Findings the sample draft should get and the engine does not (yet) produce: reported, not enshrined.
    it.skip(`ENGINE GAP: ${gap}`);
  }

  it('reports nothing but the expected findings (no false alarms among conflicts)', () => {
    const unexpected = diagnostics.filter(
      (diagnostic) =>
        diagnostic.severity === vscode.DiagnosticSeverity.Warning &&
        !SAMPLE_FINDINGS.some((expected) => find([diagnostic], document, expected)),
    );
    assert.deepEqual(
      unexpected.map((d) => `${kindOf(d)} ${describeRange(d.range)} “${document.getText(d.range)}”`),
      [],
    );
  });

  it("every conflict leads with the difference: its first words, per kind, name the draft's words and the record's", () => {
    const FIRST_WORDS: Record<string, string> = {
      misquote: 'Misquote: “Ukraine” where the record has “Russia” — ',
      negation: 'Says the opposite: “had promised” where the record has “never promised” — ',
      'wrong-outlet': 'Wrong outlet: “CNN” where the record has “Fox News Sunday” — ',
      'wrong-date': 'Wrong date: “Saturday” where the record has “Sunday” — ',
      misattribution: 'Wrong speaker: “French President Emmanuel…” where the record has “Ursula von der Leyen” — ',
    };
    for (const [kind, first] of Object.entries(FIRST_WORDS)) {
      const diagnostic = diagnostics.find((d) => kindOf(d) === kind);
      assert.ok(diagnostic?.message.startsWith(first), `${kind}: ${diagnostic?.message}`);
    }
    const numbers = diagnostics
      .filter((d) => kindOf(d) === 'wrong-number')
      .map((d) => d.message.slice(0, d.message.indexOf(' — ')));
    assert.deepEqual(numbers, [
      'Wrong number: “two” where the record has “three”',
      'Wrong number: “60” where the record has “90”',
    ]);
  });

  it("underlines the differing words, and the difference is within the Problems row's first 80 characters", () => {
    const conflicts = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    assert.ok(conflicts.length >= 6, `${conflicts.length} conflicts`);
    for (const diagnostic of conflicts) {
      const underlined = document.getText(diagnostic.range);
      // Never the whole quotation or sentence: a few words at most.
      assert.ok(underlined.split(/\s+/).length <= 4, `${kindOf(diagnostic)} underlines “${underlined}”`);
      const head = diagnostic.message.slice(0, 80);
      assert.ok(
        head.includes(`“${underlined.split(/\s+/)[0]}`),
        `${kindOf(diagnostic)}: the draft's words are not in “${head}”`,
      );
      assert.ok(
        /where the record has “[^”]+/.test(head),
        `${kindOf(diagnostic)}: the record's words are not in “${head}”`,
      );
    }
  });

  it('points related information at the record in data/statements.json, without its internal id', async () => {
    const misquote = diagnostics.find((diagnostic) => kindOf(diagnostic) === 'misquote');
    assert.ok(misquote?.relatedInformation?.length, 'the misquote has related information');
    assert.equal(
      misquote.relatedInformation[0].message,
      'On record: “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”',
    );
    const location = misquote.relatedInformation[0].location;
    assert.ok(location.uri.path.endsWith('/data/statements.json'), location.uri.toString());
    const recordFile = (await readText(location.uri)).split(/\r?\n/);
    assert.match(recordFile[location.range.start.line], /"id":\s*"rubio-things-russia-holding"/);
    // An unverified quote rests on no record, so it points nowhere.
    const unverified = diagnostics.find((diagnostic) => kindOf(diagnostic) === 'unverified-quote');
    assert.equal(unverified?.relatedInformation, undefined);
  });

  it('keeps the Problems panel for what matters: supported claims are hints unless the setting lifts them', async () => {
    const supportedCount = diagnostics.filter((diagnostic) => kindOf(diagnostic) === 'supported').length;
    assert.ok(supportedCount > 0);
    assert.ok(
      diagnostics.filter((d) => kindOf(d) === 'supported').every((d) => d.severity === vscode.DiagnosticSeverity.Hint),
    );
    await updateSetting('showSupportedInProblems', true);
    try {
      const lifted = await waitForDiagnostics(
        document.uri,
        (current) =>
          current.filter((d) => kindOf(d) === 'supported' && d.severity === vscode.DiagnosticSeverity.Information)
            .length === supportedCount,
        'supported claims as information',
      );
      assert.equal(lifted.filter((d) => kindOf(d) === 'supported').length, supportedCount);
    } finally {
      await updateSetting('showSupportedInProblems', undefined);
    }
    await waitForDiagnostics(
      document.uri,
      (current) =>
        current.filter((d) => kindOf(d) === 'supported').every((d) => d.severity === vscode.DiagnosticSeverity.Hint),
      'hints again',
    );
  });

  it('reads severity per kind from settings, and "off" hides a kind', async () => {
    await updateSetting('severity', { misquote: 'error', 'unverified-quote': 'off' });
    try {
      const current = await waitForDiagnostics(
        document.uri,
        (list) =>
          list.some((d) => kindOf(d) === 'misquote' && d.severity === vscode.DiagnosticSeverity.Error) &&
          !list.some((d) => kindOf(d) === 'unverified-quote'),
        'misquote as error, unverified quotes hidden',
      );
      assert.equal(
        current.find((d) => kindOf(d) === 'wrong-date')?.severity,
        vscode.DiagnosticSeverity.Warning,
        'other kinds keep their defaults',
      );
    } finally {
      await updateSetting('severity', undefined);
    }
    await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => kindOf(d) === 'unverified-quote'),
      'defaults again',
    );
  });

  after(closeAllEditors);
});

describe('Diagnostics life cycle', () => {
  const QUOTE =
    '“It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up,” Rubio said.';

  afterEach(closeAllEditors);

  it('checks an untitled, unsaved Markdown draft as it is typed, and drops results made stale by newer edits', async () => {
    const document = await openDraft('');
    const editor = vscode.window.activeTextEditor!;
    // Type the sentence in pieces faster than the debounce: only the final text's verdict may appear.
    for (const piece of [QUOTE.slice(0, 40), QUOTE.slice(40, 90), QUOTE.slice(90)]) {
      await editor.edit((builder) => builder.insert(document.lineAt(document.lineCount - 1).range.end, piece));
    }
    const api = await waitForCheck(document);
    assert.equal(api.diagnostics.resultFor(document.uri)?.version, document.version);
    const diagnostics = factDeskDiagnostics(document.uri);
    assert.deepEqual(diagnostics.map(kindOf), ['misquote']);
    // The misquote underlines the changed word.
    assert.equal(document.getText(diagnostics[0].range), 'Ukraine', describeRange(diagnostics[0].range));
  });

  it('checks plain text too, and only the languages in factDesk.languages', async () => {
    const plain = await openDraft(QUOTE, 'plaintext');
    await waitForDiagnostics(
      plain.uri,
      (list) => list.some((d) => kindOf(d) === 'misquote'),
      'a misquote in plain text',
    );

    const other = await openDraft(QUOTE, 'javascript');
    const api = await factDesk();
    await api.diagnostics.checkNow(other);
    assert.deepEqual(factDeskDiagnostics(other.uri), [], 'javascript is not a draft language by default');
    await updateSetting('languages', ['markdown', 'plaintext', 'javascript']);
    try {
      await waitForDiagnostics(
        other.uri,
        (list) => list.some((d) => kindOf(d) === 'misquote'),
        'a misquote once javascript is a draft language',
      );
    } finally {
      await updateSetting('languages', undefined);
    }
    await waitForDiagnostics(other.uri, (list) => list.length === 0, 'javascript dropped again');
  });

  it('clears diagnostics when the draft closes', async () => {
    const document = await openDraft(QUOTE);
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'diagnostics on the draft');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(document.uri, (list) => list.length === 0, 'diagnostics cleared on close');
  });

  it('Toggle Checking turns a document off and on again', async () => {
    const document = await openDraft(QUOTE);
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'diagnostics on the draft');
    assert.equal(await vscode.commands.executeCommand('factDesk.toggleChecking', { scope: 'document' }), false);
    await waitForDiagnostics(document.uri, (list) => list.length === 0, 'checking off');
    const api = await factDesk();
    assert.match(api.statusBar.item.text, /Fact Desk off/);
    assert.equal(await vscode.commands.executeCommand('factDesk.toggleChecking', { scope: 'document' }), true);
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'checking on again');
  });

  it('Toggle Checking for the workspace writes factDesk.enabled and clears every draft', async () => {
    const document = await openDraft(QUOTE);
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'diagnostics on the draft');
    try {
      assert.equal(await vscode.commands.executeCommand('factDesk.toggleChecking', { scope: 'workspace' }), false);
      assert.equal(vscode.workspace.getConfiguration('factDesk').get('enabled'), false);
      await waitForDiagnostics(document.uri, (list) => list.length === 0, 'checking off for the workspace');
    } finally {
      await updateSetting('enabled', undefined);
    }
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'checking on again');
  });

  it('checks a draft longer than factDesk.maxFileSize up to the cap and says so', async function () {
    this.timeout(150_000);
    const filler = 'The talks in Washington are expected to run into the evening. '.repeat(40);
    const document = await openDraft(`${QUOTE}\n\n${filler}\n\n${QUOTE}\n`);
    await updateSetting('maxFileSize', 1000);
    try {
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (list) => list.some((d) => kindOf(d) === 'size-cap'),
        'the size-cap message',
        // A settings change re-reads every folder's settings and corpus files before the re-check:
        // 7–10 s alone here, longer at the end of the full suite on a loaded machine.
        60_000,
      );
      const cap = diagnostics.find((d) => kindOf(d) === 'size-cap')!;
      assert.match(cap.message, /first 1,000 /);
      assert.equal(cap.severity, vscode.DiagnosticSeverity.Information);
      // The quote before the cap is checked; the one after it is not.
      assert.deepEqual(
        diagnostics.filter((d) => kindOf(d) === 'misquote').map((d) => d.range.start.line),
        [0],
      );
      const api = await factDesk();
      assert.match(api.statusBar.item.text, /\$\(alert\)/);
    } finally {
      await updateSetting('maxFileSize', undefined);
    }
    await waitForDiagnostics(
      document.uri,
      (list) =>
        !list.some((d) => kindOf(d) === 'size-cap') && list.filter((d) => kindOf(d) === 'misquote').length === 2,
      'both quotes checked without the cap',
      60_000,
    );
  });
});
