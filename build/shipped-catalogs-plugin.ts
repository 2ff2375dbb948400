/**
 * The message catalogs as the extension ships them: without the translators'
 * descriptions or the store listing's text (the browser never reads them; `public/_locales` keeps them
 * for translators and for test/repo.test.ts) and without indentation. Some
 * 10 KB of the store zip, which has a 250 KB budget (docs/performance.md).
 * `shippedCatalogsPlugin` rewrites the copies Vite made of `public/`; the
 * data step (build/vendor-data.ts) gives the settings-page script, which
 * bundles the English catalog (src/content/strings.ts), the same catalog,
 * cut to the keys the script uses (build/content-keys.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Keys only the store listing reads: `npm run package` writes the listing's
 * text from `public/_locales` (scripts/package.ts, `dist/store/<locale>.txt`),
 * and the stores take it from their own forms; the browser never asks for it.
 */
export const STORE_ONLY_KEYS: readonly string[] = ['storeDescription'];

/** A catalog without descriptions or the store-only keys, keys and everything else as they were. */
export function shippedCatalog(text: string): string {
  const catalog = JSON.parse(text) as Record<string, { description?: string }>;
  const stripped = Object.fromEntries(
    Object.entries(catalog).flatMap(([key, { description: _, ...entry }]) =>
      STORE_ONLY_KEYS.includes(key) ? [] : [[key, entry]],
    ),
  );
  return JSON.stringify(stripped);
}

export function shippedCatalogsPlugin(outDir: string): Plugin {
  return {
    name: 'notrain:shipped-catalogs',
    apply: 'build',
    closeBundle() {
      const dir = join(outDir, '_locales');
      for (const locale of readdirSync(dir)) {
        const file = join(dir, locale, 'messages.json');
        writeFileSync(file, shippedCatalog(readFileSync(file, 'utf8')));
      }
    },
  };
}
