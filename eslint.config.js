import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.crd-build/', 'out/', 'dist/', 'release/', 'node_modules/', 'bench/results.json', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='env'][parent.type!='AssignmentExpression']", message: 'Read configuration in main.ts only.' }],
    },
  },
  {
    // Raw ipcMain/ipcRenderer only in the typed wrappers, so every channel goes through the contract.
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed IPC contract in shared/ipc.ts.' }] }],
    },
  },
  {
    // The renderer ships the generated GB table (shared/bank-holiday-table.ts): date-holidays with every country's data is over a megabyte.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed IPC contract in shared/ipc.ts.' },
            { name: 'date-holidays', message: 'Use shared/working-days.ts (a table generated from date-holidays by scripts/generate-bank-holidays.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', '*.config.ts', 'electron/main.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
