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

export function prerenderPopup(vendor: Vendor, t: Translate, language: string): string {
  const summary = summarize({ vendor, page: 'workspace' });
  return renderToString(
    <LocaleContext.Provider value={{ t, language }}>
      <Summary summary={summary} tabKnown={false} copy={() => Promise.resolve()} />
    </LocaleContext.Provider>,
  );
}
