// DiagnosticSlices hands VS Code only the slices that changed (src/extension/shownSlices.ts): a
// publication equal to what VS Code shows sets nothing, and one with a single slice changed sets that
// slice alone. Run in the real VS Code host, against diagnostics made here (no draft, no language
// server), counting the `set` calls on the collections as bench:host does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DiagnosticSlices, SLICE_SIZE } from '../../src/extension/diagnosticSlices';

const NAME = 'factDeskUnchangedSliceTest';

/** `count` warnings, one a line, each message naming its index (and `changed` ones marked). */
function diagnostics(count: number, changed: (index: number) => boolean = () => false): vscode.Diagnostic[] {
  return Array.from(
    { length: count },
    (_, index) =>
      new vscode.Diagnostic(
        new vscode.Range(index, 0, index, 4),
        `finding ${index}${changed(index) ? ' (changed)' : ''}`,
        vscode.DiagnosticSeverity.Warning,
      ),
  );
}

/** Records every `set` on this test's collections (their diagnostics' first messages) until disposed. */
function recordSets(): { calls: string[][]; dispose(): void } {
  const probe = vscode.languages.createDiagnosticCollection('unchanged-slice-probe');
  let owner: { set: (...args: unknown[]) => void } | null = Object.getPrototypeOf(probe);
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'set')) owner = Object.getPrototypeOf(owner);
  probe.dispose();
  const target = owner!;
  const original = target.set;
  const calls: string[][] = [];
  target.set = function (this: vscode.DiagnosticCollection, ...args: unknown[]) {
    if (this.name.startsWith(NAME))
      calls.push((args[1] as vscode.Diagnostic[]).map((diagnostic) => diagnostic.message));
    return original.apply(this, args);
  };
  return { calls, dispose: () => (target.set = original) };
}

const publish = (slices: DiagnosticSlices, uri: vscode.Uri, list: vscode.Diagnostic[]) =>
  new Promise<void>((resolve) => slices.set(uri, list, resolve));

describe('Diagnostics VS Code already shows are not handed over again', function () {
  this.timeout(60_000);
  const uri = vscode.Uri.parse('untitled:unchanged-slices-draft.md');
  let slices: DiagnosticSlices;
  let sets: ReturnType<typeof recordSets> | undefined;

  beforeEach(() => {
    slices = new DiagnosticSlices(NAME);
  });
  afterEach(() => {
    sets?.dispose();
    sets = undefined;
    slices.dispose();
  });

  it('the same list again: no slice is set, and the publication still completes', async () => {
    await publish(slices, uri, diagnostics(3 * SLICE_SIZE));
    sets = recordSets();
    await publish(slices, uri, diagnostics(3 * SLICE_SIZE));
    assert.deepEqual(sets.calls, []);
    assert.equal(vscode.languages.getDiagnostics(uri).length, 3 * SLICE_SIZE);
  });

  it('one finding of the third slice changed: that slice alone is set, and every diagnostic is shown in order', async () => {
    await publish(slices, uri, diagnostics(3 * SLICE_SIZE));
    sets = recordSets();
    const changedAt = 2 * SLICE_SIZE + 3;
    await publish(
      slices,
      uri,
      diagnostics(3 * SLICE_SIZE, (index) => index === changedAt),
    );
    assert.deepEqual(
      sets.calls.map((messages) => [messages.length, messages[0], messages[3]]),
      [[SLICE_SIZE, `finding ${2 * SLICE_SIZE}`, `finding ${changedAt} (changed)`]],
    );
    assert.deepEqual(
      vscode.languages
        .getDiagnostics(uri)
        .filter((diagnostic) => diagnostic.message.startsWith('finding'))
        .map((diagnostic) => diagnostic.message),
      diagnostics(3 * SLICE_SIZE, (index) => index === changedAt).map((diagnostic) => diagnostic.message),
    );
  });
});
