/**
 * `npm run validate:vendors`: checks every record in src/vendors/ exactly as
 * the build does, and prints each problem with its file and field.
 */
import { readVendorFiles, todayUtc } from '../build/vendor-files.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const files = readVendorFiles();
const { errors } = validateVendorFiles(files, todayUtc());
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`${files.length} vendor records valid.`);
