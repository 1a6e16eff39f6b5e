// The language server runs below normal priority, so a long check never keeps the editor waiting for a core.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

describe('language server process', () => {
  it('lowers its own OS priority to below normal when it starts (nice 10), the editor above it', async function () {
    this.timeout(30_000);
    const entry = path.join(__dirname, '../../src/server/node.ts');
    const server = spawn(process.execPath, ['--import', 'tsx', entry, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      assert.equal(os.getPriority(), 0, 'the test runner itself runs at normal priority');
      let priority = os.getPriority(server.pid!);
      // Wait for the process to load and run its first line (no timing is asserted: only the value it settles on).
      for (let tries = 0; priority !== os.constants.priority.PRIORITY_BELOW_NORMAL && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        priority = os.getPriority(server.pid!);
      }
      assert.equal(priority, os.constants.priority.PRIORITY_BELOW_NORMAL);
    } finally {
      server.kill();
    }
  });
});
