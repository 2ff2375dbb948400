/**
 * The audit page's entry: reads the tracker, the popup's answers and the
 * added vendors through src/platform/, loads the full record of each vendor
 * listed (packaged files of the extension), and renders. Adding or removing a
 * vendor saves the list and renders again; exports are downloads the user
 * starts, made in the page (nothing is sent anywhere).
 */
import { render } from 'preact';
import project from 'virtual:notrain/project';
import names from 'virtual:notrain/vendor-names';
import reviews from 'virtual:notrain/vendor-reviews';
import { type AuditItem, auditItems } from '../core/audit/items.ts';
import { withoutHidden } from '../core/tracker/hidden.ts';
import type { ShippedVendor } from '../core/vendor-schema.ts';
import { loadAudit, saveAdded } from '../platform/audit.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { loadManaged } from '../platform/managed.ts';
import { LocaleContext } from '../popup/i18n-context.ts';
import { loadVendor } from '../vendor-db/load-vendor.ts';
import { Audit } from './Audit.tsx';
import { LoadFailed } from './LoadFailed.tsx';
import { download } from '../options/download.ts';

const known = new Set(names.map((n) => n.id));
const db = {
  version: project.version,
  records: reviews.length,
  reviewed:
    reviews
      .map((r) => r.reviewed)
      .sort()
      .at(-1) ?? '',
};

async function main() {
  const root = document.getElementById('root');
  if (!root) throw new Error('audit page has no #root');
  document.documentElement.lang = translate('htmlLang');
  document.title = translate('auditTitle');
  // The organisation's hidden vendors are never waited for (Chrome's first managed read takes seconds): the page shows again when they arrive.
  const managedRead = loadManaged();
  const { tracker, choices, added: stored } = await loadAudit();
  let added = stored;
  let hidden: readonly string[] = [];
  const vendors = new Map<string, ShippedVendor>();
  const show = async () => {
    const all: AuditItem[] = auditItems(tracker, choices, added, (id) => known.has(id));
    const { shown: items, hiddenCount } = withoutHidden(all, (item) => item.vendorId, hidden);
    await Promise.all(
      [...new Set(items.map((i) => i.vendorId))]
        .filter((id) => !vendors.has(id))
        .map(async (id) => {
          const vendor = await loadVendor(id);
          if (vendor) vendors.set(id, vendor);
        }),
    );
    render(
      <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
        <Audit
          items={items}
          hidden={hidden}
          hiddenCount={hiddenCount}
          vendors={vendors}
          choices={choices}
          db={db}
          today={new Date().toISOString().slice(0, 10)}
          onAdd={(id) => {
            added = [...added, id];
            void saveAdded(added).then(show);
          }}
          onRemove={(id) => {
            added = added.filter((a) => a !== id);
            void saveAdded(added).then(show);
          }}
          download={(fileName, type, text) => download(fileName, text, `${type};charset=utf-8`)}
          print={() => window.print()}
        />
      </LocaleContext.Provider>,
      root,
    );
    performance.mark('notrain:rendered');
  };
  await show();
  const policy = await managedRead;
  if (policy.hiddenVendors?.length) {
    hidden = policy.hiddenVendors;
    await show();
  }
}

main().catch((error: unknown) => {
  // A storage or record read that failed: the page says so (reading changed nothing) instead of staying blank.
  console.error(error);
  const root = document.getElementById('root');
  if (!root) return;
  render(
    <LocaleContext.Provider value={{ t: translate, language: uiLanguage() }}>
      <LoadFailed />
    </LocaleContext.Provider>,
    root,
  );
});
