import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { prerenderPopupsPlugin } from './build/prerender-popups-plugin.ts';
import { validateVendorsPlugin } from './build/validate-vendors-plugin.ts';
import { vendorIndexPlugin, writeSettingsView } from './build/vendor-index-plugin.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  resolve: {
    alias: { 'virtual:notrain/vendor-controls': resolve(writeSettingsView('.cache/vendor-controls.json')) },
  },
  plugins: [
    validateVendorsPlugin(),
    vendorIndexPlugin(),
    prerenderPopupsPlugin(),
    preact(),
    crx({
      manifest: { ...manifest, version: pkg.version },
      browser: 'chrome',
      // A self-contained script: no loader, so no web_accessible_resources that would let any page detect NoTrain.
      contentScripts: { standaloneFiles: ['src/content/settings-badge.ts'] },
    }),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
    // The popup's modules are local files: no preload helper (one more chunk to parse) is worth it.
    modulePreload: false,
  },
});
