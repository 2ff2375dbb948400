/**
 * The settings-page script's strings. `chrome.i18n.getMessage` fetches the
 * extension's catalog with a synchronous IPC to the browser the first time a
 * page calls it: about 10 ms of the vendor page's main thread, measured on
 * a 2-core machine (`npm run bench`, docs/performance.md). When the browser's
 * language has no catalog of its own, the browser answers from the default
 * locale's catalog, so the script reads that catalog, bundled, instead.
 * Languages that have a catalog still go through the browser. The bundled
 * copy is the catalog as shipped, without translators' descriptions, and
 * only the keys this script's code names (build/content-keys.ts; a key it
 * asks for and does not bundle fails test/build/content-catalog.test.ts).
 */
import { messageTranslator, type Translate } from '../core/i18n.ts';
import { hasOwnCatalog, translatorFor } from '../core/messages-table.ts';
import defaultCatalog from 'virtual:notrain/default-catalog';
import { translate as browserTranslate, uiLanguage } from '../platform/i18n.ts';

export const translate: Translate = hasOwnCatalog(uiLanguage()) ? browserTranslate : translatorFor(defaultCatalog);

export const translateMessage = messageTranslator(translate);

/** The opt-out email's fixed parts stay in the vendor's language, English, whatever the page's or the browser's. */
export const emailTranslate: Translate = translatorFor(defaultCatalog);
