/**
 * Builds the welcome page (src/welcome/, opened once on install) and the
 * audit page (src/audit/, opened from the popup) in a build of their own,
 * into the same output folder, after the extension's build.
 * Built as one more input of the main build, it would share chunks with the
 * popup, and the popup would load its code in more, smaller files: more bytes
 * gzipped (over the 20 KB budget) and more requests before first paint. Here
 * it carries its own copy of what it uses, loaded only on that page.
 */
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { noInnerHtmlPlugin } from './no-inner-html-plugin.ts';
import { vendorDataPlugin } from './vendor-data-plugin.ts';

export const WELCOME_PAGE = 'src/welcome/index.html';
export const AUDIT_PAGE = 'src/audit/index.html';

export function welcomePagePlugin(outDir: string, target: string): Plugin {
  return {
    name: 'notrain:welcome-page',
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
          rollupOptions: { input: { welcome: resolve(WELCOME_PAGE), audit: resolve(AUDIT_PAGE) } },
        },
      });
    },
  };
}
