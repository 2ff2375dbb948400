/**
 * The default popup: on a tab NoTrain has no record for, it says so (not that
 * the page is safe) and lets the user look up any vendor. On a vendor tab
 * (before the worker has pointed the tab at the vendor's prerendered page, or
 * where no prerendered page suits), and for a record picked in the search,
 * it loads the interactive vendor popup instead, by a plain import() of the
 * address the build wrote in the page: no Vite dynamic import, so no preload
 * helper in what the first paint waits for.
 */
import { render } from 'preact';
import { classifyTab } from '../core/classify-tab.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { activeTab } from '../platform/tabs.ts';
import { registry } from '../vendor-db/registry.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { LocaleContext } from './i18n-context.ts';
import { recordOf, recordPage } from './pages.ts';

async function main() {
  const app = document.querySelector('meta[name="notrain-app"]')?.getAttribute('content');
  if (app && (recordOf(location.search) || classifyTab(await activeTab(), registry))) {
    await import(/* @vite-ignore */ app);
    return;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html has no #root');
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
      <EmptyState
        vendorCount={registry.vendors.length}
        onOpen={(id) => {
          const page = recordPage(id);
          if (page) location.assign(page);
        }}
      />
    </LocaleContext.Provider>,
    root,
  );
  performance.mark('notrain:rendered');
}

void main();
