/**
 * Vendors whose toolbar badge and settings-page notes are off: muted by the
 * user (options page), or hidden by their organisation (managed storage,
 * `hiddenVendors`). Either way the popup still works when opened.
 */
import type { ManagedPolicy } from './tracker/managed.ts';
import { type Preferences, readPreferences } from './tracker/preferences.ts';

export const isMuted = (
  preferences: Pick<Preferences, 'mutedVendors'>,
  policy: Pick<ManagedPolicy, 'hiddenVendors'>,
  vendorId: string,
): boolean => preferences.mutedVendors.includes(vendorId) || (policy.hiddenVendors ?? []).includes(vendorId);

/**
 * The muted vendors from the stored tracker value as it is, for a reader that
 * needs nothing else of it (the settings-page script): validated like every
 * read, and none when the value is not a tracker.
 */
export function storedMutes(raw: unknown): Pick<Preferences, 'mutedVendors'> {
  const preferences =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).preferences : undefined;
  return { mutedVendors: readPreferences(preferences).preferences.mutedVendors };
}
