// Lint rules, including the layering that keeps src/core pure (see docs/adr/0001-architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const webReason =
  'src/web is the offline web app: one HTML file that runs in a browser from file:// with no Office and no Node. It uses src/ui, src/xlsx, src/core and only the host-neutral CLI helpers (messages, clock, file port).';
const uiReason =
  'src/ui is the host-neutral pane: the same pane runs in the Excel add-in and in the offline web app, so it may not use Office.js or the Excel adapter, nor import src/excel, src/addin or src/cli. Ask the PaneHost it receives instead.';

const coreReason =
  'src/core is the pure engine shared by the Excel add-in and the command line: it may not depend on a host, a UI library or Node. Pass data in through the WorkbookPort instead.';

const coreEntryReason =
  'Hosts and UI use the engine only through src/core/index.ts, so its internals can change without touching them. Export what you need from the index.';
/** The core's internals, as seen from outside src/core. */
const coreInternals = { group: ['**/core/*', '!**/core/index'], message: coreEntryReason };

const xlsxReason =
  'src/xlsx is the one .xlsx package layer for every host: the offline web app and the task pane load it in a browser, so it works on Uint8Array bytes and fflate only (no Node modules, no Buffer). Disk access stays in src/cli.';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'test-output/', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel/**', '**/cli/**', '**/ui/**', '**/addin/**'], message: coreReason },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*', 'exceljs', 'office-addin-*', '@microsoft/office-js'], message: coreReason },
            { group: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process', 'stream', 'buffer', 'util', 'crypto'], message: coreReason },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: coreReason },
        { name: 'Office', message: coreReason },
        { name: 'window', message: coreReason },
        { name: 'document', message: coreReason },
        { name: 'process', message: coreReason },
        { name: 'Buffer', message: coreReason },
        { name: 'require', message: coreReason },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core has no clock: the caller passes the generation time in.' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic: no randomness.' },
      ],
    },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel/**', '**/cli/**', '**/taskpane/**', '**/ui/**', '**/commands/**', '**/addin/**', '**/web/**'], message: xlsxReason },
            { group: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process', 'stream', 'buffer', 'util', 'crypto'], message: xlsxReason },
            coreInternals,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Buffer', message: xlsxReason },
        { name: 'process', message: xlsxReason },
        { name: 'require', message: xlsxReason },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel', '**/excel/**', '**/addin', '**/addin/**', '**/cli', '**/cli/**'], message: uiReason },
            { group: ['@microsoft/office-js', 'office-addin-*', 'exceljs', 'node:*'], message: uiReason },
            coreInternals,
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: uiReason }, { name: 'Excel', message: uiReason }, { name: 'OfficeExtension', message: uiReason }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/excel', '**/excel/**', '**/addin', '**/addin/**', '**/cli/main', '**/cli/args', '**/cli/catalogue-source', '**/cli/progress'], message: webReason },
            { group: ['@microsoft/office-js', 'office-addin-*', 'exceljs', 'node:*'], message: webReason },
            coreInternals,
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: webReason }, { name: 'Excel', message: webReason }, { name: 'process', message: webReason }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/excel/**/*.ts', 'src/addin/**/*.ts', 'src/addin/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreInternals] }] },
  },
);
