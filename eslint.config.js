import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    // Generated output, as in .gitignore: dist-*/ and test-results-*/ are chosen by E2E_OUT / E2E_RESULTS.
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in Node, the browser and the workshop server: nothing platform-bound may leak in.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'howler', 'node:*', 'fs', 'path', 'inkjs/full'],
              message:
                'src/core must stay pure: no Phaser, howler, Node built-ins or the ink compiler.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
