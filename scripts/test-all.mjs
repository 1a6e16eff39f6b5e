// `npm test`: every test Fact Desk has, in one command, on a fresh clone too.
//   1. setup      npm ci (if node_modules is missing), Debian packages, code-server (cached)
//   2. build      esbuild bundles; then tsc --noEmit and ESLint, one check each
//   3. unit       mocha in plain Node (test/unit/)
//   4. lsp        `factdesk lsp --stdio` driven by headless Neovim's built-in LSP client (test/lsp/)
//   5. integration  the suite inside a real VS Code extension host (code-server, headless Chromium)
//   6. web        the browser bundle alone in code-server's web worker extension host
//   7. e2e        Playwright through the real UI, with the packaged VSIX installed
// Its last line is exactly `N passed, N failed`, counting tests; it exits non-zero if anything failed.
// A check (setup, build, typecheck, lint) that fails, or a stage that crashes or exits non-zero
// without reporting a failed test, counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, RESULTS_DIR, ROOT } from './lib/code-server.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rows = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function banner(title) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

/** A check that passes or fails as a whole (build, typecheck, lint): not a test, but one failure if it fails. */
function check(name, command, args) {
  banner(name);
  const started = Date.now();
  const status = run(command, args);
  rows.push({
    name,
    passed: 0,
    failed: status === 0 ? 0 : 1,
    seconds: (Date.now() - started) / 1000,
    note: status === 0 ? '' : `exit ${status}`,
  });
  return status === 0;
}

/** A stage that runs tests and leaves a {passed, failed} summary file behind. */
function stage(name, summaryFile, command, args, env) {
  banner(name);
  rmSync(summaryFile, { force: true });
  const started = Date.now();
  const status = run(command, args, env);
  const summary = readSummary(summaryFile);
  const row = {
    name,
    passed: summary?.passed ?? 0,
    failed: summary?.failed ?? 0,
    seconds: (Date.now() - started) / 1000,
    note: '',
  };
  if (!summary) {
    row.failed += 1;
    row.note = `crashed (exit ${status}, no results)`;
  } else if (status !== 0 && row.failed === 0) {
    row.failed += 1;
    row.note = `exit ${status} with no failed test`;
  } else if (summary.passed + summary.failed === 0) {
    row.failed += 1;
    row.note = 'ran no tests';
  }
  rows.push(row);
}

const started = Date.now();
banner('setup');
try {
  if (!existsSync(join(ROOT, 'node_modules/.package-lock.json'))) {
    if (run(npm, ['ci', '--no-audit', '--no-fund']) !== 0) throw new Error('npm ci failed');
  }
  ensureCodeServer();
  rows.push({ name: 'setup', passed: 0, failed: 0, seconds: (Date.now() - started) / 1000, note: '' });
} catch (error) {
  console.error(`setup: ${error.message}`);
  rows.push({ name: 'setup', passed: 0, failed: 1, seconds: (Date.now() - started) / 1000, note: 'failed' });
}

if (rows[0].failed === 0) {
  const built = check('build', process.execPath, ['esbuild.config.mjs', '--quiet']);
  check('typecheck', npm, ['run', '--silent', 'typecheck']);
  check('lint', npm, ['run', '--silent', 'lint']);
  stage('unit', join(RESULTS_DIR, 'unit.json'), process.execPath, [
    join(ROOT, 'node_modules/mocha/bin/mocha.js'),
    '--reporter',
    join(ROOT, 'scripts/lib/summary-reporter.cjs'),
    '--reporter-option',
    `output=${join(RESULTS_DIR, 'unit.json')}`,
  ]);
  if (built) {
    stage(
      'lsp',
      join(RESULTS_DIR, 'lsp.json'),
      process.execPath,
      [
        join(ROOT, 'node_modules/mocha/bin/mocha.js'),
        '--no-config',
        '--node-option',
        'import=tsx',
        '--timeout',
        '90000',
        'test/lsp/**/*.test.ts',
        '--reporter',
        join(ROOT, 'scripts/lib/summary-reporter.cjs'),
        '--reporter-option',
        `output=${join(RESULTS_DIR, 'lsp.json')}`,
      ],
      { FACTDESK_SKIP_BUILD: '1' },
    );
    stage(
      'integration',
      join(RESULTS_DIR, 'integration.json'),
      process.execPath,
      ['test/integration/run-code-server.mjs'],
      { FACTDESK_SKIP_BUILD: '1' },
    );
    // The browser bundle alone, in code-server's web worker extension host (as on vscode.dev).
    stage('web', join(RESULTS_DIR, 'web.json'), process.execPath, ['test/web/run.mjs']);
    // The e2e packages the VSIX itself (a production build), so it runs last.
    stage('e2e', join(RESULTS_DIR, 'e2e.json'), process.execPath, ['test/e2e/run.mjs']);
  } else {
    rows.push({ name: 'lsp', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
    rows.push({ name: 'integration', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
    rows.push({ name: 'web', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
    rows.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
  }
}

banner('summary');
for (const row of rows) {
  console.log(
    `${row.name.padEnd(12)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(4)} failed ${row.seconds.toFixed(1).padStart(7)} s  ${row.note}`,
  );
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
