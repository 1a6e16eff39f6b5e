// The integration suite's entry point, the same contract for both launchers (code-server here,
// @vscode/test-electron elsewhere): the extension host under test requires this module and awaits
// run(). It runs every test/integration/**/*.test.ts (compiled to out/test/integration/) with mocha
// inside that host, with the real `vscode` API, and writes a JSON summary for the launcher, because
// a browser-hosted VS Code gives the launcher no exit code to read.
//
// Two workspaces, two runs: the tests under multiRoot/ run only in a multi-root workspace (the
// launcher opens test/integration/fixtures/multi-root/newsroom.code-workspace after the main run),
// every other test only in the single folder (a copy of samples/). The main run tells the launcher
// how many multi-root tests FACTDESK_GREP selects, so a filtered run skips the second workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** What the launchers read back. */
export interface IntegrationSummary {
  vscodeVersion: string;
  appName: string;
  passed: number;
  failed: number;
  pending: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs: number }[];
  failures: { title: string; error: string }[];
  /** From the single-folder run: how many tests under multiRoot/ the grep selects (the launcher then opens the multi-root workspace). */
  multiRootTests?: number;
}

/** The folder of the tests that need a multi-root workspace. */
const MULTI_ROOT_DIR = 'multiRoot';

/**
 * True in the multi-root run: a `.code-workspace` file is open. Decided by the file, not by the
 * folder count, because VS Code for the web may start the extension host with the workspace file
 * known and its folders not yet resolved (seen: 0 folders when run() began); see workspaceReady.
 */
function isMultiRootRun(): boolean {
  return vscode.workspace.workspaceFile !== undefined || (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}

/** How long the multi-root run waits for its workspace file's folders (a bound on waiting, not a timed assertion). */
const FOLDERS_WAIT_MS = 60_000;

/** In the multi-root run, until the workspace file's folders are there (at most FOLDERS_WAIT_MS). */
async function workspaceReady(): Promise<void> {
  if (vscode.workspace.workspaceFile === undefined) return;
  const deadline = Date.now() + FOLDERS_WAIT_MS;
  while ((vscode.workspace.workspaceFolders?.length ?? 0) < 2 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Where the summary goes: FACTDESK_TEST_RESULTS if the launcher set it, else next to the suite; the multi-root run's beside it. */
export function resultsPath(): string {
  const main = process.env.FACTDESK_TEST_RESULTS || path.resolve(__dirname, '..', 'integration-results.json');
  return isMultiRootRun() ? main.replace(/(\.json)?$/, '-multi-root.json') : main;
}

/** Every compiled test file of this run; smoke tests first, so they see the extension before anything activated it. */
function testFiles(dir: string, multiRoot = isMultiRootRun()): string[] {
  const smokeFirst = (name: string) => (path.basename(name).startsWith('smoke') ? 0 : 1);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => name.split(/[\\/]/).includes(MULTI_ROOT_DIR) === multiRoot)
    .sort((a, b) => smokeFirst(a) - smokeFirst(b) || a.localeCompare(b))
    .map((name) => path.join(dir, name));
}

export async function run(): Promise<void> {
  const summary: IntegrationSummary = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    passed: 0,
    failed: 0,
    pending: 0,
    tests: [],
    failures: [],
  };
  console.log(`Fact Desk integration suite in ${vscode.env.appName} ${vscode.version}`);
  await workspaceReady();

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.FACTDESK_GREP) mocha.grep(process.env.FACTDESK_GREP);
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        summary.passed++;
        summary.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error: Error) => {
        summary.failed++;
        summary.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0 });
        summary.failures.push({ title: test.fullTitle(), error: String(error?.stack ?? error) });
      });
      runner.on('pending', (test) => {
        summary.pending++;
        summary.tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 });
      });
    });
  } catch (error) {
    // A suite that cannot even load (syntax error, missing module) is a failure, not a silent pass.
    summary.failed++;
    summary.failures.push({ title: 'loading the integration suite', error: String((error as Error)?.stack ?? error) });
  }

  if (!isMultiRootRun()) summary.multiRootTests = countMultiRootTests();

  const target = resultsPath();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(summary, null, 2));
  console.log(`${summary.passed} passed, ${summary.failed} failed (VS Code ${summary.vscodeVersion})`);
  // @vscode/test-electron reads failure from a rejected run().
  if (summary.failed > 0) throw new Error(`${summary.failed} integration test(s) failed`);
}

/** How many multi-root tests FACTDESK_GREP selects: their files are loaded (not run) into a Mocha of their own. */
function countMultiRootTests(): number {
  const files = testFiles(__dirname, true);
  if (!files.length) return 0;
  const mocha = new Mocha({ ui: 'bdd' });
  if (process.env.FACTDESK_GREP) mocha.grep(process.env.FACTDESK_GREP);
  for (const file of files) mocha.addFile(file);
  try {
    // Mocha's own loader (what run() does first), without running: public in Mocha, protected in its types.
    (mocha as unknown as { loadFiles(): void }).loadFiles();
  } catch {
    // A file that cannot load fails in the multi-root run, where it is reported.
    return files.length;
  }
  const grep = mocha.options.grep as RegExp | undefined;
  let count = 0;
  const walk = (suite: Mocha.Suite) => {
    for (const test of suite.tests) if (!grep || grep.test(test.fullTitle())) count++;
    suite.suites.forEach(walk);
  };
  walk(mocha.suite);
  return count;
}
