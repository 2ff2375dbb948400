import { type Place, parsePlace } from '../core/regions.ts';
import browser from './browser.ts';

const KEY = 'place';

/** The region the user chose in the popup, if any (stored data is read as untrusted). */
export async function loadPlace(): Promise<Place | undefined> {
  const stored = await browser.storage.local.get(KEY);
  return parsePlace(stored[KEY]);
}

export async function savePlace(place: Place): Promise<void> {
  await browser.storage.local.set({ [KEY]: place });
}
