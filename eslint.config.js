// One linter, typed rules, and the project's boundaries written down as rules with reasons.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noMarkupFromStrings = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Page text is attacker-controlled: render text nodes (JSX), never markup strings.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Page text is attacker-controlled: render text nodes (JSX), never markup strings.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is attacker-controlled: render text nodes (JSX), never markup strings.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'No document.write: render with Preact.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Later blocks override earlier ones for the same rule: the general rule first, src/core's stricter one after.
  {
    files: ['src/**'],
    ignores: ['src/platform/browser.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import the browser API from src/platform/browser.ts only, so tests can swap it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'src/core is pure: browser APIs belong in src/platform.' },
            { name: 'preact', message: 'src/core is pure: UI belongs in src/popup.' },
          ],
          patterns: [
            {
              group: ['preact/*', '../platform/*', '../popup/*', '../background/*'],
              message: 'src/core is pure: it depends on nothing but itself and the vendor schema.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'chrome', message: 'src/core is pure: no browser API.' },
        { name: 'browser', message: 'src/core is pure: no browser API.' },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
