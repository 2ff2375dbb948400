/**
 * Small views of the vendor database, so that each part of the extension
 * loads only what it needs (written by build/vendor-data.ts, served by
 * build/vendor-data-plugin.ts):
 * - `virtual:notrain/vendor-index`: id and matching rules of every vendor,
 *   without the settings dialogs only the content script watches (the popup
 *   classifies the tab with it, then loads one full record);
 * - `virtual:notrain/vendor-badges`: what the service worker's badge reads
 *   (`BadgeVendor`): id, name, matching rules, what each training entry says
 *   and how it is backed, who publishes each source, and the switches' labels;
 * - `virtual:notrain/vendor-controls`: what the settings-page script needs, of
 *   the vendors it has something to do for (a control to mark, an email to
 *   offer); on another vendor's page it finds no record and does nothing, as
 *   it would with the record;
 * - `virtual:notrain/vendor-names`: the empty state's search;
 * - `virtual:notrain/vendor-reviews`: the audit page's review dates.
 */
import type { BadgeVendor } from '../src/core/toolbar-badge.ts';
import type { SettingsOptOut, Vendor } from '../src/core/vendor-schema.ts';

export const VIEWS = {
  'virtual:notrain/vendor-index': ({ id, match: { dialogs: _, ...match } }) => ({ id, match }),
  'virtual:notrain/vendor-badges': badgeView,
  'virtual:notrain/vendor-controls': (vendor) => {
    const view = settingsView(vendor);
    return hasSettingsWork(view) ? view : undefined;
  },
  // The empty state's search, loaded only when it opens: names to look up, ids to open.
  'virtual:notrain/vendor-names': ({ id, name }) => ({ id, name }),
  // The audit page names the database its exports come from: how many records, reviewed up to when.
  'virtual:notrain/vendor-reviews': ({ id, reviewed }) => ({ id, reviewed }),
} satisfies Record<string, (v: Vendor) => object | undefined>;

export type ViewId = keyof typeof VIEWS;

/**
 * The badge's view, typed as what the service worker reads: nothing more.
 * Of each training entry, what is trained, by whom, for which plans, and
 * each evidence item's source, dates and confidence, which grade the claim
 * (not the quote, the examples or the products it names). Of the sources
 * that evidence cites, who publishes each, under a number instead of the
 * source's name: a headline resting on second-hand sources says "reported".
 * Of the routes, only each switch's label and what it covers: a partial
 * opt-out reads as partial.
 */
export function badgeView({ id, name, match, training, sources, plans, optOut }: Vendor): BadgeVendor {
  // Only the sources training evidence cites are ever looked up here, and only by key: numbered, not named.
  const cited = [...new Set(training.flatMap((t) => t.evidence.map((e) => e.source)))];
  const ref = (key: string) => String(cited.indexOf(key));
  return {
    id,
    name,
    match,
    training: training.map((t) => ({
      models: t.models,
      ...(t.plans ? { plans: t.plans } : {}),
      ...(t.trainedBy ? { trainedBy: t.trainedBy } : {}),
      usesCustomerData: t.usesCustomerData,
      default: t.default,
      evidence: t.evidence.map((e) => ({
        source: ref(e.source),
        verified: e.verified,
        ...(e.asOf ? { asOf: e.asOf } : {}),
        ...(e.confidence ? { confidence: e.confidence } : {}),
      })),
    })),
    ...(plans ? { plans } : {}),
    optOut: {
      methods: optOut.methods.flatMap((m) =>
        m.kind === 'settings' && m.label
          ? [{ kind: m.kind, label: m.label, ...(m.covers ? { covers: m.covers } : {}) }]
          : [],
      ),
    },
    sources: Object.fromEntries(
      cited.flatMap((key) => {
        const source = sources[key];
        return source ? [[ref(key), { publisher: source.publisher }]] : [];
      }),
    ),
  };
}

/** What the settings-page content script needs: where it runs, which controls to mark, the email for Slack-like vendors. */
export function settingsView(vendor: Vendor) {
  const controls = vendor.optOut.methods.flatMap((m) =>
    m.kind === 'settings' && m.label
      ? [{ label: m.label, ...localizedLabels(m), optOutState: m.optOutState, path: m.path }]
      : [],
  );
  const email = vendor.optOut.methods.find((m) => m.kind === 'email');
  return {
    id: vendor.id,
    name: vendor.name,
    match: vendor.match,
    policyUrl: vendor.policyUrl,
    controls,
    // Without its quotes, like every record the extension ships (build/vendor-data.ts).
    ...(email ? { email: { ...email, evidence: email.evidence.map(({ quote: _, ...item }) => item) } } : {}),
  };
}

/** Whether the settings-page script has anything to do on the vendor's pages: a control to mark, an email to offer. */
export const hasSettingsWork = (view: ReturnType<typeof settingsView>) => view.controls.length > 0 || !!view.email;

/** A control's labels in other languages, without their evidence: the content script matches text, nothing more. */
function localizedLabels(method: SettingsOptOut): { labels?: Record<string, string> } {
  const labels = Object.fromEntries(
    Object.entries(method.labels ?? {}).flatMap(([lang, localized]) => (localized ? [[lang, localized.label]] : [])),
  );
  return Object.keys(labels).length ? { labels } : {};
}

/**
 * The content script's match patterns: every settings page of a vendor that
 * has a control to mark or an email to offer. `manifest.json` must list
 * exactly these (checked by test/repo.test.ts).
 */
export function settingsPageMatches(vendors: readonly Vendor[]): string[] {
  const patterns = vendors.flatMap((vendor) => {
    if (!hasSettingsWork(settingsView(vendor))) return [];
    const pages = [...vendor.match.pages.filter((page) => page.kind === 'settings'), ...(vendor.match.dialogs ?? [])];
    return pages.flatMap((page) => page.hosts.flatMap((host) => page.paths.map((path) => `https://${host}${path}*`)));
  });
  return [...new Set(patterns)].sort();
}
