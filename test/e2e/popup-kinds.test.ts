/**
 * One vendor of each kind of record, picked from the real data, in the real
 * popup: the action a user sees must match what the record says.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { registry } from '../support/vendors.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();

/** A URL of the vendor's own, from its fixtures: the first one classified as that vendor. */
function vendorUrl(vendor: Vendor): string {
  const fixtures = JSON.parse(readFileSync(`test/fixtures/urls/${vendor.id}.json`, 'utf8')) as {
    url: string;
    vendor: string | null;
  }[];
  const hit = fixtures.find((f) => f.vendor === vendor.id);
  if (!hit) throw new Error(`${vendor.id} has no URL fixture`);
  return hit.url;
}

const trainsByDefault = (v: Vendor) => v.training.some((t) => t.usesCustomerData === 'yes' && t.default !== 'off');
const kinds: [string, (v: Vendor) => boolean][] = [
  ['email', (v) => v.optOut.methods.some((m) => m.kind === 'email')],
  ['settings deep link', (v) => v.optOut.methods.some((m) => m.kind === 'settings' && m.url)],
  ['form', (v) => v.optOut.methods.some((m) => m.kind === 'form')],
  ['no opt-out', (v) => v.optOut.methods.length === 0 && trainsByDefault(v)],
  [
    'training only with consent',
    (v) =>
      v.optOut.methods.length === 0 && v.training.some((t) => t.usesCustomerData === 'opt-in') && !trainsByDefault(v),
  ],
  ['does not train', (v) => v.training.every((t) => t.usesCustomerData === 'no')],
];

async function popupFor(vendor: Vendor): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser().open(vendorUrl(vendor));
  return { tab, popup: await browser().openPopup(tab) };
}

describe.each(kinds)('a vendor whose way out is: %s', (kind, isKind) => {
  const vendor = registry.vendors.find(isKind);

  it('exists in the data', () => {
    expect(vendor, `no vendor record of kind "${kind}"`).toBeDefined();
  });

  it.runIf(vendor)(`shows the matching action (${vendor?.id})`, async () => {
    if (!vendor) return;
    const { tab, popup } = await popupFor(vendor);
    expect(await popup.locator('.vendor-name').textContent()).toBe(vendor.name);
    // Where only owners or admins can act, the action follows the user's answer.
    if (await popup.getByTestId('role-owner').count()) await popup.getByTestId('role-owner').click();
    const methods = vendor.optOut.methods;
    const email = methods.find((m) => m.kind === 'email');
    if (email?.kind === 'email') {
      const href =
        (await popup.getByRole('link', { name: `Email ${vendor.name} to opt out` }).getAttribute('href')) ?? '';
      expect(new URL(href).pathname).toBe(email.to);
    }
    for (const method of methods) {
      if (method.kind === 'settings' && method.url) {
        const link = popup.getByRole('link', { name: 'Open the setting' }).first();
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await popup.locator(`a[href="${method.url}"]`).count()).toBeGreaterThan(0);
      }
      if (method.kind === 'form') expect(await popup.locator(`a.button[href="${method.url}"]`).count()).toBe(1);
    }
    if (methods.length === 0) {
      const text = (await popup.locator('.optout').textContent()) ?? '';
      // NoTrain says what it found, never that the vendor offers no way out; and no "Who can opt out" row.
      if (trainsByDefault(vendor))
        expect(text).toContain(`NoTrain found no documented way to opt out of ${vendor.name}’s AI training.`);
      else if (kind === 'training only with consent')
        expect(text).toContain(`Nothing to opt out of: ${vendor.name} trains only with consent.`);
      else expect(text).toContain(`Nothing to opt out of: ${vendor.name} says it does not train AI on your content.`);
      expect(text).not.toContain('offers no opt-out');
      expect(await popup.locator('.fact dt', { hasText: 'Who can opt out' }).count()).toBe(0);
      if (vendor.optOut.alternatives) expect(text).toContain(vendor.optOut.alternatives);
    }
    if (kind === 'does not train') {
      expect(await popup.locator('h1').textContent()).toBe(
        `${vendor.name} says it does not train AI models on your content.`,
      );
      expect((await browser().badgeOfActiveTab()).text).toBe('✓');
    }
    for (const difference of vendor.differences) {
      expect(await popup.getByText(difference.says, { exact: false }).count()).toBeGreaterThan(0);
    }
    await popup.close();
    await tab.close();
  });
});
