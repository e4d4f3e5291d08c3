import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { boundaries } from './eslint/boundaries.js';

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
  // What each folder of src/ may import: see eslint/boundaries.js and docs/architecture.md.
  ...boundaries,
);
