import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { validateVendorsPlugin } from './build/validate-vendors-plugin.ts';
import { vendorIndexPlugin, writeSettingsView } from './build/vendor-index-plugin.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  resolve: {
    alias: { 'virtual:notrain/vendor-controls': resolve(writeSettingsView('.cache/vendor-controls.json')) },
  },
  plugins: [validateVendorsPlugin(), vendorIndexPlugin(), preact(), crx({
      manifest: { ...manifest, version: pkg.version },
      browser: 'chrome',
      // A self-contained script: no loader, so no web_accessible_resources that would let any page detect NoTrain.
      contentScripts: { standaloneFiles: ['src/content/settings-badge.ts'] },
    })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
    // Extension pages support <link rel="modulepreload"> natively: skip Vite's polyfill for it.
    modulePreload: { polyfill: false },
    // Reviewers of the stores read the built code: keep it readable where it costs little.
    minify: true,
  },
});
