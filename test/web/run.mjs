// npm run test:web: Fact Desk's browser bundle in a real web worker extension host, offline.
// Makes a web-only copy of the extension (package.json without `main`, so VS Code can only run
// `browser`), starts code-server, and opens the workbench in headless Chromium with
// extensionDevelopmentKind=web, so the extension and test/web/suite.ts run in the web worker host,
// as on vscode.dev. The suite writes its results into the workspace; this reads them back.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

async function webOnlyExtension(dir) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const path of ['package.nls.json', 'dist/web', 'data', 'docs', 'media', 'samples']) {
    if (existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  mkdirSync(join(dir, 'test'), { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, 'test/web/suite.ts')],
    outfile: join(dir, 'test/web-suite.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
}

async function main() {
  const started = Date.now();
  ensureCodeServer();
  if (!process.env.FACTDESK_SKIP_BUILD)
    execFileSync(process.execPath, [join(ROOT, 'esbuild.config.mjs'), '--quiet'], { stdio: 'inherit' });
  const scratch = tempDir('web');
  const extensionDir = join(scratch, 'fact-desk-web');
  mkdirSync(extensionDir, { recursive: true });
  await webOnlyExtension(extensionDir);
  const workspace = copySamples();
  const resultsFile = join(workspace, '.fact-desk-web-results.json');
  const port = await freePort();
  const server = await startCodeServer({
    port,
    userDataDir: join(scratch, 'user'),
    extensionsDir: join(scratch, 'extensions'),
    folder: workspace,
    logFile: join(RESULTS_DIR, 'web-code-server.log'),
  });
  let browser;
  let summary;
  const consoleLines = [];
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    await page.goto(
      workbenchUrl(server, workspace, [
        ['extensionDevelopmentPath', remoteUri(server, extensionDir)],
        ['extensionDevelopmentKind', 'web'],
        ['extensionTestsPath', remoteUri(server, join(extensionDir, 'test/web-suite.js'))],
      ]),
    );
    const deadline = Date.now() + Number(process.env.FACTDESK_TEST_TIMEOUT || 180) * 1000;
    const reported = await waitForFile(resultsFile, deadline, () => browser.isConnected());
    summary = reported
      ? JSON.parse(readFileSync(resultsFile, 'utf8'))
      : {
          passed: 0,
          failed: 1,
          tests: [
            { title: 'web suite', state: 'failed', error: 'no results in time (see test-results/web-console.log)' },
          ],
        };
  } finally {
    writeFileSync(join(RESULTS_DIR, 'web-console.log'), consoleLines.join('\n'));
    await browser?.close().catch(() => {});
    server.stop();
    removeQuietly(scratch);
    removeQuietly(join(workspace, '..'));
  }
  writeFileSync(join(RESULTS_DIR, 'web.json'), JSON.stringify(summary, null, 2));
  console.log(
    `\nWeb suite ran in ${summary.uiKind ?? '?'} VS Code ${summary.vscodeVersion ?? '?'} (web worker extension host)`,
  );
  for (const test of summary.tests)
    console.log(
      `${test.state === 'passed' ? '  ✓' : '  ✗'} ${test.title}${test.error ? `\n      ${test.error.split('\n').join('\n      ')}` : ''}`,
    );
  console.log(
    `\nweb: ${summary.passed} passed, ${summary.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exitCode = summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`web: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
