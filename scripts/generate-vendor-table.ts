/** `npm run docs:vendors`: rewrites docs/vendors.md from the vendor records. */
import { writeFileSync } from 'node:fs';
import { readVendorFiles, todayUtc } from '../build/vendor-files.ts';
import { vendorTable } from '../build/vendor-table.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const { vendors, errors } = validateVendorFiles(readVendorFiles(), todayUtc());
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
writeFileSync('docs/vendors.md', vendorTable(vendors, todayUtc()));
console.log(`docs/vendors.md: ${vendors.length} vendors`);
