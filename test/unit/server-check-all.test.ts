/** "Check All Drafts" as server work: LSP work-done progress per draft, and cancellation between drafts. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import type { CheckAllResult } from '../../src/server/protocol';
import { startHarness, type Harness } from './server-harness';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const findings = new FactChecker(loadBundledCorpus()).check(sample).findings;
const per = {
  supported: findings.filter((f) => f.kind === 'supported').length,
  unverified: findings.filter((f) => f.kind === 'unverified-quote').length,
  conflicts: findings.filter((f) => f.kind !== 'supported' && f.kind !== 'unverified-quote').length,
};
const folder = 'file:///desk';
const uris = [`${folder}/a.md`, `${folder}/b.md`, `${folder}/c.md`];

describe('language server: Check All Drafts', () => {
  let harness: Harness;
  let progress: unknown[];
  beforeEach(async () => {
    harness = await startHarness(new Map(uris.map((uri) => [uri, sample])), [folder]);
    progress = [];
    harness.client.onNotification('$/progress', (params: { token: string; value: unknown }) =>
      progress.push(params.value),
    );
  });
  afterEach(() => harness.dispose());

  it('checks every draft, reports each on the work-done progress, and sums the verdicts', async () => {
    const result = await harness.client.sendRequest<CheckAllResult>('factDesk/checkAll', {
      uris,
      workDoneToken: 'all',
    });
    assert.deepStrictEqual(result, {
      files: 3,
      supported: 3 * per.supported,
      conflicts: 3 * per.conflicts,
      unverified: 3 * per.unverified,
      cancelled: false,
    });
    assert.deepStrictEqual(progress, [
      { kind: 'begin', title: 'Fact Desk: checking drafts', cancellable: true, percentage: 0 },
      { kind: 'report', message: 'a.md', percentage: 0 },
      { kind: 'report', message: 'b.md', percentage: 33 },
      { kind: 'report', message: 'c.md', percentage: 67 },
      { kind: 'end' },
    ]);
    for (const uri of uris)
      assert.strictEqual(
        [...harness.published].reverse().find((p) => p.uri === uri)?.diagnostics.length,
        findings.length,
      );
  });

  it('cancelled during the second draft: stops, counts only the first, publishes nothing partial, and ends its progress', async () => {
    const source = new CancellationTokenSource();
    let asked = 0;
    // Each draft read from disk asks the client for its settings; at the second, the client cancels first.
    harness.onConfiguration = (scopes) => {
      if (scopes.includes(uris[1]) && ++asked === 1) source.cancel();
    };
    const result = await harness.client.sendRequest<CheckAllResult>(
      'factDesk/checkAll',
      { uris, workDoneToken: 'all' },
      source.token,
    );
    assert.deepStrictEqual(result, { files: 1, ...per, cancelled: true });
    assert.deepStrictEqual(
      harness.published.map((p) => p.uri),
      [uris[0]],
    );
    assert.deepStrictEqual((progress.at(-1) as { kind: string }).kind, 'end');
  });
});

describe('language server: Fact Desk’s own documents are not drafts', () => {
  const report = `${folder}/fact-check-reports/a.factcheck.md`;
  const renamed = `${folder}/renamed.md`;
  const files = new Map([
    [uris[0], sample],
    [report, sample],
    [renamed, `<!-- factdesk:report -->\n${sample}`],
  ]);
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness(files, [folder]);
  });
  afterEach(() => harness.dispose());

  it('Check All counts a report by name or by marker as checked, with nothing found, and publishes nothing for it', async () => {
    const result = await harness.client.sendRequest<CheckAllResult>('factDesk/checkAll', {
      uris: [uris[0], report, renamed],
      workDoneToken: 'own',
    });
    assert.deepStrictEqual(result, {
      files: 3,
      supported: per.supported,
      conflicts: per.conflicts,
      unverified: per.unverified,
      cancelled: false,
    });
    assert.deepStrictEqual([...new Set(harness.published.map((p) => p.uri))], [uris[0]]);
  });
});
