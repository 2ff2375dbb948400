/**
 * The tracker as stored: one versioned document in `storage.local`, read as
 * untrusted data and never losing what the user stored.
 *
 * - **Versions.** 0: nothing stored. 1: the ledger (key `ledger`: per
 *   vendor, the last state of one settings control). 2: the tracker (key
 *   `tracker`). Migrations run in order, each a pure function of the stored
 *   value alone (no clock), so running one twice gives the same result; the
 *   old `ledger` value is left where it was.
 * - **Corrupt entries** (a key, field or step of the wrong shape) move,
 *   verbatim, to `quarantine` with the reason; the other entries keep working.
 *   Preferences fields of the wrong shape take their default, and the stored
 *   original goes to `quarantine` too.
 * - **A value NoTrain cannot read whole** (a future version, or something
 *   that is not a tracker at all) is set aside verbatim under `trackerAside`
 *   and never overwritten; a fresh tracker starts beside it.
 * - Keys are kept in null-prototype objects, so no stored key reaches
 *   `Object.prototype`.
 */
import { type Entry, type EntryPlace, STATUSES, type Step, STEP_KINDS, statusOf } from './entry.ts';
import { DEFAULT_PREFERENCES, type Preferences, readPreferences, VENDOR_ID } from './preferences.ts';

/** The version this code writes; anything higher is set aside, never read as ours. */
export const TRACKER_VERSION = 2;
/** Storage keys: the tracker, the ledger it migrates from, and values set aside whole. */
export const TRACKER_KEY = 'tracker';
/** Where version 1 (the ledger) was stored; read to migrate, never written. */
export const LEDGER_V1_KEY = 'ledger';
/** Whole values NoTrain could not read, kept verbatim. */
export const ASIDE_KEY = 'trackerAside';

/** Something stored that NoTrain could not use, kept verbatim with the reason. */
export interface QuarantineItem {
  /** Where it was: an entry key, `preferences.<field>`, or `ledger` for the old ledger's own quarantine. */
  readonly key: string;
  readonly value: unknown;
  readonly reason: string;
}

/** A whole stored value NoTrain could not read (a future version, or not a tracker), kept verbatim. */
export interface AsideItem {
  /** The storage key it was under. */
  readonly from: string;
  readonly reason: 'future-version' | 'not-a-tracker';
  readonly value: unknown;
}

/** The stored document, as read and validated. */
export interface Tracker {
  readonly version: typeof TRACKER_VERSION;
  /** By `entryKey`: `vendor`, `vendor@https://workspace.example/` or `vendor@TEAMID`. */
  readonly entries: Readonly<Record<string, Entry>>;
  readonly preferences: Preferences;
  readonly quarantine: readonly QuarantineItem[];
}

/** What reading storage found: the tracker to use, and what has to be written back for it to stay so. */
export interface TrackerRead {
  readonly tracker: Tracker;
  /** The stored value was migrated or cleaned: write `tracker` back (under the lock). False when nothing was stored. */
  readonly migrated: boolean;
  /** Whole values to keep under `ASIDE_KEY`, appended to what is there (see `withAside`). */
  readonly aside: readonly AsideItem[];
}

/** What the storage holds under the tracker's keys (any of them may be missing). */
export interface StoredTracker {
  readonly [TRACKER_KEY]?: unknown;
  readonly [LEDGER_V1_KEY]?: unknown;
}

const WORKSPACE_URL = /^https:\/\/[a-z0-9.-]+\/$/;
const WORKSPACE_ID = /^[A-Za-z0-9-]{1,64}$/;
/** `vendor` or `vendor@workspace` (a canonical workspace URL or the vendor's ID): how entries, and the popup's choices, are filed. */
export const ENTRY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:@(?:https:\/\/[a-z0-9.-]+\/|[A-Za-z0-9-]{1,64}))?$/;
const KEY = ENTRY_KEY;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LABEL = 200;
const MAX_NAME = 200;
/** A Slack workspace has hundreds of channels, not thousands of workspaces: enough for anyone. */
export const MAX_ENTRIES = 1000;

const record = <T>() => Object.create(null) as Record<string, T>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A tracker with nothing in it: what "nothing stored" migrates to. */
export const emptyTracker = (): Tracker => ({
  version: TRACKER_VERSION,
  entries: record<Entry>(),
  preferences: DEFAULT_PREFERENCES,
  quarantine: [],
});

/** Where an entry is filed: per workspace where the page names one (its address first, else its ID), else per vendor. */
export function entryKey(vendorId: string, workspace?: EntryPlace): string {
  const where = workspace?.url ?? workspace?.id;
  return where ? `${vendorId}@${where}` : vendorId;
}

/** Every key an entry for this workspace may be filed under, most specific first (address, then ID). */
export function entryKeys(vendorId: string, workspace?: EntryPlace): string[] {
  const keys = [workspace?.url, workspace?.id].flatMap((where) => (where ? [`${vendorId}@${where}`] : []));
  return keys.length ? keys : [vendorId];
}

/** Why a stored step is not a step, or undefined when it is one. */
function stepProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'step is not an object';
  const { kind, at, label, state } = raw;
  if (!(STEP_KINDS as readonly unknown[]).includes(kind)) return 'unknown step kind';
  if (typeof at !== 'string' || !TIMESTAMP.test(at) || Number.isNaN(Date.parse(at))) return 'step date invalid';
  const extra = Object.keys(raw).filter((k) => !['kind', 'at', 'label', 'state'].includes(k));
  if (extra.length) return 'unknown step field';
  if (kind === 'control-seen') {
    if (typeof label !== 'string' || label.length === 0 || label.length > MAX_LABEL) return 'control label invalid';
    if (state !== 'opted-out' && state !== 'training') return 'control state invalid';
  } else if (label !== undefined || state !== undefined) return 'label or state on a step that has none';
  return undefined;
}

function placeProblem(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return 'workspace is not an object';
  const { url, id, name } = raw;
  if (Object.keys(raw).some((k) => !['url', 'id', 'name'].includes(k))) return 'unknown workspace field';
  if (url !== undefined && (typeof url !== 'string' || !WORKSPACE_URL.test(url))) return 'workspace url invalid';
  if (id !== undefined && (typeof id !== 'string' || !WORKSPACE_ID.test(id))) return 'workspace id invalid';
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME)) return 'workspace name invalid';
  if (url === undefined && id === undefined) return 'workspace has neither url nor id';
  return undefined;
}

/** Why a stored entry cannot be used under this key, or undefined when it can. */
export function entryProblem(key: string, raw: unknown): string | undefined {
  if (!KEY.test(key)) return 'key invalid';
  if (!isObject(raw)) return 'entry is not an object';
  const { vendorId, workspace, status, steps } = raw;
  if (Object.keys(raw).some((k) => !['vendorId', 'workspace', 'status', 'steps'].includes(k)))
    return 'unknown entry field';
  if (typeof vendorId !== 'string' || !VENDOR_ID.test(vendorId)) return 'vendor id invalid';
  const place = placeProblem(workspace);
  if (place) return place;
  if (!entryKeys(vendorId, workspace as EntryPlace | undefined).includes(key)) return 'key does not match the entry';
  if (!(STATUSES as readonly unknown[]).includes(status)) return 'status invalid';
  if (!Array.isArray(steps) || steps.length > 200) return 'steps invalid';
  for (const step of steps) {
    const problem = stepProblem(step);
    if (problem) return problem;
  }
  return undefined;
}

/** A stored entry already checked by `entryProblem`, copied field by field (nothing else comes along). */
function copyEntry(raw: Record<string, unknown>): Entry {
  const place = raw.workspace as Record<string, string> | undefined;
  const workspace = place
    ? {
        ...(place.url !== undefined ? { url: place.url } : {}),
        ...(place.id !== undefined ? { id: place.id } : {}),
        ...(place.name !== undefined ? { name: place.name } : {}),
      }
    : undefined;
  const steps = (raw.steps as Record<string, string>[]).map((s): Step =>
    s.kind === 'control-seen'
      ? { kind: 'control-seen', at: s.at as string, label: s.label as string, state: s.state as 'opted-out' }
      : ({ kind: s.kind, at: s.at } as Step),
  );
  // The steps are the truth: a stored status that disagrees with them is recomputed, not trusted.
  return { vendorId: raw.vendorId as string, ...(workspace ? { workspace } : {}), status: statusOf(steps), steps };
}

/** Version 0 → 1: nothing stored is an empty ledger. */
const fromNothing = (): Record<string, unknown> => ({ version: 1, vendors: {}, quarantine: [] });

/**
 * Version 1 → 2: each ledger sighting (`{ standing, label, date }` per
 * `vendor` or `vendor@workspace`) becomes an entry with one `control-seen`
 * step dated at midnight UTC of its day. What the ledger could not read
 * (its quarantine, and sightings of the wrong shape) goes to the tracker's
 * quarantine, verbatim.
 */
function fromLedger(ledger: Record<string, unknown>): Record<string, unknown> {
  const entries: Record<string, unknown> = record();
  const quarantine: QuarantineItem[] = [];
  if (Array.isArray(ledger.quarantine))
    for (const value of ledger.quarantine)
      quarantine.push({ key: LEDGER_V1_KEY, value, reason: 'kept aside by the ledger (version 1)' });
  const vendors = isObject(ledger.vendors) ? ledger.vendors : {};
  for (const [key, value] of Object.entries(vendors)) {
    const at = isObject(value) && typeof value.date === 'string' && DAY.test(value.date) ? value.date : undefined;
    const ok =
      KEY.test(key) &&
      isObject(value) &&
      (value.standing === 'opted-out' || value.standing === 'training') &&
      typeof value.label === 'string' &&
      value.label.length > 0 &&
      value.label.length <= MAX_LABEL &&
      at !== undefined;
    if (!ok) {
      quarantine.push({ key, value, reason: 'ledger sighting invalid' });
      continue;
    }
    const [vendorId = key, where] = key.split(/@(.*)/s);
    const workspace = where === undefined ? undefined : WORKSPACE_URL.test(where) ? { url: where } : { id: where };
    const steps = [{ kind: 'control-seen', at: `${at}T00:00:00.000Z`, label: value.label, state: value.standing }];
    entries[key] = {
      vendorId,
      ...(workspace ? { workspace } : {}),
      status: statusOf(steps as Step[]),
      steps,
    };
  }
  return { version: 2, entries, preferences: {}, quarantine };
}

/** Ordered migrations: `MIGRATIONS[n]` takes a version-n value to version n + 1. */
const MIGRATIONS: Readonly<Record<number, (stored: Record<string, unknown>) => Record<string, unknown>>> = {
  0: fromNothing,
  1: fromLedger,
};

/**
 * The tracker from what storage holds, migrated from any earlier version and
 * validated entry by entry. Never throws; never drops anything: what it
 * cannot use is in `tracker.quarantine` or `aside`.
 */
export function readTracker(stored: StoredTracker): TrackerRead {
  const aside: AsideItem[] = [];
  let raw: unknown = stored[TRACKER_KEY];
  let from: string = TRACKER_KEY;
  if (raw === undefined) {
    raw = stored[LEDGER_V1_KEY] ?? { version: 0 };
    from = LEDGER_V1_KEY;
  }
  const version = isObject(raw) ? raw.version : undefined;
  const known = typeof version === 'number' && Number.isInteger(version) && version >= 0;
  if (!known || version > TRACKER_VERSION) {
    aside.push({ from, reason: known ? 'future-version' : 'not-a-tracker', value: raw });
    return { tracker: emptyTracker(), migrated: true, aside };
  }
  let doc = raw as Record<string, unknown>;
  for (let v = version; v < TRACKER_VERSION; v++)
    doc = (MIGRATIONS[v] as (d: Record<string, unknown>) => typeof doc)(doc);
  const { tracker, cleaned } = validate(doc);
  // Nothing stored reads as an empty tracker with nothing to write: the first real change stores it.
  const nothing = stored[TRACKER_KEY] === undefined && stored[LEDGER_V1_KEY] === undefined;
  return { tracker, migrated: !nothing && (version !== TRACKER_VERSION || from !== TRACKER_KEY || cleaned), aside };
}

/** A version-2 document, entry by entry: `cleaned` when anything had to move to quarantine. */
function validate(doc: Record<string, unknown>): { tracker: Tracker; cleaned: boolean } {
  const entries = record<Entry>();
  const quarantine: QuarantineItem[] = Array.isArray(doc.quarantine)
    ? (doc.quarantine as unknown[]).map((item) =>
        isObject(item) && typeof item.key === 'string' && typeof item.reason === 'string' && 'value' in item
          ? { key: item.key, value: item.value, reason: item.reason }
          : { key: '', value: item, reason: 'quarantine item of the wrong shape' },
      )
    : [];
  let cleaned = doc.quarantine !== undefined && !Array.isArray(doc.quarantine);
  if (cleaned) quarantine.push({ key: 'quarantine', value: doc.quarantine, reason: 'quarantine is not a list' });
  const stored = isObject(doc.entries) ? Object.entries(doc.entries) : [];
  if (doc.entries !== undefined && !isObject(doc.entries)) {
    quarantine.push({ key: 'entries', value: doc.entries, reason: 'entries is not an object' });
    cleaned = true;
  }
  for (const [key, value] of stored) {
    const problem = Object.keys(entries).length >= MAX_ENTRIES ? 'too many entries' : entryProblem(key, value);
    if (problem) {
      quarantine.push({ key, value, reason: problem });
      cleaned = true;
    } else entries[key] = copyEntry(value as Record<string, unknown>);
  }
  const { preferences, invalid } = readPreferences(doc.preferences);
  if (doc.preferences !== undefined && !isObject(doc.preferences)) {
    quarantine.push({ key: 'preferences', value: doc.preferences, reason: 'preferences is not an object' });
    cleaned = true;
  }
  for (const field of invalid) {
    quarantine.push({
      key: `preferences.${field}`,
      value: (doc.preferences as Record<string, unknown>)[field],
      reason: 'preference invalid',
    });
    cleaned = true;
  }
  return { tracker: { version: TRACKER_VERSION, entries, preferences, quarantine }, cleaned };
}

/** The tracker as a plain JSON value for `storage.local` (plain objects, fields in a fixed order). */
export function serializeTracker(tracker: Tracker): Record<string, unknown> {
  return {
    version: tracker.version,
    entries: { ...tracker.entries },
    preferences: { ...tracker.preferences },
    quarantine: [...tracker.quarantine],
  };
}

/**
 * Checks a tracker before it is written: it must read back as itself, with
 * nothing new in quarantine. Every write goes through this, so a bug in an
 * update function cannot store a value the next read would set aside.
 */
export function checkedForWrite(tracker: Tracker): Record<string, unknown> {
  const value = serializeTracker(tracker);
  const back = readTracker({ [TRACKER_KEY]: JSON.parse(JSON.stringify(value)) as unknown });
  if (back.migrated || back.aside.length || JSON.stringify(serializeTracker(back.tracker)) !== JSON.stringify(value))
    throw new Error('NoTrain: refusing to store a tracker that does not read back as itself');
  return value;
}

/** The values kept aside, with new ones appended (one already there is not added twice). */
export function withAside(stored: unknown, items: readonly AsideItem[]): unknown[] {
  const kept: unknown[] = Array.isArray(stored) ? Array.from<unknown>(stored) : stored === undefined ? [] : [stored];
  const seen = new Set(kept.map((item) => JSON.stringify(item)));
  for (const item of items) if (!seen.has(JSON.stringify(item))) kept.push(item);
  return kept;
}
