/** The welcome page (opened by the background on install): rendered once, in the browser's language. */
import { render } from 'preact';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { hasVendorAccess, requestVendorAccess } from '../platform/permissions.ts';
import { LocaleContext } from '../popup/i18n-context.ts';
import { registry } from '../vendor-db/registry.ts';
import { Welcome } from './Welcome.tsx';

async function main() {
  const root = document.getElementById('root');
  if (!root) throw new Error('welcome page has no #root');
  // The language of the catalog the browser picked, not the UI's: a browser in Italian reads the English one.
  document.documentElement.lang = translate('htmlLang');
  document.title = translate('welcomeTitle');
  document.body.classList.add('welcome');
  const access = (await hasVendorAccess())
    ? undefined
    : { request: requestVendorAccess, granted: () => location.reload() };
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
      <Welcome vendorCount={registry.vendors.length} access={access} />
    </LocaleContext.Provider>,
    root,
  );
}

void main();
