import { applyManaged, readPreferences, TRACKER_KEY, vendorQuiet } from '../core/tracker.ts';
import browser from './browser.ts';
import { loadManaged } from './managed.ts';

/**
 * Whether the user muted this vendor, for the settings-page script: one
 * small read of the stored tracker's preferences, validated, without the
 * tracker's migrations or lock. False when storage cannot be read: better a
 * note too many than a lost one.
 */
export async function vendorMuted(vendorId: string): Promise<boolean> {
  try {
    const raw: unknown = (await browser.storage.local.get(TRACKER_KEY))[TRACKER_KEY];
    const stored: unknown =
      typeof raw === 'object' && raw !== null ? (raw as { preferences?: unknown }).preferences : undefined;
    return vendorQuiet(applyManaged(readPreferences(stored).preferences, {}), vendorId);
  } catch {
    return false;
  }
}

/**
 * Whether the organisation hid this vendor. Asked apart from the user's
 * mutes and never waited for: Chrome's first managed read can take seconds.
 */
export async function vendorHidden(vendorId: string): Promise<boolean> {
  const policy = await loadManaged();
  return (policy.hiddenVendors ?? []).includes(vendorId);
}
