/** The welcome page (opened by the background on install): rendered once, in the browser's language. */
import { hasVendorAccess, requestVendorAccess } from '../platform/permissions.ts';
import { renderPage } from '../ui/render-page.tsx';
import { registry } from '../vendor-db/registry.ts';
import { Welcome } from './Welcome.tsx';

async function main() {
  const access = (await hasVendorAccess())
    ? undefined
    : { request: requestVendorAccess, granted: () => location.reload() };
  renderPage('welcomeTitle', 'welcome', <Welcome vendorCount={registry.vendors.length} access={access} />);
}

void main();
