/**
 * The views the build makes of the records (build/vendor-views.ts) carry
 * less than a record: what their part of the extension reads, nothing more.
 * The badge's view is typed as what the service worker reads (`BadgeVendor`);
 * here, for every record, every plan and each switch seen off, it must badge
 * the tab exactly as the full record does, so nothing it dropped mattered.
 */
import { describe, expect, it } from 'vitest';
import { badgeView } from '../../build/vendor-views.ts';
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
