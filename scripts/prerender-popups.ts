/**
 * Writes src/popup/vendors/<id>.html, one prerendered popup per vendor. Run
 * by the build (build/prerender-popups-plugin.ts) through tsx, which compiles
 * the Preact components with this project's tsconfig.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import messages from '../public/_locales/en/messages.json' with { type: 'json' };
import { PRERENDER_DIR, prerenderedPage } from '../build/prerender-popups-plugin.ts';
import { readVendorFiles } from '../build/validate-vendors-plugin.ts';
import { translatorFor } from '../src/core/messages-table.ts';
import type { Vendor } from '../src/core/vendor-schema.ts';
import { prerenderPopup } from '../src/popup/prerender.tsx';

const t = translatorFor(messages);
rmSync(PRERENDER_DIR, { recursive: true, force: true });
mkdirSync(PRERENDER_DIR, { recursive: true });
for (const file of readVendorFiles()) {
  const vendor = JSON.parse(file.text) as Vendor;
  writeFileSync(join(PRERENDER_DIR, `${vendor.id}.html`), prerenderedPage(prerenderPopup(vendor, t, 'en')));
}
