// ESLint's recommended rules over our JavaScript, run by scripts/lint.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/**', 'node_modules/**', 'bench/node_modules/**', 'web/gen/**'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js', 'examples/**/*.js', 'sw.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker, ...globals.serviceworker } },
  },
  {
    // The node entry: node's globals, and the worker's that it gives worker.js.
    files: ['web/node.js', 'web/node-worker.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.worker }, sourceType: 'commonjs' },
  },
  {
    files: ['web/node.js'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // Node scripts and tests; browser tests also hold code that runs in the page.
    files: ['scripts/**', 'tests/**/*.{js,mjs}', 'bench/**/*.{js,mjs}', 'cmake/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
];
