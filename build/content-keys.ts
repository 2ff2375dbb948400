/**
 * The catalog keys the settings-page script bundles (src/content/strings.ts,
 * `virtual:notrain/default-catalog`): every key that a module of its import
 * graph names as a string literal. It used to bundle the whole English
 * catalog (37 KB raw, 430 keys) for the few dozen it uses; every page's new
 * strings landed in it too.
 *
 * Keys are named in the code as literals (`translate('dismiss')`,
 * `message(on ? 'controlHowOn' : 'controlHowOff')`), never composed, so a
 * scan of the literals finds every one; a key mentioned and not used costs a
 * few bytes. test/build/content-catalog.test.ts fails when a key the script
 * asks for is not in what it bundles (the build and the tests, not a user's
 * page, find it).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const CONTENT_SCRIPT = 'src/content/settings-script.ts';

/** The project's modules `entry` imports, itself included, at any depth (relative imports; types too). */
export function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec = ''] of code.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]/g))
      visit(resolve(dirname(file), spec));
    for (const [, spec = ''] of code.matchAll(/\bimport\s*['"](\.[^'"]+)['"]/g)) visit(resolve(dirname(file), spec));
  };
  visit(resolve(entry));
  return [...seen].map((file) => relative(process.cwd(), file));
}

/** The keys of `catalog` that the modules of `entry`'s graph name as string literals, in the catalog's order. */
export function literalKeys(catalog: Readonly<Record<string, unknown>>, entry = CONTENT_SCRIPT): string[] {
  const named = new Set<string>();
  for (const file of importGraph(entry))
    for (const [, literal = ''] of readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g))
      named.add(literal);
  return Object.keys(catalog).filter((key) => named.has(key));
}

/** `catalog` with only `keys`. */
export const catalogSubset = <T>(catalog: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> =>
  Object.fromEntries(keys.flatMap((key) => (key in catalog ? [[key, catalog[key] as T]] : [])));
