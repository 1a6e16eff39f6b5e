// `npm start`: Fact Desk running in a real VS Code, the sample draft open.
//   - installs what is missing (npm ci, Debian packages, code-server 4.100.3 = VS Code 1.100.3, cached),
//   - builds and packages fact-desk.vsix, installs it into a local profile kept in .vscode-test/
//     (user/ and extensions/, so settings and open editors survive restarts),
//   - serves VS Code on 127.0.0.1:8080 (PORT to change; a free port if 8080 is taken) with samples/ as
//     the workspace and prints the URL, which opens samples/draft.md. Runs until Ctrl+C.
//   node scripts/start.mjs --check   also opens that URL in headless Chromium, waits for the draft and
//                                    its Fact Desk squiggles, saves test-results/start.png and exits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  ensureCodeServer,
  freePort,
  installVsix,
  launchChromium,
  remoteUri,
  RESULTS_DIR,
  ROOT,
  startCodeServer,
  workbenchUrl,
} from './lib/code-server.mjs';

const checkOnly = process.argv.includes('--check');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function portIsFree(port) {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

async function choosePort() {
  const wanted = Number(process.env.PORT || 8080);
  if (await portIsFree(wanted)) return wanted;
  const port = await freePort();
  console.log(`start: port ${wanted} is taken, using ${port}`);
  return port;
}

function step(message) {
  console.log(`start: ${message}`);
}

if (!existsSync(join(ROOT, 'node_modules/.package-lock.json'))) {
  step('installing npm dependencies (npm ci)');
  if (spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}
ensureCodeServer();

step('building and packaging fact-desk.vsix');
const packaged = spawnSync(npm, ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
if (packaged.status !== 0) {
  console.error(`${packaged.stdout}\n${packaged.stderr}\nstart: npm run package failed`);
  process.exit(1);
}

const profile = { userDataDir: join(ROOT, '.vscode-test/user'), extensionsDir: join(ROOT, '.vscode-test/extensions') };
step(
  installVsix(join(ROOT, 'fact-desk.vsix'), profile)
    .split('\n')
    .filter((line) => /install/i.test(line))
    .at(-1) ?? 'installed',
);

// First run only (later the user's own changes win): samples/ sits inside this git repository, and
// VS Code would greet every start with "a git repository was found in the parent folders".
const userSettings = join(profile.userDataDir, 'User/settings.json');
if (!existsSync(userSettings)) {
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  writeFileSync(userSettings, `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
}

const workspace = join(ROOT, 'samples');
const port = await choosePort();
const server = await startCodeServer({
  port,
  ...profile,
  folder: workspace,
  logFile: join(RESULTS_DIR, 'start-code-server.log'),
});
// The workbench's `payload` opens a file on load: the draft is open the first time, not just the folder.
const url = workbenchUrl(server, workspace, [['openFile', remoteUri(server, join(workspace, 'draft.md'))]]);

const shutdown = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

if (checkOnly) {
  const browser = await launchChromium();
  let ok = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(RESULTS_DIR, 'start.png') });
    ok = true;
    step('check passed: samples/draft.md is open with Fact Desk findings (test-results/start.png)');
  } catch (error) {
    console.error(`start: check failed: ${error.message}`);
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(ok ? 0 : 1);
}

console.log(`
  Fact Desk is running in VS Code (code-server 4.100.3, VS Code 1.100.3).
  Open this URL in your browser; samples/draft.md opens with Fact Desk's findings:

    ${url}

  (Plain ${server.url}/ opens the samples folder too.) Press Ctrl+C to stop.
`);
