/**
 * Builds the extension's own pages, the welcome page (src/welcome/, opened
 * once on install), the audit page (src/audit/, opened from the popup) and
 * the options page (src/options/, `options_ui`), in a
 * build of their own, into the same output folder, after the extension's
 * build. Built as more inputs of the main build, they would share chunks
 * with the popup, and the popup would load its code in more, smaller files:
 * more bytes gzipped (over the 20 KB budget) and more requests before first
 * paint. Here they carry their own copy of what they use, loaded only there.
 *
 * So CRXJS never sees the options page: vite.config.ts hands it the manifest
 * without `options_ui`, and this plugin writes that key into the built
 * manifest once both builds are done (Chrome and Firefox read it alike).
 */
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { noInnerHtmlPlugin } from './no-inner-html-plugin.ts';
import { vendorDataPlugin } from './vendor-data-plugin.ts';

export const WELCOME_PAGE = 'src/welcome/index.html';
export const AUDIT_PAGE = 'src/audit/index.html';
export const OPTIONS_PAGE = 'src/options/index.html';

export interface OptionsUi {
  page: string;
  open_in_tab?: boolean;
}

export function extensionPagesPlugin(outDir: string, target: string, optionsUi: OptionsUi | undefined): Plugin {
  return {
    name: 'notrain:extension-pages',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite');
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [vendorDataPlugin(), noInnerHtmlPlugin(), preact()],
        build: {
          outDir,
          emptyOutDir: false,
          target,
          modulePreload: false,
          rollupOptions: {
            input: { welcome: resolve(WELCOME_PAGE), audit: resolve(AUDIT_PAGE), options: resolve(OPTIONS_PAGE) },
          },
        },
      });
      if (!optionsUi) return;
      if (optionsUi.page !== OPTIONS_PAGE) throw new Error(`options_ui.page must be ${OPTIONS_PAGE}`);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify({ ...manifest, options_ui: optionsUi }, null, 2)}\n`);
    },
  };
}
