// One config for the whole repository. The import arrows of ARCHITECTURE.md (layers and the
// bans between them) live in eslint.boundaries.js, declared once by folder glob.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundariesConfig } from './eslint.boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.e2e-web/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      // Stryker's sandboxes (a copy of the project while a mutation run lasts) and its reports.
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only meaningful with the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  boundariesConfig,
);
