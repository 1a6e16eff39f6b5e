// DiagnosticSlices with more diagnostics than VS Code keeps per collection and document
// (VSCODE_MAX_PER_FILE): such a list goes to VS Code whole, in the caller's task and in the first
// collection only, so VS Code's own cap applies once rather than once per slice; and it replaces an
// earlier sliced publication of the same document entirely. Run in the real VS Code host, against
// diagnostics made here (no draft, no language server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DiagnosticSlices, SLICE_SIZE, VSCODE_MAX_PER_FILE } from '../../src/extension/diagnosticSlices';

const SOURCE = 'slice-cap-test';

/** `count` warnings, one a line, each message naming its publication and index. */
function diagnostics(count: number, label: string): vscode.Diagnostic[] {
  return Array.from({ length: count }, (_, index) => {
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(index, 0, index, 4),
      `${label} ${index}`,
      vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = SOURCE;
    return diagnostic;
  });
}

const shown = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);

/** Publishes `list`: `done` resolves once `onDone` has run; `sync` says whether it ran before `set` returned. */
function publish(
  slices: DiagnosticSlices,
  uri: vscode.Uri,
  list: vscode.Diagnostic[],
): { done: Promise<void>; sync: boolean } {
  let ran = false;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  slices.set(uri, list, () => {
    ran = true;
    finished();
  });
  return { done, sync: ran };
}

describe('Diagnostics past VS Code’s cap of a document', function () {
  this.timeout(60_000);
  let slices: DiagnosticSlices;
  const uri = vscode.Uri.parse('untitled:slice-cap-draft.md');

  beforeEach(() => {
    slices = new DiagnosticSlices('factDeskSliceCapTest');
  });
  afterEach(() => slices.dispose());

  it('a list longer than the cap goes whole, in the caller’s task, in one collection', async () => {
    const count = VSCODE_MAX_PER_FILE + SLICE_SIZE / 2;
    const published = publish(slices, uri, diagnostics(count, 'long'));
    assert.equal(published.sync, true, 'onDone ran in the caller’s task: one slice, not several');
    assert.equal(slices.isPending(uri), false, 'nothing left to hand over');
    await published.done;
    const messages = shown(uri).map((diagnostic) => diagnostic.message);
    // VS Code keeps what it keeps of one collection; what it keeps is from this list, in its order, from the start.
    assert.ok(messages.length >= VSCODE_MAX_PER_FILE - 1, `${messages.length} shown`);
    assert.ok(messages.length <= count, `${messages.length} shown`);
    assert.deepEqual(
      messages,
      Array.from({ length: messages.length }, (_, index) => `long ${index}`),
    );
  });

  it('a list of exactly the cap is still sliced: later slices in later tasks', async () => {
    const published = publish(slices, uri, diagnostics(VSCODE_MAX_PER_FILE, 'capped'));
    assert.equal(published.sync, false, 'onDone waits for the later slices');
    assert.equal(slices.isPending(uri), true);
    await published.done;
    assert.deepEqual(
      shown(uri).map((diagnostic) => diagnostic.message),
      Array.from({ length: VSCODE_MAX_PER_FILE }, (_, index) => `capped ${index}`),
    );
  });

  it('a whole list replaces an earlier sliced one: no slice of the earlier one is left in a later collection', async () => {
    await publish(slices, uri, diagnostics(3 * SLICE_SIZE, 'sliced')).done;
    assert.equal(shown(uri).length, 3 * SLICE_SIZE);
    const count = VSCODE_MAX_PER_FILE + 1;
    await publish(slices, uri, diagnostics(count, 'whole')).done;
    const messages = shown(uri).map((diagnostic) => diagnostic.message);
    assert.equal(
      messages.filter((message) => message.startsWith('sliced')).length,
      0,
      'the earlier publication is gone',
    );
    assert.ok(messages.length >= VSCODE_MAX_PER_FILE - 1 && messages.length <= count, `${messages.length} shown`);
    await publish(slices, uri, []).done;
    assert.equal(shown(uri).length, 0, 'an empty publication clears it');
  });
});
