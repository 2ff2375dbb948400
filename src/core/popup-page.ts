/**
 * Which page a vendor tab's toolbar popup opens. The prerendered vendor pages
 * (written by build/vendor-data.ts) are in the default locale only: a second
 * set per locale would add 41 pages per language to the package. When the
 * browser answers from another catalog (German, French, Spanish), the tab
 * gets the script-rendered popup instead, which paints nothing until it
 * renders in that language: never a frame in the wrong one.
 */
import { DEFAULT_LOCALE } from './messages-table.ts';

/** Where the prerendered vendor pages are, in the source tree and in the package alike. */
export const PRERENDERED_POPUPS = 'generated/popups';

/** A vendor's prerendered popup page, relative to the package root: `generated/popups/slack.html`. */
export const prerenderedPopup = (vendorId: string) => `${PRERENDERED_POPUPS}/${vendorId}.html`;

/** Whether a page's `location.pathname` is a prerendered vendor page. */
export const isPrerenderedPopup = (pathname: string) => pathname.startsWith(`/${PRERENDERED_POPUPS}/`);

/** `catalogLanguage`: the `htmlLang` message of the catalog the browser answers from. */
export function vendorPopupPage(vendorId: string, catalogLanguage: string, defaultPopup: string): string {
  return catalogLanguage === DEFAULT_LOCALE ? prerenderedPopup(vendorId) : defaultPopup;
}
