import {
  effectivePreferences,
  type ManagedPreferences,
  type PreferenceChange,
  type Preferences,
  type PreferencesRead,
  readManagedPreferences,
  readPreferences,
  storedPreferences,
  withPreference,
} from '../core/preferences.ts';
import browser from './browser.ts';

export const PREFERENCES_KEY = 'preferences';

export async function loadPreferences(): Promise<PreferencesRead> {
  const stored = await browser.storage.local.get(PREFERENCES_KEY);
  return readPreferences(stored[PREFERENCES_KEY]);
}

/**
 * What the organisation set, if anything. Managed storage is absent in a
 * browser with no policy (Firefox rejects the call then): nothing is managed.
 */
export async function loadManagedPreferences(): Promise<ManagedPreferences> {
  try {
    return readManagedPreferences(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

/** The preferences in force: the user's, with the organisation's values over them. */
export async function loadEffectivePreferences(): Promise<Preferences> {
  const [{ preferences }, managed] = await Promise.all([loadPreferences(), loadManagedPreferences()]);
  return effectivePreferences(preferences, managed);
}

/**
 * Applies one change to what is stored now (re-read first, so the options
 * page, the popup and the worker do not undo each other's writes); leaves
 * storage untouched when the change is invalid, changes nothing, or a newer
 * version is stored.
 */
export async function savePreference(change: PreferenceChange): Promise<PreferencesRead> {
  const read = await loadPreferences();
  const next = read.writable ? withPreference(read.preferences, change) : undefined;
  if (!next) return read;
  await browser.storage.local.set({ [PREFERENCES_KEY]: storedPreferences(next) });
  return { preferences: next, writable: true };
}
