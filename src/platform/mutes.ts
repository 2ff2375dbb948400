import { isMuted, storedMutes } from '../core/mutes.ts';
import { TRACKER_KEY } from '../core/tracker.ts';
import browser from './browser.ts';
import { loadManaged } from './managed.ts';

/**
 * Whether the user muted this vendor (or their organisation hid it), read
 * straight from storage: one small read, without the tracker's migrations
 * or lock. False when storage cannot be read: better a note too many than
 * a lost one.
 */
export async function vendorMuted(vendorId: string): Promise<boolean> {
  try {
    const [stored, policy] = await Promise.all([browser.storage.local.get(TRACKER_KEY), loadManaged()]);
    return isMuted(storedMutes(stored[TRACKER_KEY]), policy, vendorId);
  } catch {
    return false;
  }
}
