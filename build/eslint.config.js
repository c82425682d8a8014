// Lint rules (run from the repository root: `eslint -c build/eslint.config.js .`), including the layer zones: core imports only itself (and zod); main, preload and renderer never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from '../renderer/svelte.config.js';

const layer = (name, forbidden) => ({
  files: [`${name}/**/*.{ts,svelte}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          // A bare package is matched exactly, so '../electron/core' is not taken for 'electron'.
          ...(group.startsWith('^') ? { regex: group } : { group: [group] }),
          message: `${name} must not import from ${group} (layers: core ← main | preload | renderer).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      '.svelte-kit/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|zod$|zod/).*',
              message:
                'electron/core imports nothing but itself (and zod): no Electron, Node or DOM.',
            },
          ],
        },
      ],
    },
  },
  layer('electron/main', ['**/preload/**', '**/renderer/**']),
  layer('electron/preload', ['**/main/**', '**/renderer/**']),
  layer('renderer', [
    '**/electron/main/**',
    '**/electron/preload/**',
    '^electron(/.*)?$',
    'node:*',
  ]),
  // The Vite config is build tooling that runs in Node, not renderer code.
  { files: ['renderer/vite.config.ts'], rules: { 'no-restricted-imports': 'off' } },
);
