// Shared by the integration launcher, the e2e test and `npm start`: a real VS Code (code-server
// 4.100.3 = VS Code 1.100.3, installed from the npm registry, cached in .vscode-test/) and headless
// Chromium (Debian's /usr/bin/chromium) driven by playwright-core. See docs/testing in the README.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR || join(ROOT, '.vscode-test/code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULTS_DIR = join(ROOT, 'test-results');

/** Chromium flags for a closed network: without the background-networking ones it floods refused connections. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Installs the Debian packages and code-server when missing (both scripts return at once when done). */
export function ensureCodeServer() {
  execFileSync('bash', [join(ROOT, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  execFileSync('bash', [join(ROOT, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
}

/** Asks the OS for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `fact-desk-${prefix}-`));
}

/** A throwaway copy of samples/, so tests (which edit drafts) never dirty the repository. */
export function copySamples() {
  const workspace = join(tempDir('workspace'), 'samples');
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  return workspace;
}

function profileArgs({ userDataDir, extensionsDir }) {
  return ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** `code-server --install-extension`: the same path a user takes with a downloaded VSIX. */
export function installVsix(vsixPath, profile) {
  // It also asks the (unreachable) public gallery about the extension and logs ENOTFOUND: harmless.
  const output = execFileSync(
    process.execPath,
    [CODE_SERVER_ENTRY, ...profileArgs(profile), '--install-extension', vsixPath, '--force'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (!/successfully installed/i.test(output)) throw new Error(`code-server did not install ${vsixPath}:\n${output}`);
  return output.trim();
}

/** Lists `publisher.name@version` of the extensions installed in a profile. */
export function listExtensions(profile) {
  return execFileSync(
    process.execPath,
    [CODE_SERVER_ENTRY, ...profileArgs(profile), '--list-extensions', '--show-versions'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((line) => /^[\w-]+\.[\w-]+@/.test(line));
}

/**
 * Starts code-server on 127.0.0.1:port with the given profile, workspace trust off, no telemetry,
 * no update check. Resolves once it answers HTTP. stop() ends it and every process it started
 * (extension host, file watcher), also on a crash of the caller.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, folder, env = {}, logFile }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...profileArgs({ userDataDir, extensionsDir }),
      folder,
    ],
    // Its own process group, so stop() can end the extension host and watchers with it.
    { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Both streams into one file: whichever ends first must not end the file while the other still writes
  // (that was a 'write after end' crash of the caller once code-server was stopped).
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.on('close', () => log.end());
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  return { url, port, child, stop, logFile };
}

/** The workbench URL for a folder, with optional workbench payload entries (see vscode-offline.md). */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A vscode-remote URI for a path on the code-server machine, as the workbench payload expects. */
export function remoteUri(server, absolutePath) {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (run scripts/install-system-deps.sh or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export function removeQuietly(path) {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // a leftover temp dir is not worth failing a run for
  }
}

/**
 * Waits until a suite running in the extension host has written its results file. False when
 * `deadline` (a Date.now() value) passes or `isAlive()` turns false (the browser went away) first.
 */
export async function waitForFile(path, deadline, isAlive) {
  while (!existsSync(path)) {
    if (Date.now() > deadline || !isAlive()) return false;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  // The suite writes the file in one call; a short pause guards against reading it half-written.
  await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  return true;
}
