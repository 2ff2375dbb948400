/**
 * The views the build makes of the records (build/vendor-views.ts) carry
 * less than a record: what their part of the extension reads, nothing more.
 * The badge's view is typed as what the service worker reads (`BadgeVendor`);
 * here, for every record, every plan and each switch seen off, it must badge
 * the tab exactly as the full record does, so nothing it dropped mattered.
 */
import { describe, expect, it } from 'vitest';
import { badgeView, hasSettingsWork, settingsView, VIEWS } from '../../build/vendor-views.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { OTHER_PLAN } from '../../src/core/summarize.ts';
import { toolbarBadge } from '../../src/core/toolbar-badge.ts';
import { controlSeen } from '../support/tracker.ts';
import { registry } from '../support/vendors.ts';

describe.each(registry.vendors.map((v) => [v.id, v] as const))('the badge view of %s', (_, vendor) => {
  const view = badgeView(vendor);
  const plans = [undefined, ...(vendor.plans ?? []).map((p) => p.id), OTHER_PLAN];
  const labels = vendor.optOut.methods.flatMap((m) => (m.kind === 'settings' && m.label ? [m.label] : []));
  const entries = [
    undefined,
    ...labels.flatMap((label) => [controlSeen(vendor.id, label), controlSeen(vendor.id, label, 'training')]),
  ];

  it('badges every plan and every switch seen as the full record does', () => {
    for (const plan of plans)
      for (const entry of entries)
        expect(toolbarBadge({ vendor: view, page: 'workspace' }, entry, plan)).toEqual(
          toolbarBadge({ vendor, page: 'workspace' }, entry, plan),
        );
  });

  it('carries no quote, example or product text', () => {
    expect(JSON.stringify(view)).not.toMatch(/"(quote|examples|appliesTo)"/);
  });
});

describe('the settings-page script’s view', () => {
  const controls = registry.vendors.flatMap((v) => VIEWS['virtual:notrain/vendor-controls'](v) ?? []);
  const kept = createRegistry(controls);
  const left = registry.vendors.filter((v) => !kept.byId(v.id));

  it('leaves out only vendors with no control to mark and no email to offer', () => {
    expect(left.length).toBeGreaterThan(0);
    for (const vendor of left) expect(hasSettingsWork(settingsView(vendor))).toBe(false);
    expect(controls.length + left.length).toBe(registry.vendors.length);
  });

  it('answers for no host of a vendor it leaves out, so the script does nothing there, as with its record', () => {
    for (const vendor of left)
      for (const pattern of vendor.match.hosts) {
        const hosts = pattern.startsWith('*.') ? [pattern.slice(2), `any.${pattern.slice(2)}`] : [pattern];
        for (const host of hosts) expect(kept.vendorForHost(host)?.id, `${vendor.id}: ${host}`).toBeUndefined();
      }
  });

  it('carries no quote', () => {
    expect(JSON.stringify(controls)).not.toContain('"quote"');
  });
});
