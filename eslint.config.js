// One linter, type-checked rules, and the project's boundaries written down as rules with reasons.
// test/lint-boundaries.test.ts lints small snippets against this file to show each boundary rule fires.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
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

// The extension's code runs in browsers: Node's modules and globals belong to build/, scripts/, bench/, test/ and config files.
const NODE_ONLY = 'The extension runs in browsers: Node APIs belong in build/, scripts/, bench/ or test/.';
const nodeModules = {
  paths: builtinModules.map((name) => ({ name, message: NODE_ONLY })),
  patterns: [{ regex: '^node:', message: NODE_ONLY }],
};
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'global'].map(
  (name) => ({ name, message: NODE_ONLY }),
);
// And the other way round: the build and its scripts run in Node, where a browser global is a mistake that only fails at run time.
const BROWSER_ONLY =
  'This runs in Node: browser globals exist only in the extension (src/) and in pages a test drives.';
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'chrome',
  'browser',
].map((name) => ({ name, message: BROWSER_ONLY }));

const polyfill = {
  name: 'webextension-polyfill',
  message: 'Import the browser API from src/platform/browser.ts only, so tests can swap it.',
};
// Paths are matched as written, relative to the importing file: `../platform/x.ts`, `../../platform/x.ts`.
const layer = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/** `no-restricted-imports` for a zone: a later block replaces an earlier one's options, so each zone lists all its own. */
const restrictImports = (...groups) => [
  'error',
  {
    paths: groups.flatMap((g) => g.paths ?? []),
    patterns: groups.flatMap((g) => g.patterns ?? []),
  },
];

const pureCore = {
  paths: [
    { ...polyfill, message: 'src/core is pure: browser APIs belong in src/platform.' },
    { name: 'preact', message: 'src/core is pure: UI belongs in src/popup.' },
  ],
  patterns: [
    { group: ['preact/*'], message: 'src/core is pure: UI belongs in src/popup.' },
    {
      regex: layer('platform', 'popup', 'background', 'content', 'vendor-db', 'welcome', 'audit'),
      message:
        'src/core is pure: adapters (platform, popup, background, content, vendor-db, welcome, audit) import it, never the reverse.',
    },
    {
      regex: '^virtual:',
      message: 'src/core is pure: the build-time data modules reach it as arguments, through an adapter.',
    },
  ],
};

const popupComponents = {
  paths: [polyfill],
  patterns: [
    {
      regex: layer('platform', 'vendor-db'),
      message:
        "Popup components get data through props or context from their page's entry (main.tsx, vendor-main.tsx): tests render them without a browser.",
    },
  ],
};

const TS = ['**/*.{ts,tsx}'];
const TOOLS = ['build/**', 'scripts/**', 'bench/**', 'test/**', '*.config.{js,ts}'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results.json', '.cache/', 'generated/'] },
  js.configs.recommended,
  // Type-checked rules (no-floating-promises, no-misused-promises, await-thenable, unsafe-*, …) on every
  // TypeScript file, with types from the tsconfig through the project service.
  // (The base entry, which registers the plugin and parser, stays for every file.)
  ...tseslint.configs.recommendedTypeChecked.map((config) =>
    config.name === 'typescript-eslint/base' ? config : { ...config, files: TS },
  ),
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The extension: browser globals, no Node. Later blocks override earlier ones for the same rule, so each
  // block below names every restriction of its zone.
  {
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrictImports({ paths: [polyfill] }, nodeModules),
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  { files: ['src/platform/browser.ts'], rules: { 'no-restricted-imports': restrictImports(nodeModules) } },
  {
    files: ['src/popup/**', 'src/welcome/**', 'src/audit/**'],
    ignores: ['src/popup/main.tsx', 'src/popup/vendor-main.tsx', 'src/welcome/main.tsx', 'src/audit/main.tsx'],
    rules: { 'no-restricted-imports': restrictImports(popupComponents, nodeModules) },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': restrictImports(pureCore, nodeModules),
      'no-restricted-globals': [
        'error',
        ...nodeGlobals,
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'chrome', message: 'src/core is pure: no browser API.' },
        { name: 'browser', message: 'src/core is pure: no browser API.' },
      ],
    },
  },
  // Tools: Node. Tests and the bench also drive real browsers and happy-dom (page.evaluate callbacks run in
  // the page), so browser globals stay allowed there; the build, the scripts and the configs never have them.
  { files: TOOLS, languageOptions: { globals: globals.node } },
  { files: ['test/**', 'bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['build/**', 'scripts/**', '*.config.{js,ts}'],
    rules: { 'no-restricted-globals': ['error', ...browserGlobals] },
  },
  // A worker of the bench's reference extension: an extension script, not Node.
  {
    files: ['bench/reference-extension/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  // Tests read fixtures with JSON.parse and reach into mocks: `any` there is the test's input, checked by its
  // assertions, so the no-unsafe-* family stays off in test/ (every other type-checked rule stays on).
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // JavaScript files (this one, the bench's reference worker) have no types to check.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
