// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noServer = { group: ['**/server/**'], message: 'web, shared and the CLI never import server internals this way' };

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      curly: 'error',
      'no-console': 'error',
    },
  },
  // The architecture's boundaries (DESIGN.md): each rule below is a line of the layout.
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noServer, { group: ['**/web/**', '**/cli/**', 'node:*'], message: 'shared holds contracts only: no Node, web or CLI code' }] }],
    },
  },
  {
    files: ['src/web/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServer, { group: ['**/cli/**'], message: 'web never imports the CLI' }] }] },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['kysely', 'pg'],
          patterns: [{ group: ['**/*.repository.ts', '**/db/scope.ts'], message: 'the CLI reaches data only through services' }],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    ignores: ['src/server/test/**', 'src/server/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*/*.repository.ts', '../**/web/**'], message: 'one domain uses another only through its service' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
