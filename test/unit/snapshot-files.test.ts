/** Where the Node server keeps index snapshots: the client's directory, else $XDG_CACHE_HOME/fact-desk (tests point it at a temporary one). */
import * as assert from 'assert';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join } from 'path';
import { defaultSnapshotDir, snapshotFiles } from '../../src/server/snapshotFiles';

describe('index snapshot files', () => {
  it('default to $XDG_CACHE_HOME/fact-desk, else ~/.cache/fact-desk', function () {
    if (process.platform === 'win32') this.skip();
    assert.strictEqual(defaultSnapshotDir({ XDG_CACHE_HOME: '/tmp/somewhere' }), '/tmp/somewhere/fact-desk');
    assert.strictEqual(defaultSnapshotDir({}), join(homedir(), '.cache', 'fact-desk'));
  });

  it('are written whole to the directory in use, read back, and at most four kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-snapshots-'));
    try {
      const store = snapshotFiles(join(dir, 'first'));
      store.useDirectory(join(dir, 'client'));
      for (let i = 0; i < 6; i++) {
        await store.write(`key${i}`, Uint8Array.from([i, 1, 2, 3]));
        // Distinct modification times, so "the most recent" is well defined.
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      assert.deepStrictEqual(readdirSync(dir), ['client'], 'nothing written to the directory given first');
      assert.deepStrictEqual(readdirSync(join(dir, 'client')).sort(), [
        'index-key2.snapshot',
        'index-key3.snapshot',
        'index-key4.snapshot',
        'index-key5.snapshot',
      ]);
      assert.deepStrictEqual([...((await store.read('key5')) ?? [])], [5, 1, 2, 3]);
      assert.strictEqual(await store.read('key0'), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
