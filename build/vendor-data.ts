/**
 * The one generator of everything derived from the vendor records, written
 * to one folder (`generated/`, see build/vendor-data-plugin.ts):
 * - `vendor-index.json`, `vendor-badges.json`, `vendor-controls.json`,
 *   `vendor-names.json`: the views each part of the extension loads
 *   (build/vendor-views.ts);
 * - `records/<id>.json`: each record as shipped (`shippedRecord`), packaged as
 *   `vendors/<id>.json` for the popup, the audit and the options pages to fetch;
 * - `popups/<id>.html`: each vendor's popup, rendered to static HTML
 *   (src/popup/prerender.tsx) at the address `prerenderedPopup(id)` names;
 * - `email-en.json`: the opt-out email's fixed parts in English;
 * - `default-catalog.json`: the English catalog as shipped, cut to the keys
 *   the settings-page script uses (build/content-keys.ts), which it bundles.
 * The records are validated first: an invalid one stops everything, naming
 * the file and the field. Run by the build and the tests through the plugin,
 * or by hand with `npm run data`.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import messages from '../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../src/core/i18n.ts';
import { translatorFor } from '../src/core/messages-table.ts';
import { prerenderedPopup } from '../src/core/popup-page.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';
import type { ShippedVendor, Vendor } from '../src/core/vendor-schema.ts';
import { prerenderPopup } from '../src/popup/prerender.tsx';
import { catalogSubset, literalKeys } from './content-keys.ts';
import { shippedCatalog } from './shipped-catalogs-plugin.ts';
import {
  DATA_DIR,
  DEFAULT_CATALOG_FILE,
  EMAIL_CATALOG,
  inputsHash,
  isCurrent,
  recordFile,
  stampFile,
  viewFile,
} from './vendor-data-plugin.ts';
import { readVendorFiles, todayUtc, VENDOR_DIR } from './vendor-files.ts';
import { VIEWS, type ViewId } from './vendor-views.ts';

/**
 * A prerendered page: the summary in the HTML, the stylesheet, and (added by
 * the build) the boot script. No indentation: 41 of these go into the store
 * zip, each compressed on its own.
 */
export const prerenderedPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NoTrain</title>` +
  `<link rel="stylesheet" href="/src/ui/popup.css"></head><body><div id="root">${body}</div></body></html>\n`;

const POSITIONS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

/**
 * `email-en.json`: the `email*` keys of the English catalog, with their named
 * placeholders already turned into `$1`, `$2`…: a popup in another language
 * needs only a one-line substitution to use it, not the catalog reader (popup
 * bytes are budgeted: docs/performance.md).
 */
export function emailCatalog(): Record<string, string> {
  const t = translatorFor(messages);
  return Object.fromEntries(
    Object.keys(messages)
      .filter((key) => key.startsWith('email'))
      .map((key) => [key, t(key as MessageKey, POSITIONS)]),
  );
}

/** `value` without any `quote` key, at any depth (what `WithoutQuotes` says of its type). */
function withoutQuotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutQuotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => (key === 'quote' ? [] : [[key, withoutQuotes(item)]])),
  );
}

/**
 * A record as the extension ships it: without whitespace, the editors'
 * `$schema` pointer, its matching rules, or the evidence quotes. The popup
 * takes the matching rules from the index it has already loaded; the
 * validator checks each quote against the record in the repository
 * (src/core/vendor-rules/), and nothing in the extension reads one
 * (`ShippedVendor` has neither, so the type checker says so). The quotes were
 * a quarter of every packaged record (19 KB of the store zip), the matching
 * rules 4 KB more (docs/performance.md).
 */
export function shippedRecord({ $schema: _, match: _match, ...vendor }: Vendor): ShippedVendor {
  return withoutQuotes(vendor) as ShippedVendor;
}

/** The catalog the settings-page script bundles: the shipped English one, only the keys it names. */
export const contentCatalog = () => shippedCatalog(JSON.stringify(catalogSubset(messages, literalKeys(messages))));

/** Every output file, by its path relative to the output folder, from the records as written (validated before). */
export function vendorData(vendors: readonly Vendor[]): Map<string, string> {
  const t = translatorFor(messages);
  const files = new Map<string, string>();
  for (const view of Object.keys(VIEWS) as ViewId[]) {
    const make = VIEWS[view] as (vendor: Vendor) => object | undefined;
    files.set(relative(DATA_DIR, viewFile(view)), `${JSON.stringify(vendors.flatMap((v) => make(v) ?? []))}\n`);
  }
  for (const vendor of vendors) {
    files.set(relative(DATA_DIR, recordFile(`${vendor.id}.json`)), JSON.stringify(shippedRecord(vendor)));
    files.set(relative(DATA_DIR, prerenderedPopup(vendor.id)), prerenderedPage(prerenderPopup(vendor, t, 'en')));
  }
  files.set(EMAIL_CATALOG, `${JSON.stringify(emailCatalog())}\n`);
  files.set(relative(DATA_DIR, DEFAULT_CATALOG_FILE), `${contentCatalog()}\n`);
  return files;
}

/** Writes a file whole or not at all: a dev server or a test reading it never sees half of it. */
function writeWhole(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Files under `dir` the new output no longer has (a record deleted or renamed). */
function stale(dir: string, keep: ReadonlySet<string>, under = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, under), { withFileTypes: true }).map((e) =>
      e.isDirectory() ? `${e.name}/` : e.name,
    );
  } catch {
    return [];
  }
  return names.flatMap((name) =>
    name.endsWith('/') ? stale(dir, keep, join(under, name)) : keep.has(join(under, name)) ? [] : [join(under, name)],
  );
}

export interface GenerateOptions {
  vendorDir?: string;
  outDir?: string;
  /** Write even when the stamp says the folder is current. */
  force?: boolean;
}

/** Validates the records and writes the folder; returns false when it was current already. Throws on invalid data. */
export function generateVendorData({ vendorDir = VENDOR_DIR, outDir = DATA_DIR, force = false }: GenerateOptions = {}) {
  const hash = inputsHash(vendorDir);
  if (!force && isCurrent(hash, outDir)) return false;
  const records = readVendorFiles(vendorDir);
  const { errors } = validateVendorFiles(records, todayUtc());
  if (errors.length) throw new Error(errors.join('\n'));
  // The records as their files have them (key order, `$schema`), not as the validator's output reshapes them.
  const files = vendorData(records.map((file) => JSON.parse(file.text) as Vendor));
  for (const [path, text] of files) writeWhole(join(outDir, path), text);
  for (const path of stale(outDir, new Set([...files.keys(), relative(outDir, stampFile(outDir))])))
    rmSync(join(outDir, path));
  // Last: a run stopped half-way leaves the old stamp, so the next one writes everything again.
  writeWhole(stampFile(outDir), hash);
  return true;
}
