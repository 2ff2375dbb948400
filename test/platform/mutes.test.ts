import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { vendorHidden, vendorMuted } from '../../src/platform/mutes.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

describe('vendorMuted (the settings-page script’s check)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is true for a vendor the user muted, false for the others and with nothing stored', async () => {
    expect(await vendorMuted('slack')).toBe(false);
    await fakeBrowser.storage.local.set({ tracker: { version: 2, preferences: { mutedVendors: ['slack'] } } });
    expect(await vendorMuted('slack')).toBe(true);
    expect(await vendorMuted('linkedin')).toBe(false);
  });

  it.each([['junk'], [{ preferences: 'x' }], [{ preferences: { mutedVendors: ['slack', '__proto__'] } }], [null]])(
    'reads a stored value as untrusted: %j mutes nothing',
    async (tracker) => {
      await fakeBrowser.storage.local.set({ tracker });
      expect(await vendorMuted('slack')).toBe(false);
    },
  );

  it('leaves the organisation’s hidden vendors to vendorHidden (never waited for)', async () => {
    await fakeBrowser.storage.managed.set({ hiddenVendors: ['zoom'] });
    expect(await vendorHidden('zoom')).toBe(true);
    expect(await vendorHidden('slack')).toBe(false);
  });
});
