import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { validateVendorsPlugin } from './build/validate-vendors-plugin.ts';
import { vendorIndexPlugin } from './build/vendor-index-plugin.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [validateVendorsPlugin(), vendorIndexPlugin(), preact(), crx({ manifest: { ...manifest, version: pkg.version }, browser: 'chrome' })],
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
