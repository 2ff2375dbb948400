/**
 * The default popup, for tabs NoTrain has no record for: it says so (not
 * that the page is safe) and lets the user look up any vendor. Vendor tabs
 * get their prerendered page instead (the service worker points each tab's
 * popup at it); if this page opens on one anyway (before the worker has set
 * the tab's popup), it hands over to that page. No dynamic import: this is
 * all the script the first paint waits for.
 */
import { render } from 'preact';
import { classifyTab } from '../core/classify-tab.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { activeTab } from '../platform/tabs.ts';
import { registry } from '../vendor-db/registry.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { LocaleContext } from './i18n-context.ts';
import { vendorPage } from './pages.ts';

async function main() {
  const match = classifyTab(await activeTab(), registry);
  if (match) {
    location.replace(vendorPage(match.vendor.id));
    return;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html has no #root');
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
      <EmptyState vendorCount={registry.vendors.length} onOpen={(id) => location.assign(vendorPage(id, true))} />
    </LocaleContext.Provider>,
    root,
  );
  performance.mark('notrain:rendered');
}

void main();
