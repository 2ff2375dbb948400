/**
 * Small views of the vendor database, generated at build time so that each
 * part of the extension loads only what it needs:
 * - `virtual:notrain/vendor-index`: id, name and matching rules of every
 *   vendor (the popup classifies the tab with it, then loads one full record);
 * - `virtual:notrain/vendor-badges`: the same plus the training entries (the
 *   service worker's badge needs nothing more).
 * The full records stay separate JSON chunks (`src/vendor-db/load-vendor.ts`).
 */
import type { Plugin } from 'vite';
import type { Vendor } from '../src/core/vendor-schema.ts';
import { readVendorFiles, VENDOR_DIR } from './validate-vendors-plugin.ts';

const VIEWS: Record<string, (v: Vendor) => object> = {
  'virtual:notrain/vendor-index': ({ id, name, match }) => ({ id, name, match }),
  'virtual:notrain/vendor-badges': ({ id, name, match, training }) => ({ id, name, match, training }),
};

export function vendorIndexPlugin(): Plugin {
  return {
    name: 'notrain:vendor-index',
    resolveId(id) {
      return id in VIEWS ? `\0${id}` : undefined;
    },
    load(id) {
      const view = id.startsWith('\0') ? VIEWS[id.slice(1)] : undefined;
      if (!view) return undefined;
      const files = readVendorFiles();
      for (const file of files) this.addWatchFile(`${VENDOR_DIR}/${file.name}`);
      const entries = files.map((file) => view(JSON.parse(file.text) as Vendor));
      // JSON.parse of a string literal is parsed faster by V8 than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
  };
}
