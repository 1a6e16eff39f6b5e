// The integration suite through @vscode/test-electron: it downloads VS Code (1.100.3 unless
// FACTDESK_VSCODE_VERSION says otherwise, e.g. 'stable' or 'insiders') into .vscode-test/ and runs
// out/test/integration/index.js in its extension host. For machines with internet access; offline,
// use `npm run test:integration` (code-server), which runs the very same suite.
//
//   npm run test:electron
//   FACTDESK_GREP='smoke' FACTDESK_VSCODE_VERSION=stable npm run test:electron
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copySamples, removeQuietly, RESULTS_DIR, ROOT, tempDir } from '../../scripts/lib/code-server.mjs';

execFileSync(process.execPath, [join(ROOT, 'esbuild.config.mjs'), '--quiet'], { stdio: 'inherit' });

const scratch = tempDir('electron');
const workspace = copySamples();
const resultsFile = join(RESULTS_DIR, 'integration-electron.json');
rmSync(resultsFile, { force: true });
let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.FACTDESK_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/integration/index.js'),
    extensionTestsEnv: { FACTDESK_TEST_RESULTS: resultsFile, FACTDESK_GREP: process.env.FACTDESK_GREP ?? '' },
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out of the way (ours is the development one)
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(scratch, 'user'),
      '--extensions-dir',
      join(scratch, 'extensions'),
    ],
  });
} catch (error) {
  console.error(`test:electron: ${error?.message ?? error}`);
} finally {
  removeQuietly(scratch);
  removeQuietly(join(workspace, '..'));
}
try {
  const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log(
    `integration (electron): VS Code ${summary.vscodeVersion}: ${summary.passed} passed, ${summary.failed} failed`,
  );
} catch {
  console.log('integration (electron): no results (VS Code did not start or the suite did not load)');
}
process.exitCode = exitCode === 0 ? 0 : 1;
