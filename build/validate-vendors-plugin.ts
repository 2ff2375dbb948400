/**
 * Fails the build when any vendor record is invalid, naming the file and the
 * field, so a malformed record never reaches a user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

export const VENDOR_DIR = 'src/vendors';
/** The JSON Schema for editors, generated from the valibot schema; it sits beside the records but is not one. */
export const VENDOR_JSON_SCHEMA = 'vendor.schema.json';

export function readVendorFiles(dir = VENDOR_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== VENDOR_JSON_SCHEMA)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function validateVendorsPlugin(): Plugin {
  return {
    name: 'notrain:validate-vendors',
    buildStart() {
      const { errors } = validateVendorFiles(readVendorFiles(), todayUtc());
      if (errors.length) this.error(`Invalid vendor data:\n  ${errors.join('\n  ')}`);
    },
  };
}
