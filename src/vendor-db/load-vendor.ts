/**
 * One full vendor record, on demand: each record is its own small file
 * (`vendors/<id>.json` in the build, written by build/vendor-data.ts),
 * so the popup reads the one vendor of the active tab, not all of them.
 *
 * A plain fetch of a packaged file, not a dynamic import: a map from 41 ids to
 * hashed chunk names, and Vite's preload helper around each import, cost the
 * popup 1.5 KB gzip of its 20 KB budget for nothing. The request stays inside
 * the extension package.
 */
import type { ShippedVendor } from '../core/vendor-schema.ts';
import { isKebabId } from '../core/kebab-id.ts';

export async function loadVendor(id: string): Promise<ShippedVendor | undefined> {
  if (!isKebabId(id)) return undefined;
  const response = await fetch(`/vendors/${id}.json`);
  return response.ok ? ((await response.json()) as ShippedVendor) : undefined;
}
