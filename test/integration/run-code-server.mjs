// Runs the integration suite inside the Node extension host of a real VS Code, offline:
// code-server (VS Code 1.100.3) in headless Chromium, with Fact Desk loaded in development mode
// from this repository (the same contract as @vscode/test-electron; see run-electron.mjs).
//
//   npm run test:integration
//   FACTDESK_GREP='smoke' npm run test:integration      only tests whose full title matches
//   FACTDESK_TEST_TIMEOUT=600 ...                       seconds to wait for the suite (default 600)
//
// Then, when the run selected any, the tests under test/integration/multiRoot/ run in a second window
// of the same code-server: a copy of test/integration/fixtures/multi-root/newsroom.code-workspace, a
// multi-root workspace of two folders with their own settings, corpus files and ignore files.
//
// Exit code 0 when every test passed; 1 when a test failed or the suite did not report in time.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  copySamples,
  ensureCodeServer,
  freePort,
  launchChromium,
  remoteUri,
  removeQuietly,
  RESULTS_DIR,
  ROOT,
  startCodeServer,
  tempDir,
  waitForFile,
  workbenchUrl,
} from '../../scripts/lib/code-server.mjs';

const timeoutMs = Number(process.env.FACTDESK_TEST_TIMEOUT || 600) * 1000;
/** Where this launcher leaves its summary for scripts/test-all.mjs (and people) to read. */
const SUMMARY_FILE = join(RESULTS_DIR, 'integration.json');
/** The multi-root workspace the tests under multiRoot/ open (copied, since they edit, rename and delete drafts). */
const MULTI_ROOT_FIXTURE = join(ROOT, 'test/integration/fixtures/multi-root');
const MULTI_ROOT_WORKSPACE = 'newsroom.code-workspace';

/** The summary of a run that did not report in time. */
function missingSummary(what, seconds, server) {
  return {
    vscodeVersion: 'unknown',
    appName: 'code-server',
    passed: 0,
    failed: 1,
    pending: 0,
    tests: [],
    failures: [
      {
        title: what,
        error: `no results within ${seconds} s (see ${server.logFile} and test-results/integration-console.log)`,
      },
    ],
  };
}

/** Opens `url` in a new page, waits for the suite's results file; the page is closed after. */
async function runInPage(browser, url, resultsFile, deadline, consoleLines, what, server) {
  const page = await browser.newPage();
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  try {
    await page.goto(url);
    const reported = await waitForFile(resultsFile, deadline, () => browser.isConnected());
    return reported ? JSON.parse(readFileSync(resultsFile, 'utf8')) : missingSummary(what, timeoutMs / 1000, server);
  } finally {
    await page.close().catch(() => {});
  }
}

function printSummary(summary) {
  console.log(`\nIntegration suite ran in ${summary.appName} ${summary.vscodeVersion} (code-server extension host)`);
  for (const test of summary.tests) {
    const mark = test.state === 'passed' ? '  ✓' : test.state === 'failed' ? '  ✗' : '  -';
    console.log(`${mark} ${test.title}${test.durationMs > 75 ? ` (${test.durationMs} ms)` : ''}`);
  }
  for (const [index, failure] of summary.failures.entries()) {
    console.log(`\n  ${index + 1}) ${failure.title}\n     ${failure.error.split('\n').join('\n     ')}`);
  }
  console.log(
    `\nintegration: ${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} pending` : ''}`,
  );
}

async function main() {
  const started = Date.now();
  ensureCodeServer();
  if (!process.env.FACTDESK_SKIP_BUILD)
    execFileSync(process.execPath, [join(ROOT, 'esbuild.config.mjs'), '--quiet'], { stdio: 'inherit' });

  const scratch = tempDir('integration');
  const resultsFile = join(scratch, 'results.json');
  const profile = { userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions') };
  const workspace = copySamples();
  rmSync(SUMMARY_FILE, { force: true });

  const port = await freePort();
  // The extension host inherits code-server's environment: that is how run() learns where to write
  // and what to grep.
  const server = await startCodeServer({
    port,
    ...profile,
    folder: workspace,
    env: { FACTDESK_TEST_RESULTS: resultsFile, FACTDESK_GREP: process.env.FACTDESK_GREP ?? '' },
    logFile: join(RESULTS_DIR, 'integration-code-server.log'),
  });
  let browser;
  let secondServer;
  const consoleLines = [];
  let summary;
  const multiRoot = join(scratch, 'multi-root');
  try {
    browser = await launchChromium();
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, join(ROOT, 'out/test/integration/index.js'))],
    ];
    console.log(`integration: VS Code at ${server.url}, workspace ${workspace}`);
    summary = await runInPage(
      browser,
      workbenchUrl(server, workspace, payload),
      resultsFile,
      Date.now() + timeoutMs,
      consoleLines,
      'integration suite',
      server,
    );
    if (summary.multiRootTests > 0) {
      // A code-server of its own, with a fresh profile, for the multi-root workspace: in the first
      // run's server, after its window had run the suite, VS Code for the web sometimes gave the
      // second window's extension host the workspace file and never its folders (0 of 2 for 60 s).
      cpSync(MULTI_ROOT_FIXTURE, multiRoot, { recursive: true });
      const file = join(multiRoot, MULTI_ROOT_WORKSPACE);
      console.log(`integration: multi-root workspace ${file}`);
      secondServer = await startCodeServer({
        port: await freePort(),
        userDataDir: join(scratch, 'user-multi-root'),
        extensionsDir: profile.extensionsDir,
        folder: multiRoot,
        env: { FACTDESK_TEST_RESULTS: resultsFile, FACTDESK_GREP: process.env.FACTDESK_GREP ?? '' },
        logFile: join(RESULTS_DIR, 'integration-multi-root-code-server.log'),
      });
      const secondPayload = [
        ['extensionDevelopmentPath', remoteUri(secondServer, ROOT)],
        ['extensionTestsPath', remoteUri(secondServer, join(ROOT, 'out/test/integration/index.js'))],
      ];
      const url = `${secondServer.url}/?workspace=${encodeURIComponent(file)}&payload=${encodeURIComponent(JSON.stringify(secondPayload))}`;
      const second = await runInPage(
        browser,
        url,
        resultsFile.replace(/\.json$/, '-multi-root.json'),
        Date.now() + timeoutMs,
        consoleLines,
        'multi-root integration suite',
        secondServer,
      );
      summary = {
        ...summary,
        passed: summary.passed + second.passed,
        failed: summary.failed + second.failed,
        pending: summary.pending + second.pending,
        tests: [...summary.tests, ...second.tests.map((test) => ({ ...test, title: `[multi-root] ${test.title}` }))],
        failures: [
          ...summary.failures,
          ...second.failures.map((failure) => ({ ...failure, title: `[multi-root] ${failure.title}` })),
        ],
      };
    }
  } finally {
    writeFileSync(join(RESULTS_DIR, 'integration-console.log'), consoleLines.join('\n'));
    await browser?.close().catch(() => {});
    server.stop();
    secondServer?.stop();
    removeQuietly(scratch);
    removeQuietly(join(workspace, '..'));
  }
  writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2));
  printSummary(summary);
  console.log(`integration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`integration: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
