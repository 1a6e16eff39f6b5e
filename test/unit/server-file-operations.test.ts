/** Renaming or deleting a draft clears its findings in the server: file operations from the editor, and watched-file deletes. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { startHarness, type Harness } from './server-harness';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const expected = new FactChecker(loadBundledCorpus()).check(sample).findings.length;
const folder = 'file:///newsroom/stories';
const a = `${folder}/a.md`;
const b = `${folder}/b.md`;
const renamed = 'file:///newsroom/archive/a.md';

describe('language server: renamed and deleted drafts', () => {
  let harness: Harness;
  const files = new Map<string, string>();
  const count = (uri: string) => [...harness.published].reverse().find((p) => p.uri === uri)?.diagnostics.length;

  beforeEach(async () => {
    files.clear();
    files.set(a, sample).set(b, sample).set(renamed, sample);
    harness = await startHarness(files);
    // "Check All": both drafts checked from disk, not open.
    for (const uri of [a, b]) await harness.client.sendRequest('factDesk/check', { uri, text: sample });
    assert.deepStrictEqual([count(a), count(b)], [expected, expected]);
  });
  afterEach(() => harness.dispose());

  it('workspace/didDeleteFiles clears the deleted draft only', async () => {
    const cleared = harness.nextDiagnostics(a, (p) => p.diagnostics.length === 0);
    await harness.client.sendNotification('workspace/didDeleteFiles', { files: [{ uri: a }] });
    await cleared;
    assert.deepStrictEqual([count(a), count(b)], [0, expected]);
  });

  it('workspace/didRenameFiles clears the old name and checks the new one from disk', async () => {
    const cleared = harness.nextDiagnostics(a, (p) => p.diagnostics.length === 0);
    const moved = harness.nextDiagnostics(renamed);
    await harness.client.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: a, newUri: renamed }] });
    await cleared;
    assert.strictEqual((await moved).diagnostics.length, expected);
    assert.deepStrictEqual([count(a), count(b)], [0, expected]);
  });

  it('a deleted folder (workspace/didChangeWatchedFiles) clears every draft in it, and a later corpus reload does not bring them back', async () => {
    const clearedA = harness.nextDiagnostics(a, (p) => p.diagnostics.length === 0);
    const clearedB = harness.nextDiagnostics(b, (p) => p.diagnostics.length === 0);
    await harness.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: folder, type: 3 }] });
    await Promise.all([clearedA, clearedB]);
    const published = harness.published.length;
    await harness.client.sendRequest('factDesk/reloadCorpus', { force: true });
    await harness.client.sendRequest('factDesk/corpus');
    assert.strictEqual(harness.published.length, published);
  });

  it('a watched file that is changed or created, not deleted, keeps its findings', async () => {
    await harness.client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: a, type: 2 },
        { uri: `${folder}/new.md`, type: 1 },
      ],
    });
    await harness.client.sendRequest('factDesk/corpus');
    assert.deepStrictEqual([count(a), count(b)], [expected, expected]);
  });
});
