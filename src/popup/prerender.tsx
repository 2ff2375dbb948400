/**
 * The popup of one vendor, rendered to static HTML at build time (see
 * build/prerender-popups-plugin.ts): the service worker points a vendor tab's
 * popup at it, so the summary and the opt-out action paint with the page,
 * before any script runs. Once the page has loaded, main.tsx renders the full
 * popup over it with what only the tab knows (workspace, page, ledger).
 */
import { renderToString } from 'preact-render-to-string';
import type { Translate } from '../core/i18n.ts';
import { summarize } from '../core/summarize.ts';
import type { Vendor } from '../core/vendor-schema.ts';
import { Summary } from './components/Summary.tsx';
import { LocaleContext } from './i18n-context.ts';
import { PopupContext } from './popup-context.ts';

export function prerenderPopup(vendor: Vendor, t: Translate, language: string): string {
  const summary = summarize({ vendor, page: 'workspace' });
  return renderToString(
    <LocaleContext.Provider value={{ t, language }}>
      {/* No tab, no storage, no clipboard yet: the script renders the full popup over this once the page loads. */}
      <PopupContext.Provider value={{ tabKnown: false, copy: () => Promise.resolve() }}>
        <Summary summary={summary} />
      </PopupContext.Provider>
    </LocaleContext.Provider>,
  );
}
