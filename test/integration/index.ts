// The integration suite's entry point, the same contract for both launchers (code-server here,
// @vscode/test-electron elsewhere): the extension host under test requires this module and awaits
// run(). It runs every test/integration/**/*.test.ts (compiled to out/test/integration/) with mocha
// inside that host, with the real `vscode` API, and writes a JSON summary for the launcher, because
// a browser-hosted VS Code gives the launcher no exit code to read.
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
}

/** Where the summary goes: FACTDESK_TEST_RESULTS if the launcher set it, else next to the suite. */
export function resultsPath(): string {
  return process.env.FACTDESK_TEST_RESULTS || path.resolve(__dirname, '..', 'integration-results.json');
}

/** Every compiled test file; smoke tests first, so they see the extension before anything activated it. */
function testFiles(dir: string): string[] {
  const smokeFirst = (name: string) => (path.basename(name).startsWith('smoke') ? 0 : 1);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
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

  const target = resultsPath();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(summary, null, 2));
  console.log(`${summary.passed} passed, ${summary.failed} failed (VS Code ${summary.vscodeVersion})`);
  // @vscode/test-electron reads failure from a rejected run().
  if (summary.failed > 0) throw new Error(`${summary.failed} integration test(s) failed`);
}
