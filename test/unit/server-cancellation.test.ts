/** The language server passes an LSP request's cancellation token to the engine and answers a cancelled request with RequestCancelled. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { startHarness, type Harness } from './server-harness';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const uri = 'file:///newsroom/draft.md';
const expected = new FactChecker(loadBundledCorpus()).check(sample).findings.length;

describe('language server: cancellation', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness(new Map());
    const first = harness.nextDiagnostics(uri);
    await harness.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: sample },
    });
    assert.strictEqual((await first).diagnostics.length, expected);
  });
  afterEach(() => harness.dispose());

  it('a check request cancelled while it waits is answered with RequestCancelled and publishes nothing', async () => {
    let release!: () => void;
    harness.holdConfiguration = new Promise((resolve) => (release = resolve));
    const asked = new Promise<void>((resolve) => (harness.onConfiguration = () => resolve()));
    const source = new CancellationTokenSource();
    const checked = harness.client.sendRequest('factDesk/check', { uri }, source.token);
    const before = harness.published.length;
    // The server is now waiting on the client's settings; the cancellation is sent before the answer, on the same stream.
    await asked;
    source.cancel();
    release();
    harness.holdConfiguration = undefined;
    await assert.rejects(
      checked,
      (error: unknown) =>
        error instanceof ResponseError && error.code === -32800 && error.message === 'The request was cancelled.',
    );
    // Nothing partial was published: the draft keeps its full set of findings.
    assert.strictEqual(harness.published.length, before);
    const again = (await harness.client.sendRequest('factDesk/check', { uri })) as { findings: unknown[] };
    assert.strictEqual(again.findings.length, expected);
  });

  it('an uncancelled check request answers with every finding', async () => {
    const source = new CancellationTokenSource();
    const result = (await harness.client.sendRequest('factDesk/check', { uri }, source.token)) as {
      findings: unknown[];
      version: number;
    };
    assert.deepStrictEqual([result.findings.length, result.version], [expected, 1]);
  });
});
