/**
 * One full vendor record, on demand: each record is its own small chunk, so
 * the popup reads the one vendor of the active tab, not all of them.
 */
import type { Vendor } from '../core/vendor-schema.ts';

const loaders = import.meta.glob<Vendor>('../vendors/*.json', { import: 'default' });

export async function loadVendor(id: string): Promise<Vendor | undefined> {
  return loaders[`../vendors/${id}.json`]?.();
}
