// ESLint flat config. Two rules carry the architecture, the rest is typescript-eslint's recommended set:
// - no floating promises anywhere (typed linting): an un-awaited promise in the extension is a lost
//   error; `void` marks deliberate fire-and-forget;
// - the engine (src/engine/**) imports neither `vscode` nor any Node built-in, so the same code runs in
//   Node, in the browser build and in plain mocha.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'fetch', 'setTimeout', 'clearTimeout', 'URL', 'Buffer'].map((name) => [name, 'readonly']),
);
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/'));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build and launcher scripts run in Node.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['test/e2e/**/*.mjs'],
    // Mocha globals, and the page's globals for the callbacks Playwright runs in the browser (page.evaluate).
    languageOptions: {
      globals: Object.fromEntries(
        ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach', 'document', 'window', 'NodeFilter'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'The engine must not depend on VS Code: the adapter in src/extension/ converts.',
            },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The engine runs in the browser too: no Node built-ins (the host passes what it needs).',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The engine runs in the browser too: no Node built-ins.' },
            ...nodeBuiltins.map((name) => ({
              group: [`${name}/*`],
              message: 'The engine runs in the browser too: no Node built-ins.',
            })),
          ],
        },
      ],
    },
  },
);
