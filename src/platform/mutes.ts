import { applyManaged, readPreferences, TRACKER_KEY, vendorQuiet } from '../core/tracker.ts';
import browser from './browser.ts';
import { loadManaged } from './managed.ts';

/**
 * Whether NoTrain keeps quiet about this vendor (the user muted it, or their
 * organisation hid it), for the settings-page script: one small read of the
 * stored tracker's preferences, validated, without the tracker's migrations
 * or lock. False when storage cannot be read: better a note too many than a
 * lost one.
 */
export async function vendorMuted(vendorId: string): Promise<boolean> {
  try {
    const [stored, policy] = await Promise.all([browser.storage.local.get(TRACKER_KEY), loadManaged()]);
    const raw: unknown = stored[TRACKER_KEY];
    const { preferences } = readPreferences(
      typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'preferences') : undefined,
    );
    return vendorQuiet(applyManaged(preferences, policy), vendorId);
  } catch {
    return false;
  }
}
