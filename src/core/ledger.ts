/**
 * What the user did, as NoTrain saw it: per vendor, the last standing of its
 * AI-training control and the day it was seen. Kept in local storage only.
 *
 * Stored data is read as untrusted: a version this code does not know is
 * left alone (never overwritten), invalid entries are set aside with their
 * raw copy rather than dropped, and vendor ids are keys of a null-prototype
 * object, so no stored key can reach `Object.prototype`.
 */
export const LEDGER_VERSION = 1;

export interface LedgerEntry {
  readonly standing: 'opted-out' | 'training';
  readonly label: string;
  /** YYYY-MM-DD, the day NoTrain saw the change. */
  readonly date: string;
}

export interface Ledger {
  readonly version: typeof LEDGER_VERSION;
  readonly vendors: Readonly<Record<string, LedgerEntry>>;
  /** Entries that failed validation, kept verbatim for a later fix. */
  readonly quarantine: readonly unknown[];
}

export type LedgerRead =
  { readonly ledger: Ledger; readonly writable: true } | { readonly ledger: Ledger; readonly writable: false };

/** `vendor` or `vendor@workspace`, the workspace being a canonical URL or a vendor ID. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:@(?:https:\/\/[a-z0-9.-]+\/|[A-Za-z0-9-]{1,64}))?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const emptyLedger = (): Ledger => ({
  version: LEDGER_VERSION,
  vendors: Object.create(null) as Record<string, LedgerEntry>,
  quarantine: [],
});

function validEntry(value: unknown): value is LedgerEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { standing, label, date } = value as Record<string, unknown>;
  return (
    (standing === 'opted-out' || standing === 'training') &&
    typeof label === 'string' &&
    label.length <= 200 &&
    typeof date === 'string' &&
    DATE.test(date)
  );
}

export function readLedger(raw: unknown): LedgerRead {
  if (raw === undefined || raw === null) return { ledger: emptyLedger(), writable: true };
  const stored = typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (stored.version !== LEDGER_VERSION) {
    // Another version wrote this (or it is not ours): show nothing from it, and never overwrite it.
    // A future format change adds a pure migration here instead.
    return { ledger: emptyLedger(), writable: false };
  }
  const vendors = Object.create(null) as Record<string, LedgerEntry>;
  const quarantine: unknown[] = Array.isArray(stored.quarantine) ? Array.from<unknown>(stored.quarantine) : [];
  const entries =
    typeof stored.vendors === 'object' && stored.vendors !== null
      ? Object.entries(stored.vendors as Record<string, unknown>)
      : [];
  for (const [id, entry] of entries) {
    if (KEY.test(id) && validEntry(entry))
      vendors[id] = { standing: entry.standing, label: entry.label, date: entry.date };
    else quarantine.push({ id, entry });
  }
  return { ledger: { version: LEDGER_VERSION, vendors, quarantine }, writable: true };
}

/**
 * Where a sighting is filed: per workspace where the page names one (opting
 * out one Atlassian site says nothing about another), else per vendor.
 */
export function ledgerKey(vendorId: string, workspace?: { readonly url?: string; readonly id?: string }): string {
  const where = workspace?.url ?? workspace?.id;
  return where ? `${vendorId}@${where}` : vendorId;
}

/** What NoTrain saw for this vendor, in this workspace if it has one. */
export function seenFor(
  ledger: Ledger,
  vendorId: string,
  workspace?: { readonly url?: string; readonly id?: string },
): LedgerEntry | undefined {
  return ledger.vendors[ledgerKey(vendorId, workspace)] ?? ledger.vendors[vendorId];
}

/** The ledger with this sighting recorded, or undefined when nothing changed. */
export function recordStanding(ledger: Ledger, key: string, entry: LedgerEntry): Ledger | undefined {
  const previous = ledger.vendors[key];
  if (previous && previous.standing === entry.standing && previous.label === entry.label) return undefined;
  // Training allowed is the default: worth remembering only as a change back from an opt-out.
  if (!previous && entry.standing === 'training') return undefined;
  const vendors = Object.assign(Object.create(null) as Record<string, LedgerEntry>, ledger.vendors, { [key]: entry });
  return { ...ledger, vendors };
}
