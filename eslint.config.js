// ESLint flat config. Type-aware typescript-eslint for the TypeScript sources, React hooks rules for the
// renderer, and import rules that enforce the layers described in docs/ARCHITECTURE.md:
//   renderer  ↛ electron/**, node:*, better-sqlite3 (it talks to the backend only through the contract)
//   main      ↛ electron/backend/**, renderer/**, electron/preload/**, SQLite/Kysely (a shell: it relays, never runs SQL)
//   preload   ↛ any package but `electron`, shared/contract (zod), electron/main|backend, renderer (sandboxed)
//   backend   ↛ the `electron` package, electron/main, electron/preload, renderer/** (it also runs under plain Node)
//   shared    ↛ node:*, fs, path, electron, better-sqlite3, react, electron/**, renderer/**, DOM globals (pure)
// Import cycles (file to file, and feature to feature) are checked by test/integration/import-cycles.test.ts.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

/** no-restricted-imports patterns with a message saying which layer rule was broken. */
function forbid(groups, message) {
  return { group: groups, message };
}

const TS_FILES = ['**/*.ts', '**/*.tsx'];

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },

  js.configs.recommended,

  // TypeScript: type-aware, but only the rules that catch real bugs (floating promises, unsafe any flow).
  {
    files: TS_FILES,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Layer rules below use the core no-restricted-imports: eslint-plugin-import-x pulled in a resolver whose
      // per-platform optional packages npm 11 leaves out of the lock file, which breaks `npm ci`.
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'no-console': 'off',
      // Sanitisers of imported text and file names match control characters on purpose.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },

  // Tests may poke at values loosely; they still must not leave promises floating.
  {
    files: ['test/**/*.ts', '**/*.test.ts', '**/*.e2e.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Playwright fixtures must destructure their (empty) dependencies: async ({}, use) => …
      'no-empty-pattern': 'off',
    },
  },

  // Plain JavaScript (this file, scripts/*.mjs): Node globals, no type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },

  // Node-side TypeScript: main, preload, backend, tests, scripts, configs.
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Renderer: browser globals, React hooks, no Node or backend.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler advisory rule flags the ordinary "set loading, then fetch" effect (api/useCall.ts);
      // rules-of-hooks and exhaustive-deps stay errors.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['electron', 'electron/*', '**/electron/**'],
              'Layer rule: the renderer reaches the backend only through the contract (window.api or HTTP), never electron/**.',
            ),
            forbid([...nodeBuiltins, 'better-sqlite3'], 'Layer rule: the renderer runs in a sandboxed page: no Node modules, no SQLite.'),
          ],
        },
      ],
    },
  },

  // Backend: runs under Electron's utilityProcess AND plain Node (npm run serve, tests): no Electron APIs.
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['electron', 'electron/*'],
              'Layer rule: the backend also runs under plain Node; it must not import the electron package.',
            ),
            forbid(
              ['**/main', '**/main/**', '**/preload', '**/preload/**'],
              'Layer rule: the backend must not import electron/main or electron/preload.',
            ),
            forbid(['**/renderer/**'], 'Layer rule: the backend must not import the renderer; what both need belongs in shared/.'),
          ],
        },
      ],
    },
  },

  // Main: the Electron shell. It relays calls to the backend process and never runs SQL or the backend's code.
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['**/backend', '**/backend/**'],
              'Layer rule: main starts the backend as a separate process (out/main/backend.js) and relays to it; it must not import electron/backend.',
            ),
            forbid(
              ['**/renderer/**', '**/preload', '**/preload/**'],
              'Layer rule: main must not import the renderer or the preload; what they share lives in shared/.',
            ),
            forbid(['better-sqlite3', 'kysely'], 'Layer rule: main never runs SQL; the backend process owns the database.'),
          ],
        },
      ],
    },
  },

  // Preload: sandboxed, so it can require only `electron`; it takes the method names from main (api:methods).
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)(?!\\.{1,2}/)',
              message:
                'Layer rule: a sandboxed preload can require only `electron`: no Node module, no npm package (test/electron/preload-bundle.test.ts).',
            },
            forbid(
              ['**/shared/contract', '**/shared/contract/**'],
              'Layer rule: the preload must not import the contract (zod and the schemas); main answers the method names, plain constants live in shared/domain.',
            ),
            forbid(
              ['**/backend', '**/backend/**', '**/main', '**/main/**', '**/renderer/**'],
              'Layer rule: the preload imports only electron and plain constants from shared/domain.',
            ),
          ],
        },
      ],
    },
  },

  // Shared: pure TypeScript used by every layer.
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              [
                ...nodeBuiltins,
                'electron',
                'electron/*',
                'better-sqlite3',
                'react',
                'react-dom',
                'react/*',
                'antd',
                '**/electron/**',
                '**/renderer/**',
              ],
              'Layer rule: shared/ is pure (no Node, Electron, SQLite, React or DOM) so every layer can use it.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'fetch',
          'process',
          'Buffer',
          '__dirname',
          'require',
        ].map((name) => ({ name, message: `Layer rule: shared/ is pure; "${name}" belongs to the browser or Node.` })),
      ],
    },
  },
);
