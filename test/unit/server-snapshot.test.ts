/** The language server keeps an index snapshot per corpus (content-hash key) and reopens from it; a changed file or a damaged snapshot means a fresh build. */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { loadBundledCorpus, type Statement } from '../../src/engine';
import type { SnapshotStore } from '../../src/server/host';
import { toJsonl, learnFrom, syntheticCorpus } from '../bench/synthetic';
import { startHarness, type Harness } from './server-harness';

const folder = 'file:///newsroom';
const corpusUri = `${folder}/.factdesk/corpus.jsonl`;
const draftUri = `${folder}/draft.md`;
const bundled = loadBundledCorpus();
const corpus = syntheticCorpus(bundled, 2_000, 0x5eed, learnFrom(bundled));
const draft = corpus.statements
  .filter((statement) => statement.kind === 'quote')
  .slice(0, 6)
  .map((statement) => `“${statement.text.replace(/\b(\d+)\b/, '9$1')}” the official said on Monday.`)
  .join('\n\n');

/** Snapshots in memory, counting reads that found one and writes. */
function memoryStore(): SnapshotStore & { files: Map<string, Uint8Array>; hits: number; writes: string[] } {
  const files = new Map<string, Uint8Array>();
  const store = {
    files,
    hits: 0,
    writes: [] as string[],
    useDirectory() {},
    hash: (parts: readonly string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex'),
    async read(key: string) {
      const bytes = files.get(key);
      if (bytes) store.hits++;
      return bytes;
    },
    async write(key: string, bytes: Uint8Array) {
      store.writes.push(key);
      files.set(key, bytes);
    },
  };
  return store;
}

async function open(
  files: Map<string, string>,
  snapshots: SnapshotStore,
): Promise<{ harness: Harness; diagnostics: string[]; lookup: string[] }> {
  const harness = await startHarness(files, [folder], { snapshots });
  const published = harness.nextDiagnostics(draftUri);
  await harness.client.sendNotification('textDocument/didOpen', {
    textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draft },
  });
  const diagnostics = (await published).diagnostics.map(
    (diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line}`,
  );
  const { statements } = (await harness.client.sendRequest('factDesk/lookup', { query: 'Kovalenko', limit: 10 })) as {
    statements: Statement[];
  };
  // Let the post-load work (the look-up's build and the snapshot write) finish.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { harness, diagnostics, lookup: statements.map((statement) => statement.id) };
}

describe('language server: index snapshot', function () {
  this.timeout(60_000);

  it('writes a snapshot after building; a second server on the same files reads it and answers the same', async () => {
    const store = memoryStore();
    const files = new Map([[corpusUri, toJsonl(corpus)]]);
    const first = await open(files, store);
    first.harness.dispose();
    assert.deepStrictEqual([store.writes.length, store.hits], [1, 0]);
    assert.ok(first.diagnostics.length > 0 && first.lookup.length > 0);

    const second = await open(files, store);
    second.harness.dispose();
    assert.deepStrictEqual([store.writes.length, store.hits], [1, 1], 'read, not rebuilt');
    assert.deepStrictEqual([second.diagnostics, second.lookup], [first.diagnostics, first.lookup]);
  });

  it('a changed corpus file is a new key (a fresh build and a new snapshot); a damaged snapshot is ignored and replaced', async () => {
    const store = memoryStore();
    const files = new Map([[corpusUri, toJsonl(corpus)]]);
    (await open(files, store)).harness.dispose();
    const [firstKey] = store.writes;

    const changed = new Map([[corpusUri, `${toJsonl(corpus)}\n`]]);
    (await open(changed, store)).harness.dispose();
    assert.strictEqual(store.writes.length, 2);
    assert.notStrictEqual(store.writes[1], firstKey);

    const good = store.files.get(firstKey)!;
    const damaged = good.slice();
    damaged[damaged.length >> 1] ^= 0xff;
    store.files.set(firstKey, damaged);
    const reopened = await open(files, store);
    reopened.harness.dispose();
    // Found but refused: built again, and the good snapshot written back under the same key.
    assert.deepStrictEqual(store.writes, [firstKey, store.writes[1], firstKey]);
    assert.deepStrictEqual(store.files.get(firstKey), good);
  });
});
