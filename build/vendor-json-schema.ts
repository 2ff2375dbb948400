/**
 * `src/vendors/vendor.schema.json`, generated from the valibot schema so that
 * editors complete and check a record's fields as it is typed (every record
 * names it in `$schema`). It describes shapes only: the rules JSON Schema
 * cannot state (dates that exist, quotes under 40 words, domains, sources)
 * are the validator's, and `npm run validate:vendors` explains them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { VendorSchema } from '../src/core/vendor-schema.ts';

export function vendorJsonSchema(): string {
  const schema = toJsonSchema(VendorSchema, { errorMode: 'ignore' });
  const described = {
    ...schema,
    title: 'NoTrain vendor record',
    description:
      'One vendor’s AI data-use policy, with a source for every claim. Generated from src/core/vendor-schema.ts by `npm run schema:vendors`; `npm run validate:vendors` checks the rules this file cannot state (docs/vendor-criteria.md).',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}
