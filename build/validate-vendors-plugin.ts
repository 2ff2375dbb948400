/**
 * Fails the build when any vendor record is invalid, naming the file and the
 * field, so a malformed record never reaches a user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

export const VENDOR_DIR = 'src/vendors';

export function readVendorFiles(dir = VENDOR_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
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
