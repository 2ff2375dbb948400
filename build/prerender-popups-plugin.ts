/**
 * One static popup page per vendor (`generated/popups/<id>.html`, written by
 * build/vendor-data.ts, not committed), with the vendor's summary and opt-out action already in the
 * HTML: the popup paints them as fast as a page with no script at all. The
 * service worker points each vendor tab's popup at its page
 * (`action.setPopup`). The page's one script, a classic deferred file emitted
 * here (`assets/popup-boot.js`), loads the interactive popup (`vendor-main.tsx`)
 * once the first contentful paint is on screen. A module script would have pulled Vite's
 * preload helper in front of the first paint as a second request.
 *
 * The pages are English, like every string NoTrain has today: a second locale
 * needs a page per locale, or the script-rendered popup for that locale.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isPrerenderedPopup, prerenderedPopup } from '../src/core/popup-page.ts';
import { readVendorFiles } from './vendor-files.ts';

export const BOOT_FILE = 'assets/popup-boot.js';

/**
 * How long after load (and a frame) the app is imported when the browser reports no first contentful paint:
 * a browser without paint timing, or a page that never paints because nobody sees it.
 */
export const BOOT_FALLBACK_MS = 250;

/**
 * The app is imported only once the first contentful paint is on screen. Load plus a frame was not enough:
 * in headless Chromium on two cores, rastering the frame and parsing the app (31 KB gzip) ran side by side,
 * the app rendered before the paint was presented, and the popup painted 1.2–1.3 × later than a copy of itself
 * with no script. The paint entry comes from the browser's presentation feedback, so nothing the app does can
 * delay it.
 */
export const bootScript = (appUrl: string) => `(() => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    performance.mark('notrain:app-requested');
    import(${JSON.stringify(appUrl)});
  };
  const paintTimed = PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (paintTimed) {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
  }
  const fallback = () => requestAnimationFrame(() => setTimeout(start, paintTimed ? ${BOOT_FALLBACK_MS} : 0));
  if (document.readyState === 'complete') fallback();
  else addEventListener('load', fallback, { once: true });
})();
`;

/**
 * The interactive vendor popup, its own entry (`src/popup/vendor-main.tsx`):
 * the default popup's page (no record for the tab) never loads it, and the
 * vendor pages load it only after their first paint.
 */
export const APP_ENTRY = 'src/popup/vendor-main.tsx';
/** What the default page imports, in its source; the build puts the app's address in its place. */
export const APP_PLACEHOLDER = 'notrain:vendor-popup';

function appChunk(bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null }>): string {
  const chunk = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(`/${APP_ENTRY}`),
  );
  if (!chunk) throw new Error(`notrain:prerender-popups: no chunk for ${APP_ENTRY}`);
  return chunk.fileName;
}

export function prerenderPopupsPlugin(): Plugin {
  return {
    name: 'notrain:prerender-popups',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const app = `/${appChunk(bundle)}`;
        this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: bootScript(app) });
        // The default page loads the same app on a vendor tab (or a record picked in its search) with a plain
        // import() of a literal address, written here: a Vite dynamic import would bring its preload helper into
        // its first paint, and an import() of a computed address is what store reviewers' linters refuse.
        const loaders = Object.values(bundle).filter(
          (file) => file.type === 'chunk' && file.code.includes(APP_PLACEHOLDER),
        );
        if (loaders.length !== 1)
          throw new Error(`notrain:prerender-popups: ${loaders.length} chunks import ${APP_PLACEHOLDER}, expected 1`);
        for (const file of loaders) if (file.type === 'chunk') file.code = file.code.replaceAll(APP_PLACEHOLDER, app);
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !isPrerenderedPopup(`/${file.fileName}`)) continue;
          const html = String(file.source);
          if (!html.includes('</head>')) throw new Error(`notrain:prerender-popups: ${file.fileName} has no </head>`);
          file.source = html.replace('</head>', `  <script defer src="/${BOOT_FILE}"></script>\n  </head>`);
        }
      },
    },
    config() {
      // The pages themselves are written by the data step (build/vendor-data-plugin.ts) before the build reads them.
      const input = Object.fromEntries(
        readVendorFiles().map((file) => {
          const id = file.name.replace(/\.json$/, '');
          return [`popup-${id}`, resolve(prerenderedPopup(id))];
        }),
      );
      return { build: { rollupOptions: { input: { ...input, 'popup-app': resolve(APP_ENTRY) } } } };
    },
  };
}
