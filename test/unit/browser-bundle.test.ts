// The browser build (package.json `browser`, vscode.dev) must not import Node built-ins. This builds
// it in memory with the real config and proves it, and proves that both guards in
// esbuild.config.mjs (the resolve-time plugin and the metafile check) do catch a built-in.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import {
  buildOptions,
  externalImportsOtherThanVscode,
  forbidNodeBuiltinsPlugin,
  isNodeBuiltin,
} from '../../esbuild.config.mjs';

function webOptions(): esbuild.BuildOptions {
  const { web } = buildOptions({ production: true, quiet: true });
  return { ...web, write: false, logLevel: 'silent' };
}

/** Builds a one-module bundle for the browser, with the same guard, from source text. */
async function buildBrowserSnippet(contents: string, extra: esbuild.BuildOptions = {}) {
  return esbuild.build({
    stdin: { contents, loader: 'ts', resolveDir: process.cwd(), sourcefile: 'snippet.ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'cjs',
    metafile: true,
    logLevel: 'silent',
    external: ['vscode'],
    plugins: [forbidNodeBuiltinsPlugin],
    ...extra,
  });
}

describe('browser bundle', function () {
  this.timeout(60_000);

  it('builds from src/extension/extension.browser.ts and imports nothing but vscode', async () => {
    const result = await esbuild.build(webOptions());
    assert.deepEqual(result.errors, []);
    assert.ok(result.metafile);
    assert.deepEqual(externalImportsOtherThanVscode(result.metafile), []);
    const [output] = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('extension.js'));
    assert.ok(output, 'the web bundle has an output file');
    const externals = output[1].imports.filter((entry) => entry.external).map((entry) => entry.path);
    assert.deepEqual([...new Set(externals)], ['vscode']);
  });

  it('bundles the engine into the web build (it is not an empty shell)', async () => {
    const result = await esbuild.build(webOptions());
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(
      inputs.some((input) => input.startsWith('src/extension/')),
      inputs.join(', '),
    );
    assert.ok(
      inputs.some((input) => input.startsWith('src/engine/')),
      inputs.join(', '),
    );
    assert.ok(inputs.every((input) => !isNodeBuiltin(input)));
  });

  it('fails the build, naming the built-in, when a module imports node:fs', async () => {
    await assert.rejects(
      buildBrowserSnippet("import { readFileSync } from 'node:fs'; console.log(readFileSync);"),
      (error: esbuild.BuildFailure) => {
        assert.equal(error.errors.length, 1);
        assert.match(error.errors[0].text, /Node built-in "node:fs" imported by snippet\.ts/);
        return true;
      },
    );
  });

  it('fails the build on bare built-in names and their subpaths too', async () => {
    for (const specifier of ['path', 'fs/promises', 'crypto', 'child_process']) {
      await assert.rejects(
        buildBrowserSnippet(`import * as m from '${specifier}'; console.log(m);`),
        (error: esbuild.BuildFailure) => {
          assert.match(error.errors[0].text, new RegExp(`Node built-in "${specifier}"`));
          return true;
        },
      );
    }
  });

  it('the metafile check reports a built-in left external (should someone mark one external)', async () => {
    const result = await esbuild.build({
      stdin: { contents: "import * as os from 'os'; console.log(os);", loader: 'ts', resolveDir: process.cwd() },
      bundle: true,
      write: false,
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
      external: ['vscode', 'os'],
      outfile: 'snippet.js',
    });
    assert.deepEqual(externalImportsOtherThanVscode(result.metafile), ['snippet.js -> os']);
  });

  it('recognises built-in specifiers exactly', () => {
    assert.deepEqual(
      [
        'fs',
        'node:fs',
        'fs/promises',
        'path',
        'node:test',
        'vscode',
        'fuse.js',
        '@cfworker/json-schema',
        './fs',
        'fsevents',
      ].map(isNodeBuiltin),
      [true, true, true, true, true, false, false, false, false, false],
    );
  });
});
