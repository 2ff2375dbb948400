/**
 * Which page a vendor tab's toolbar popup opens. The prerendered vendor pages
 * (build/prerender-popups-plugin.ts) are in the default locale only: a second
 * set per locale would add 41 pages per language to the package. When the
 * browser answers from another catalog (German, French, Spanish), the tab
 * gets the script-rendered popup instead, which paints nothing until it
 * renders in that language: never a frame in the wrong one.
 */
import { DEFAULT_LOCALE } from './messages-table.ts';

export const PRERENDERED_POPUPS = 'src/popup/vendors';

/** `catalogLanguage`: the `htmlLang` message of the catalog the browser answers from. */
export function vendorPopupPage(vendorId: string, catalogLanguage: string, defaultPopup: string): string {
  return catalogLanguage === DEFAULT_LOCALE ? `${PRERENDERED_POPUPS}/${vendorId}.html` : defaultPopup;
}
