// One build for everything Fact Desk ships and tests:
//   dist/extension.js       the Node extension (package.json `main`)
//   dist/web/extension.js   the browser extension (package.json `browser`, vscode.dev): no Node built-ins
//   dist/server.js          the language server, in its own Node process (spawned over IPC; `factdesk lsp --stdio` runs it too)
//   dist/web/server.js      the language server in a web worker, for the browser extension
//   dist/cli.js             the `factdesk` command line (package.json `bin`)
//   out/test/integration/   the integration suite, loaded by the extension host under test
//
//   node esbuild.config.mjs                dev build, with source maps
//   node esbuild.config.mjs --production   minified, no source maps (what `npm run package` ships)
//   node esbuild.config.mjs --watch        rebuild on change, with `tsc --noEmit --watch` beside it
//   --quiet                                print warnings and errors only (used by the test launchers)
//
// esbuild does not type-check; `npm run typecheck` (tsc --noEmit) does, and CI runs it.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Node built-in module names, bare and with their `node:` prefix, including subpaths like `fs/promises`. */
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0]);
}

/**
 * Fails the browser build the moment any module (ours or a dependency's) imports a Node built-in,
 * naming the importer, instead of esbuild's generic "could not resolve" or a silent polyfill.
 */
export const forbidNodeBuiltinsPlugin = {
  name: 'forbid-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
      const importer = args.importer ? relative(root, args.importer) : '(unknown)';
      return {
        errors: [
          {
            text: `Node built-in "${args.path}" imported by ${importer}: the browser bundle must not use Node built-ins`,
          },
        ],
      };
    });
  },
};

/**
 * Second line of defence, on the finished bundle: the only import a web bundle may leave
 * unresolved is `vscode`. Returns the offending imports (empty when the bundle is clean).
 */
export function externalImportsOtherThanVscode(metafile) {
  const offending = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external && imported.path !== 'vscode') offending.push(`${file} -> ${imported.path}`);
    }
  }
  return offending;
}

function cliHasHashbang() {
  try {
    return readFileSync(join(root, 'src/cli/main.ts'), 'utf8').startsWith('#!');
  } catch {
    return false; // esbuild reports the missing entry point itself
  }
}

/** The build options of every bundle; exported so the unit tests can build them in memory. */
export function buildOptions({ production = false, quiet = false } = {}) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    target: 'es2022',
    logLevel: quiet ? 'warning' : 'info',
    legalComments: 'none',
    metafile: true,
    absWorkingDir: root,
    // data/*.json is imported by the engine and bundled: no file I/O at activation.
    loader: { '.json': 'json' },
    // linkedom asks for the optional native 'canvas' package inside a try; its own shim is what runs without it.
    alias: { canvas: './node_modules/linkedom/commonjs/canvas-shim.cjs' },
  };
  return {
    node: {
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
    },
    web: {
      ...common,
      entryPoints: ['src/extension/extension.browser.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
      plugins: [forbidNodeBuiltinsPlugin],
    },
    server: {
      ...common,
      entryPoints: ['src/server/node.ts'],
      outfile: 'dist/server.js',
      platform: 'node',
      format: 'cjs',
    },
    webServer: {
      ...common,
      entryPoints: ['src/server/browser.ts'],
      outfile: 'dist/web/server.js',
      platform: 'browser',
      format: 'iife',
      mainFields: ['browser', 'module', 'main'],
      define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
      plugins: [forbidNodeBuiltinsPlugin],
    },
    cli: {
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      platform: 'node',
      format: 'cjs',
      // esbuild keeps a hashbang the entry already has; add one only when it has none.
      banner: cliHasHashbang() ? {} : { js: '#!/usr/bin/env node' },
    },
    integration: {
      ...common,
      // index.ts (the suite's run()) and every *.test.ts, one output each, same layout under out/.
      entryPoints: ['test/integration/index.ts', 'test/integration/**/*.test.ts'],
      outbase: 'test/integration',
      outdir: 'out/test/integration',
      platform: 'node',
      format: 'cjs',
      // mocha stays a runtime require: the suite always runs from this repository, next to node_modules.
      external: ['vscode', 'mocha'],
      minify: false,
      sourcemap: true,
    },
  };
}

/**
 * Deletes what an earlier build left that this one did not write: a deleted test's compiled file in
 * out/ (the suite would still run it), source maps beside a production bundle. Removing only those
 * files, not the folders, keeps a build from pulling files from under a test run in progress.
 */
function removeStaleOutputs(name, metafile) {
  const written = new Set(Object.keys(metafile.outputs).map((file) => join(root, file)));
  const dir =
    name === 'integration' ? 'out/test/integration' : name === 'web' || name === 'webServer' ? 'dist/web' : 'dist';
  const prefix =
    { cli: 'cli.js', integration: '', server: 'server.js', webServer: 'server.js' }[name] ?? 'extension.js';
  let entries;
  try {
    entries = readdirSync(join(root, dir), { recursive: name === 'integration', encoding: 'utf8' });
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = join(root, dir, entry);
    if (entry.startsWith(prefix) && /\.(js|map)$/.test(entry) && !written.has(file)) rmSync(file, { force: true });
  }
}

/** Runs after every (re)build of a bundle: metafile, web-bundle check, CLI permissions. */
function afterBuildPlugin(name) {
  return {
    name: `after-${name}`,
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        mkdirSync(join(root, 'out/meta'), { recursive: true });
        writeFileSync(join(root, `out/meta/${name}.json`), JSON.stringify(result.metafile, null, 1));
        if (name === 'web' || name === 'webServer') {
          const offending = externalImportsOtherThanVscode(result.metafile);
          if (offending.length > 0) {
            return { errors: offending.map((text) => ({ text: `web bundle leaves a non-vscode import: ${text}` })) };
          }
        }
        if (name === 'cli') chmodSync(join(root, 'dist/cli.js'), 0o755);
        removeStaleOutputs(name, result.metafile);
        return undefined;
      });
    },
  };
}

async function main(argv) {
  const production = argv.includes('--production');
  const watch = argv.includes('--watch');
  const quiet = argv.includes('--quiet');
  const bundles = Object.entries(buildOptions({ production, quiet })).map(([name, options]) => ({
    ...options,
    plugins: [...(options.plugins ?? []), afterBuildPlugin(name)],
  }));

  if (!watch) {
    const results = await Promise.allSettled(bundles.map((options) => esbuild.build(options)));
    // esbuild has already printed the errors; just fail the command.
    if (results.some((result) => result.status === 'rejected')) process.exit(1);
    return;
  }

  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  const tsc = spawn(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--watch', '--preserveWatchOutput', '-p', root],
    {
      stdio: 'inherit',
    },
  );
  const stop = () => {
    tsc.kill();
    void Promise.all(contexts.map((context) => context.dispose())).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
