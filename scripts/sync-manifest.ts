/**
 * `npm run sync:manifest`: rewrites manifest.json's host permissions and the
 * content script's settings pages from the vendor records (validated first).
 * Review the diff: each new line is a new place NoTrain can read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestText, syncedManifest } from '../build/manifest-from-data.ts';
import { readVendorFiles, todayUtc } from '../build/vendor-files.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const { vendors, errors } = validateVendorFiles(readVendorFiles(), todayUtc());
if (errors.length) {
  console.error(`Fix the records first (npm run validate:vendors):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const before = readFileSync('manifest.json', 'utf8');
const after = manifestText(syncedManifest(JSON.parse(before), vendors));
writeFileSync('manifest.json', after);
console.log(
  before === after
    ? 'manifest.json already matches the vendor data'
    : 'manifest.json updated from the vendor data: review the diff',
);
