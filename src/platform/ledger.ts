import { type Ledger, type LedgerEntry, readLedger, recordStanding } from '../core/ledger.ts';
import browser from './browser.ts';

const KEY = 'ledger';

export async function loadLedger(): Promise<Ledger> {
  const stored = await browser.storage.local.get(KEY);
  return readLedger(stored[KEY]).ledger;
}

/** Records a sighting; leaves storage untouched when nothing changed or the stored ledger is from a newer version. */
export async function saveStanding(key: string, entry: LedgerEntry): Promise<Ledger> {
  const stored = await browser.storage.local.get(KEY);
  const { ledger, writable } = readLedger(stored[KEY]);
  const next = writable ? recordStanding(ledger, key, entry) : undefined;
  if (next) await browser.storage.local.set({ [KEY]: { ...next, vendors: { ...next.vendors } } });
  return next ?? ledger;
}
