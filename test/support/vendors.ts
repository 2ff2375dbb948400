/** The real vendor database as the tests read it: validated, not merely cast. */
import { readVendorFiles, todayUtc } from '../../build/vendor-files.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { validateVendorFiles } from '../../src/core/validate-vendors.ts';

const { vendors, errors } = validateVendorFiles(readVendorFiles(), todayUtc());
if (errors.length) throw new Error(`Invalid vendor data:\n${errors.join('\n')}`);

export const registry = createRegistry(vendors);

export function vendor(id: string) {
  const found = registry.byId(id);
  if (!found) throw new Error(`no vendor "${id}"`);
  return found;
}
