/** `npm run schema:vendors`: writes src/vendors/vendor.schema.json (a test keeps it in sync with the valibot schema). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDOR_DIR, VENDOR_JSON_SCHEMA } from '../build/vendor-files.ts';
import { vendorJsonSchema } from '../build/vendor-json-schema.ts';

writeFileSync(join(VENDOR_DIR, VENDOR_JSON_SCHEMA), vendorJsonSchema());
console.log(`${VENDOR_DIR}/${VENDOR_JSON_SCHEMA} written`);
