/** The engine runs in Node, the browser and the extension host: no `vscode`, no Node built-ins. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ENGINE = path.join(__dirname, '..', '..', 'src', 'engine');
const BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'util',
  'url',
  'events',
  'stream',
  'buffer',
  'process',
  'http',
  'https',
  'net',
  'zlib',
  'worker_threads',
  'module',
  'vm',
  'readline',
  'tty',
  'assert',
  'perf_hooks',
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Module specifiers of static imports, re-exports, dynamic imports and require calls. */
export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

function isForbidden(specifier: string): boolean {
  if (specifier === 'vscode' || specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier.split('/')[0]);
}

describe('engine: purity (no vscode, no Node built-ins)', () => {
  it('the import scanner sees every form of import', () => {
    const sample = [
      "import * as fs from 'fs';",
      "import type { X } from 'vscode';",
      'export { y } from "node:path";',
      "import 'os';",
      "const c = await import('crypto');",
      "const u = require('util');",
      "import { z } from './local';",
    ].join('\n');
    assert.deepStrictEqual(importsOf(sample).filter(isForbidden).sort(), [
      'crypto',
      'fs',
      'node:path',
      'os',
      'util',
      'vscode',
    ]);
  });

  it('finds the engine sources', () => {
    const files = sourceFiles(ENGINE);
    assert.ok(files.some((file) => file.endsWith(path.join('engine', 'checker.ts'))));
    assert.ok(files.length >= 20, `only ${files.length} files under src/engine`);
  });

  it('no file under src/engine imports vscode, node:* or a Node built-in', () => {
    const offenders = sourceFiles(ENGINE).flatMap((file) =>
      importsOf(fs.readFileSync(file, 'utf8'))
        .filter(isForbidden)
        .map((specifier) => `${path.relative(ENGINE, file)}: ${specifier}`),
    );
    assert.deepStrictEqual(offenders, [], `engine files import forbidden modules:\n${offenders.join('\n')}`);
  });
});
