// @ts-check
// Lint rules that hold the architecture: shared/ is pure domain code, the renderer never
// touches Node or Electron, and only the database module may import Dexie.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
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
  'zlib',
  'worker_threads',
  'module',
  'process',
  'buffer',
  'events',
  'readline',
];
const nodePatterns = nodeBuiltins.flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]);

/** What shared/ may not import: it is pure domain code, used by the app and the command line. */
const sharedImportRules = {
  paths: [
    { name: 'react', message: 'shared/ is pure domain code: no React.' },
    { name: 'dexie', message: 'shared/ is pure domain code: no Dexie.' },
    { name: 'electron', message: 'shared/ is pure domain code: no Electron.' },
  ],
  patterns: [
    {
      group: nodePatterns,
      message: 'shared/ runs in the renderer too: no Node built-ins.',
    },
    {
      group: ['react-dom', 'react-dom/*', 'dexie-*', '**/renderer/**', '**/electron/**'],
      message: 'shared/ must not depend on the app layers.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', sharedImportRules] },
  },
  {
    // The search worker's code: it loads on every start before the first result, so it takes
    // nothing from the model but types and the few zod-free modules (zod alone would double
    // the worker's script).
    files: ['shared/search/**/*.ts', 'shared/names/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sharedImportRules.paths,
          patterns: [
            ...sharedImportRules.patterns,
            {
              group: [
                'zod',
                'zod/*',
                '**/model/*',
                '!**/model/caseStatuses.js',
                '!**/model/caseFileViews.js',
                '!**/model/comparePartialDates.js',
                '!**/model/newId.js',
              ],
              allowTypeImports: true,
              message:
                'Search code runs in the search worker: take types from the model, values only from its zod-free modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
          ],
          patterns: [
            { group: nodePatterns, message: 'No Node built-ins in the renderer: it is sandboxed.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the database module (renderer/db/) may import Dexie, so encryption at rest can be
    // added there later without touching the UI.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/db/**', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
            {
              name: 'dexie',
              message: 'Only renderer/db/ may import Dexie; use a repository or hook.',
            },
            {
              name: 'dexie-react-hooks',
              message: 'Only renderer/db/ may import Dexie; use a repository or hook.',
            },
          ],
          patterns: [
            { group: nodePatterns, message: 'No Node built-ins in the renderer: it is sandboxed.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
            {
              group: [
                '**/db/database',
                '**/db/database.js',
                '**/db/kartotekaDb',
                '**/db/kartotekaDb.js',
              ],
              message:
                'Components reach data through repositories or hooks, not the database object.',
            },
          ],
        },
      ],
    },
  },
);
