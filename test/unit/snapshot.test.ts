/** The index snapshot: written and read back, it checks and looks up exactly as a fresh build; damaged, stale or foreign bytes are refused. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, loadBundledCorpus, readSnapshot, StatementSearch, writeSnapshot } from '../../src/engine';
import { learnFrom, syntheticCorpus } from '../bench/synthetic';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const bundled = loadBundledCorpus();
const corpus = syntheticCorpus(bundled, 3_000, 0x5a9, learnFrom(bundled));
const checker = new FactChecker(corpus);
const search = new StatementSearch(corpus);
const bytes = writeSnapshot('files:abc', checker, search);

describe('index snapshot', () => {
  it('read back, it gives the same findings and the same look-up results as a fresh build', () => {
    const restored = readSnapshot(bytes, 'files:abc', corpus);
    assert.ok(restored);
    const draft = `${sample}\n\n${corpus.statements
      .slice(0, 40)
      .map((statement) => `“${statement.text}” said someone on Monday.`)
      .join('\n\n')}`;
    assert.deepStrictEqual(restored.checker.check(draft).findings, new FactChecker(corpus).check(draft).findings);
    for (const query of ['Rubio', 'Zelenski', 'security guarantees', 'Fox News Sunday', 'August 2025']) {
      assert.deepStrictEqual(
        restored.search.search(query, 20).map((hit) => hit.statement.id),
        search.search(query, 20).map((hit) => hit.statement.id),
        query,
      );
    }
  });

  it('reads from a copy at an unaligned offset (a file read into a pooled buffer)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.ok(readSnapshot(shifted.subarray(1), 'files:abc', corpus));
  });

  it('is refused when stale (another key), for another corpus, damaged anywhere, truncated or not a snapshot', () => {
    assert.strictEqual(readSnapshot(bytes, 'files:changed', corpus), undefined);
    assert.strictEqual(readSnapshot(bytes, 'files:abc', bundled), undefined);
    for (const at of [0, 9, bytes.length >> 1, bytes.length - 9]) {
      const damaged = bytes.slice();
      damaged[at] ^= 0x10;
      assert.strictEqual(readSnapshot(damaged, 'files:abc', corpus), undefined, `byte ${at} flipped`);
    }
    assert.strictEqual(readSnapshot(bytes.subarray(0, bytes.length - 4), 'files:abc', corpus), undefined);
    assert.strictEqual(readSnapshot(new TextEncoder().encode('{"not":"a snapshot"}'), 'files:abc', corpus), undefined);
    assert.strictEqual(readSnapshot(new Uint8Array(0), 'files:abc', corpus), undefined);
  });
});
