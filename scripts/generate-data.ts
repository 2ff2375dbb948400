/**
 * `npm run data`: writes `generated/` from the vendor records (see
 * build/vendor-data.ts). The build, `npm run dev` and the tests run it by
 * themselves when a record, a string or the popup's code has changed;
 * `--force` writes the folder even when it is current.
 */
import { generateVendorData } from '../build/vendor-data.ts';

try {
  const wrote = generateVendorData({ force: process.argv.includes('--force') });
  console.log(wrote ? 'generated/ written from the vendor records' : 'generated/ is current');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
