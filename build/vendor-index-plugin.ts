/**
 * Small views of the vendor database, generated at build time so that each
 * part of the extension loads only what it needs:
 * - `virtual:notrain/vendor-index`: id and matching rules of every vendor,
 *   without the settings dialogs only the content script watches (the popup
 *   classifies the tab with it, then loads one full record);
 * - `virtual:notrain/vendor-badges`: id, name, matching rules and the training entries (the
 *   service worker's badge needs nothing more but who publishes each source).
 * The full records are packaged one file each, `vendors/<id>.json`, without
 * whitespace (the popup fetches the active tab's: `src/vendor-db/load-vendor.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contactOf } from '../src/core/report-link.ts';
import type { SettingsOptOut, Vendor } from '../src/core/vendor-schema.ts';
import { readVendorFiles, VENDOR_DIR } from './validate-vendors-plugin.ts';

const VIEWS: Record<string, (v: Vendor) => object> = {
  'virtual:notrain/vendor-index': ({ id, match: { dialogs: _, ...match } }) => ({ id, match }),
  // Of the sources, the badge needs only who publishes each: a headline resting on second-hand sources says "reported".
  // Of the routes, only each switch's label and what it covers: a partial opt-out reads as partial.
  'virtual:notrain/vendor-badges': ({ id, name, match, training, sources, plans, optOut }) => ({
    id,
    name,
    match,
    training,
    ...(plans ? { plans } : {}),
    optOut: {
      methods: optOut.methods.flatMap((m) =>
        m.kind === 'settings' && m.label
          ? [{ kind: m.kind, label: m.label, ...(m.covers ? { covers: m.covers } : {}) }]
          : [],
      ),
    },
    sources: Object.fromEntries(Object.entries(sources).map(([key, { publisher }]) => [key, { publisher }])),
  }),
  'virtual:notrain/vendor-controls': settingsView,
  // The empty state's search, loaded only when it opens: names to look up, ids to open.
  'virtual:notrain/vendor-names': ({ id, name }) => ({ id, name }),
  // The audit page names the database its exports come from: how many records, reviewed up to when.
  'virtual:notrain/vendor-reviews': ({ id, reviewed }) => ({ id, reviewed }),
};

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
    who: vendor.optOut.who,
    controls,
    ...(email ? { email } : {}),
  };
}

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
    const view = settingsView(vendor);
    if (view.controls.length === 0 && !view.email) return [];
    const pages = [...vendor.match.pages.filter((page) => page.kind === 'settings'), ...(vendor.match.dialogs ?? [])];
    return pages.flatMap((page) => page.hosts.flatMap((host) => page.paths.map((path) => `https://${host}${path}*`)));
  });
  return [...new Set(patterns)].sort();
}

/** The project's version and report contact, from package.json. */
const PROJECT = 'virtual:notrain/project';

export function vendorIndexPlugin(): Plugin {
  return {
    name: 'notrain:vendor-index',
    resolveId(id) {
      return id in VIEWS || id === PROJECT ? `\0${id}` : undefined;
    },
    generateBundle() {
      // Validated by the build before this runs (validate-vendors-plugin.ts).
      for (const file of readVendorFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `vendors/${file.name}`,
          source: JSON.stringify(JSON.parse(file.text)),
        });
      }
    },
    load(id) {
      if (id === `\0${PROJECT}`) {
        // Where a "something is wrong" report goes, and the version it names: nothing else of package.json.
        const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
          version: string;
          bugs?: unknown;
          repository?: unknown;
        };
        return `export default ${JSON.stringify({ version: pkg.version, contact: contactOf(pkg) })};`;
      }
      const view = id.startsWith('\0') ? VIEWS[id.slice(1)] : undefined;
      if (!view) return undefined;
      const files = readVendorFiles();
      // Absolute: vitest resolves watch files as imports of the virtual module.
      for (const file of files) this.addWatchFile(resolve(VENDOR_DIR, file.name));
      const entries = files.map((file) => view(JSON.parse(file.text) as Vendor));
      // JSON.parse of a string literal is parsed faster by V8 than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
  };
}

/**
 * CRXJS builds standalone content scripts in a separate Vite build without
 * this project's plugins, so the content script's view is also written to a
 * file that an alias points to (see vite.config.ts).
 */
export function writeSettingsView(file: string): string {
  const views = readVendorFiles().map((f) => settingsView(JSON.parse(f.text) as Vendor));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(views)}\n`);
  return file;
}
