// End-to-end tests through the real VS Code UI: `npm run package` builds fact-desk.vsix, code-server
// installs it like a user would, and Playwright drives headless Chromium against it.
//
//   npm run test:e2e                       package, then run test/e2e/*.e2e.mjs
//   FACTDESK_SKIP_PACKAGE=1 npm run test:e2e   reuse the fact-desk.vsix already built
//
// Screenshots and logs go to test-results/ (git-ignored); the summary to test-results/e2e.json.
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, RESULTS_DIR, ROOT } from '../../scripts/lib/code-server.mjs';

const started = Date.now();
ensureCodeServer();
if (!process.env.FACTDESK_SKIP_PACKAGE) {
  execSync('npm run --silent package', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { default: Mocha } = await import('mocha');
const mocha = new Mocha({
  ui: 'bdd',
  timeout: 120_000,
  reporter: join(ROOT, 'scripts/lib/summary-reporter.cjs'),
  reporterOptions: { output: join(RESULTS_DIR, 'e2e.json') },
});
if (process.env.FACTDESK_GREP) mocha.grep(process.env.FACTDESK_GREP);
const here = join(ROOT, 'test/e2e');
for (const file of readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .sort())
  mocha.addFile(join(here, file));
await mocha.loadFilesAsync();
const failures = await new Promise((resolve) => mocha.run(resolve));
console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failures > 0 ? 1 : 0;
