import browser from './browser.ts';

/**
 * Notices on settings pages the user dismissed, by vendor and kind
 * (`slack/email`), with the day: kept in `storage.local` on this device, so a
 * dismissed notice stays away on the next visit. Read as untrusted data.
 */
const KEY = 'dismissedNotices';

async function read(): Promise<Record<string, string>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, string>)
    : {};
}

/** False when storage cannot be read: better a notice too many than one lost. */
export const wasDismissed = (notice: string): Promise<boolean> =>
  read().then(
    (seen) => Object.hasOwn(seen, notice),
    () => false,
  );

export async function rememberDismissed(notice: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await read()), [notice]: new Date().toISOString().slice(0, 10) } });
}
