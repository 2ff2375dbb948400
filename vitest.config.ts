import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { DEFAULT_CATALOG_FILE, vendorDataPlugin } from './build/vendor-data-plugin.ts';

// Separate from vite.config.ts so the tests never load the CRXJS build plugin.
export default defineConfig({
  // The same data step as the build: generated/ is brought up to date before the tests read it.
  plugins: [preact(), vendorDataPlugin()],
  resolve: { alias: { 'virtual:notrain/default-catalog': resolve(DEFAULT_CATALOG_FILE) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          setupFiles: ['test/support/fast-check-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'ui', include: ['test/**/*.test.tsx'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: two cores, and each test drives a real Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
