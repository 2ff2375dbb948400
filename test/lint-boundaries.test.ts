/**
 * The boundaries the README promises, as eslint.config.js enforces them: small
 * snippets linted as if they sat at a path in the repository. Type-checked
 * rules are switched off here (they need the whole program, and none of these
 * rules does); the last test checks they are on for the real run.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
});

const BOUNDARIES = new Set(['no-restricted-imports', 'no-restricted-globals']);

/** The boundary rules a snippet breaks at `path` (which need not exist); a parse error fails the test. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return messages.flatMap((m) => (m.ruleId && BOUNDARIES.has(m.ruleId) ? [m.ruleId] : []));
}

describe('popup components get data through props or context, never from the browser layer', () => {
  it.each([
    ["import browser from 'webextension-polyfill';", 'src/popup/components/Summary.tsx'],
    ["import { browser } from '../../platform/browser.ts';", 'src/popup/components/Summary.tsx'],
    ["import { loadPlace } from '../../platform/place.ts';", 'src/popup/components/RegionLine.tsx'],
    ["import { activeTab } from '../platform/tabs.ts';", 'src/popup/App.tsx'],
    ["import { registry } from '../vendor-db/registry.ts';", 'src/popup/App.tsx'],
    ["import { translate } from '../platform/i18n.ts';", 'src/welcome/Welcome.tsx'],
    ["import { loadAudit } from '../platform/audit.ts';", 'src/audit/Audit.tsx'],
  ])('refuses %s in %s', async (code, path) => {
    expect(await broken(path, `${code}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ["import { activeTab } from '../platform/tabs.ts';", 'src/popup/main.tsx'],
    ["import { loadTracker } from '../platform/tracker.ts';", 'src/popup/vendor-main.tsx'],
    ["import { translate } from '../platform/i18n.ts';", 'src/welcome/main.tsx'],
    ["import { loadAudit } from '../platform/audit.ts';", 'src/audit/main.tsx'],
    ["import { usePopup } from '../popup-context.ts';", 'src/popup/components/Summary.tsx'],
  ])('lets the entry (or a context) do it: %s in %s', async (code, path) => {
    expect(await broken(path, `${code}\nexport {};\n`)).toEqual([]);
  });
});

describe('src/core depends on nothing but itself and the schema', () => {
  it.each([
    "import { dom } from '../content/dom.ts';",
    "import { registry } from '../vendor-db/registry.ts';",
    "import { browser } from '../platform/browser.ts';",
    "import { App } from '../popup/App.tsx';",
    "import index from 'virtual:notrain/vendor-index';",
    "import { h } from 'preact';",
  ])('refuses %s', async (code) => {
    expect(await broken('src/core/example.ts', `${code}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it('refuses the same reaching out of a subfolder', async () => {
    const code = "import { dom } from '../../content/dom.ts';\nexport {};\n";
    expect(await broken('src/core/vendor-rules/example.ts', code)).toContain('no-restricted-imports');
  });

  it('allows its own modules and the schema', async () => {
    const code =
      "import { summarize } from './summarize.ts';\nimport type { Vendor } from './vendor-schema.ts';\nexport {};\n";
    expect(await broken('src/core/example.ts', code)).toEqual([]);
  });
});

describe('Node in the tools, browsers in the extension', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import { join } from 'path';", 'no-restricted-imports'],
    ['export const mode = process.env.MODE;', 'no-restricted-globals'],
    ["export const bytes = Buffer.from('x');", 'no-restricted-globals'],
    ['export const here = __dirname;', 'no-restricted-globals'],
  ])('refuses %s in the extension', async (code, rule) => {
    for (const path of ['src/background/example.ts', 'src/popup/components/Example.tsx', 'src/core/example.ts']) {
      expect(await broken(path, `${code}\nexport {};\n`), path).toContain(rule);
    }
  });

  it('allows Node in build/, scripts/, bench/, test/ and the configs', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const text = readFileSync(process.cwd());\n";
    for (const path of ['build/example.ts', 'scripts/example.ts', 'bench/example.ts', 'test/example.test.ts']) {
      expect(await broken(path, code), path).toEqual([]);
    }
    expect(await broken('vite.config.ts', code)).toEqual([]);
  });

  it.each(['build/example.ts', 'scripts/example.ts', 'vite.config.ts'])(
    'refuses browser globals in %s, which runs in Node',
    async (path) => {
      expect(await broken(path, 'export const title = document.title;\n')).toContain('no-restricted-globals');
      expect(await broken(path, 'export const href = location.href;\n')).toContain('no-restricted-globals');
    },
  );

  it('allows them in tests, which drive browsers and happy-dom', async () => {
    expect(await broken('test/example.test.ts', 'export const title = document.title;\n')).toEqual([]);
  });
});

describe('type-checked rules', () => {
  it('are on for TypeScript files, with types from the project service', async () => {
    const real = new ESLint();
    const config = (await real.calculateConfigForFile('src/core/url.ts')) as {
      languageOptions: { parserOptions: { projectService?: unknown } };
      rules: Record<string, unknown>;
    };
    expect(config.languageOptions.parserOptions.projectService).toBe(true);
    for (const rule of [
      'no-floating-promises',
      'no-misused-promises',
      'await-thenable',
      'no-unnecessary-type-assertion',
      'no-unsafe-assignment',
    ]) {
      expect(config.rules[`@typescript-eslint/${rule}`], rule).toEqual([2]);
    }
  });
});
