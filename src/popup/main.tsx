/**
 * The default popup: on a tab NoTrain has no record for, it says so (not that
 * the page is safe) and lets the user look up any vendor. On a vendor tab
 * (in a language with no prerendered pages, or before the worker has pointed
 * the tab at the vendor's prerendered page), and for a record picked in the
 * search, it loads the interactive vendor popup instead, by a plain import()
 * whose address the build writes in: no Vite dynamic import, so no preload
 * helper in what the first paint waits for.
 */
import { render } from 'preact';
import { classifyTab } from '../core/classify-tab.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { hasVendorAccess, requestVendorAccess } from '../platform/permissions.ts';
import { activeTab } from '../platform/tabs.ts';
import { registry } from '../vendor-db/registry.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { NeedsAccess } from './components/NeedsAccess.tsx';
import { LocaleContext } from './i18n-context.ts';
import { recordOf, recordPage } from './pages.ts';

async function main() {
  const tab = await activeTab();
  if (recordOf(location.search) || classifyTab(tab, registry)) {
    // The build writes the interactive popup's address here (build/prerender-popups-plugin.ts).
    await import(/* @vite-ignore */ 'notrain:vendor-popup');
    return;
  }
  // Firefox: no URL and no access to the vendors' sites, so NoTrain cannot know whether this is a vendor tab.
  // (Chrome grants a withheld site on the click that opens the popup: its build drops this code.)
  const blind = import.meta.env.MODE === 'firefox' && !tab.url && !(await hasVendorAccess());
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html has no #root');
  // The language of the catalog the browser answers from, so that screen readers pronounce it right.
  document.documentElement.lang = translate('htmlLang');
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
      {blind ? (
        <NeedsAccess
          vendorCount={registry.vendors.length}
          request={requestVendorAccess}
          granted={() => location.reload()}
        />
      ) : (
        <EmptyState
          vendorCount={registry.vendors.length}
          onOpen={(id) => {
            const page = recordPage(id);
            if (page) location.assign(page);
          }}
        />
      )}
    </LocaleContext.Provider>,
    root,
  );
  performance.mark('notrain:rendered');
}

void main();
