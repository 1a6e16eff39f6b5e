// Drafts are unpublished and sensitive: nothing may leave the machine. This builds the three
// shipped bundles in memory with the real config and proves they cannot reach the network: the
// only modules they load are vscode (the extensions) and fs and path (the CLI), and no network or
// telemetry API appears anywhere in their code, dependencies included.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { buildOptions } from '../../esbuild.config.mjs';

/** What a bundle may load from outside itself. */
const ALLOWED_EXTERNALS: Record<'node' | 'web' | 'cli', string[]> = { node: ['vscode'], web: ['vscode'], cli: ['fs', 'path'] };
/** Ways JavaScript reaches the network, and telemetry libraries VS Code extensions use. */
const NETWORK_APIS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bimportScripts\s*\(/,
  /require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)/,
  /applicationinsights|@vscode\/extension-telemetry|TelemetryReporter|createTelemetryLogger/i,
];

async function build(target: 'node' | 'web' | 'cli') {
  const options = buildOptions({ production: true, quiet: true })[target];
  const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.text).join('\n');
  const externals = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
  return { code, externals: [...new Set(externals)].sort() };
}

describe('no network: the shipped bundles', function () {
  this.timeout(60_000);

  for (const target of ['node', 'web', 'cli'] as const) {
    it(`${target}: loads only ${ALLOWED_EXTERNALS[target].join(' and ')}, and calls no network or telemetry API`, async () => {
      const { code, externals } = await build(target);
      assert.deepEqual(externals, ALLOWED_EXTERNALS[target]);
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
