/**
 * Popup entry: reads the active tab, classifies it with the small matching
 * index, loads that one vendor's record from the package, and renders once.
 * Everything is local, so the first paint already shows the summary: no
 * spinner, no message round trip to a service worker that may be asleep.
 */
import { render } from 'preact';
import { classifyTab } from '../core/classify-tab.ts';
import { seenFor } from '../core/ledger.ts';
import { placeForLocale } from '../core/regions.ts';
import { summarize } from '../core/summarize.ts';
import { emailTranslator, translate, uiLanguage } from '../platform/i18n.ts';
import { loadLedger } from '../platform/ledger.ts';
import { hasVendorAccess, requestVendorAccess } from '../platform/permissions.ts';
import { loadPlace, savePlace } from '../platform/place.ts';
import { activeTab } from '../platform/tabs.ts';
import { loadVendor } from '../vendor-db/load-vendor.ts';
import { registry } from '../vendor-db/registry.ts';
import { App } from './App.tsx';
import { NeedsAccess } from './components/NeedsAccess.tsx';
import { LocaleContext } from './i18n-context.ts';

const copy = (text: string) => navigator.clipboard.writeText(text);

async function main() {
  const [tab, ledger, chosen, emailT] = await Promise.all([activeTab(), loadLedger(), loadPlace(), emailTranslator()]);
  // No choice yet: the first of the user's languages that names a country in a region (en-GB → UK), if any.
  const place = chosen ?? [...navigator.languages, uiLanguage()].map(placeForLocale).find(Boolean);
  const match = classifyTab(tab, registry);
  const vendor = match && (await loadVendor(match.vendor.id));
  // Firefox: no URL and no access to the vendors' sites, so NoTrain cannot know whether this is a vendor tab.
  // (Chrome grants a withheld site on the click that opens the popup: its build drops this code.)
  const blind = import.meta.env.MODE === 'firefox' && !tab.url && !(await hasVendorAccess());
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html has no #root');
  // The language of the catalog the browser answers from, so that screen readers pronounce it right.
  document.documentElement.lang = translate('htmlLang');
  // A prerendered vendor page: replace its static summary in the same task, so no frame shows neither.
  root.replaceChildren();
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage(), emailT }}>
      {blind ? (
        <NeedsAccess vendorCount={registry.vendors.length} request={requestVendorAccess} granted={() => location.reload()} />
      ) : (
        <App
          summary={match && vendor ? summarize({ ...match, vendor }) : undefined}
          seen={match ? seenFor(ledger, match.vendor.id, match.workspace) : undefined}
          vendorCount={registry.vendors.length}
          copy={copy}
          place={place}
          savePlace={savePlace}
        />
      )}
    </LocaleContext.Provider>,
    root,
  );
  // For `npm run bench`: when the summary and the action are on screen.
  performance.mark('notrain:rendered');
}

void main();
