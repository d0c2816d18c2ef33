// One config for the whole repository. The `no-restricted-imports` blocks below are the
// import arrows of ARCHITECTURE.md: features → db/repositories, services, ui, shared;
// electron → shared; shared → nothing.
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
  'url',
  'worker_threads',
  'stream',
  'events',
  'util',
  'http',
  'https',
  'net',
];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
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
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'xlsx', 'antd'].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript: no DOM, Node, Electron, React or Dexie.',
          })),
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/tests/**'],
              message: 'shared/ imports nothing from the app layers.',
            },
            { group: nodeBuiltinPatterns, message: 'shared/ must not use Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'ipcMain lives only in electron/main/ipc.ts.',
            },
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'ipcRenderer lives only in electron/preload/index.ts.',
            },
            ...['react', 'react-dom', 'dexie', 'antd'].map((name) => ({
              name,
              message: 'electron/ never touches the renderer stack or business records.',
            })),
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports only shared/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'ipcRenderer lives only in the preload.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports only shared/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'ipcMain lives only in electron/main/ipc.ts.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports only shared/.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/features/**', 'renderer/ui/**', 'renderer/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
            { name: 'dexie', message: 'Only renderer/db/ touches Dexie.' },
          ],
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the host only through HostApi.',
            },
            { group: nodeBuiltinPatterns, message: 'The renderer never touches Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
            { name: 'dexie', message: 'Features read and write through renderer/db/repositories.' },
          ],
          patterns: [
            {
              group: ['**/db/app-db', '**/db/migrations/**'],
              message: 'Only repositories touch Dexie tables.',
              allowTypeImports: true,
            },
            {
              group: ['**/app/**'],
              message:
                'Features do not reach into the app shell; shared pieces go to services/ or ui/.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the host only through HostApi.',
            },
            { group: nodeBuiltinPatterns, message: 'The renderer never touches Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/services/**/*.{ts,tsx}', 'renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
          ],
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Arrows point into ui/services/db, never out to features or the app shell.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the host only through HostApi.',
            },
            { group: nodeBuiltinPatterns, message: 'The renderer never touches Node.' },
          ],
        },
      ],
    },
  },
);
