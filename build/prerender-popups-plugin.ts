/**
 * One static popup page per vendor (`src/popup/vendors/<id>.html`, generated,
 * not committed), with the vendor's summary and opt-out action already in the
 * HTML: the popup paints them as fast as a page with no script at all. The
 * service worker points each vendor tab's popup at its page
 * (`action.setPopup`); `src/popup/boot.ts` then renders the full popup.
 *
 * The pages are English, like every string NoTrain has today: a second locale
 * needs a page per locale, or the script-rendered popup for that locale.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readVendorFiles } from './validate-vendors-plugin.ts';

export const PRERENDER_DIR = 'src/popup/vendors';

export const prerenderedPage = (body: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>NoTrain</title>
    <link rel="stylesheet" href="/src/ui/popup.css" />
    <script type="module" src="/src/popup/boot.ts"></script>
  </head>
  <body>
    <div id="root">${body}</div>
  </body>
</html>
`;

export function prerenderPopupsPlugin(): Plugin {
  return {
    name: 'notrain:prerender-popups',
    config() {
      // Rendering Preact components needs this project's JSX settings, which tsx applies and the config bundler does not.
      execFileSync('npx', ['tsx', 'scripts/prerender-popups.ts'], { stdio: 'inherit' });
      const input = Object.fromEntries(
        readVendorFiles().map((file) => {
          const id = file.name.replace(/\.json$/, '');
          return [`popup-${id}`, resolve(PRERENDER_DIR, `${id}.html`)];
        }),
      );
      return { build: { rollupOptions: { input } } };
    },
  };
}
