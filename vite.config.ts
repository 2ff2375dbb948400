import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { firefoxManifest } from './build/firefox-manifest.ts';
import { noInnerHtmlPlugin } from './build/no-inner-html-plugin.ts';
import { prerenderPopupsPlugin } from './build/prerender-popups-plugin.ts';
import { shippedCatalogsPlugin } from './build/shipped-catalogs-plugin.ts';
import { welcomePagePlugin } from './build/welcome-page-plugin.ts';
import { DEFAULT_CATALOG_FILE, vendorDataPlugin, viewFile } from './build/vendor-data-plugin.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox from the same manifest.json.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const source = { ...manifest, version: pkg.version };
  const outDir = firefox ? 'dist/firefox' : 'dist/chrome';
  const target = firefox ? 'firefox140' : 'chrome120';
  return {
    resolve: {
      // CRXJS builds the standalone settings-page script without this project's plugins: its data comes by alias.
      alias: {
        'virtual:notrain/vendor-controls': resolve(viewFile('virtual:notrain/vendor-controls')),
        'virtual:notrain/default-catalog': resolve(DEFAULT_CATALOG_FILE),
      },
    },
    plugins: [
      // First: validates the records and writes generated/ (views, records, prerendered popups) when stale.
      vendorDataPlugin({ bundle: true }),
      prerenderPopupsPlugin(),
      noInnerHtmlPlugin(),
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(source) : source,
        browser: firefox ? 'firefox' : 'chrome',
        // A self-contained script: no loader, so no web_accessible_resources that would let any page detect NoTrain.
        contentScripts: { standaloneFiles: ['src/content/settings-script.ts'] },
      }),
      // The page the background opens on install; built on its own (see the plugin).
      welcomePagePlugin(outDir, target),
      shippedCatalogsPlugin(outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target,
      // The popup's modules are local files: no preload helper (one more chunk to parse) is worth it.
      modulePreload: false,
    },
  };
});
