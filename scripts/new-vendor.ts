/**
 * `npm run new:vendor -- <id> --name "Acme Chat" --domain acme-chat.com`:
 * writes a record and its URL fixtures to fill in, never over existing files.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NEXT_STEPS, scaffoldVendor } from '../build/scaffold-vendor.ts';
import { VENDOR_DIR } from '../build/vendor-files.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, domain: { type: 'string' } },
});
const [id] = positionals;
if (!id || !values.domain) {
  console.error('usage: npm run new:vendor -- <id> --name "Display Name" --domain example.com');
  process.exit(2);
}
const scaffold = scaffoldVendor({ id, name: values.name ?? '', domain: values.domain });
if ('error' in scaffold) {
  console.error(scaffold.error);
  process.exit(2);
}
const recordPath = `${VENDOR_DIR}/${id}.json`;
const fixturesPath = `test/fixtures/urls/${id}.json`;
for (const path of [recordPath, fixturesPath]) {
  if (existsSync(path)) {
    console.error(`${path} exists already; nothing written`);
    process.exit(1);
  }
}
writeFileSync(recordPath, scaffold.record);
writeFileSync(fixturesPath, scaffold.fixtures);
console.log(`Wrote ${recordPath} and ${fixturesPath}.\n${NEXT_STEPS(id)}`);
