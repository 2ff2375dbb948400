/**
 * Changes to the tracker, as pure functions: each returns the new tracker,
 * or `undefined` when nothing changes (so the caller writes nothing).
 * The platform runs them inside one locked read-modify-write
 * (src/platform/tracker.ts).
 */
import { type Entry, type EntryPlace, newEntry, type Step, statusOf, withStep } from './entry.ts';
import { type Preferences, withPreferences } from './preferences.ts';
import { entryKey, entryKeys, MAX_ENTRIES, type Tracker } from './schema.ts';

const withEntries = (tracker: Tracker, change: (entries: Record<string, Entry>) => void): Tracker => {
  const entries = Object.assign(Object.create(null) as Record<string, Entry>, tracker.entries);
  change(entries);
  return { ...tracker, entries };
};

/**
 * The entry for this vendor here: filed under the workspace's address or
 * its ID, else (a step taken where no workspace shows, e.g. an account
 * settings page) the vendor's account-wide entry.
 */
export function entryFor(tracker: Tracker, vendorId: string, workspace?: EntryPlace): Entry | undefined {
  const keys = [...entryKeys(vendorId, workspace), vendorId];
  return keys.map((key) => tracker.entries[key]).find(Boolean);
}

/** The key of the entry a step here updates: an existing one for this workspace (address or ID), else a new one. */
function keyFor(tracker: Tracker, vendorId: string, workspace?: EntryPlace): string {
  return entryKeys(vendorId, workspace).find((key) => tracker.entries[key]) ?? entryKey(vendorId, workspace);
}

/** Drops `undefined` fields and fills what an existing place lacks (a team's address learned later, a name). */
function mergedPlace(old: EntryPlace | undefined, seen: EntryPlace | undefined): EntryPlace | undefined {
  if (!old && !seen) return undefined;
  const url = old?.url ?? seen?.url;
  const id = old?.id ?? seen?.id;
  const name = seen?.name ?? old?.name;
  return { ...(url ? { url } : {}), ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

/**
 * The tracker with one step recorded for a vendor in a workspace (or
 * account-wide without one); `undefined` when the step changes nothing (see
 * `withStep`) or the tracker is full.
 */
export function recordStep(tracker: Tracker, vendorId: string, workspace: EntryPlace | undefined, step: Step) {
  const key = keyFor(tracker, vendorId, workspace);
  const existing = tracker.entries[key];
  if (!existing && Object.keys(tracker.entries).length >= MAX_ENTRIES) return undefined;
  const entry = existing ?? newEntry(vendorId, workspace);
  const next = withStep(entry, step);
  if (!next) return undefined;
  const where = mergedPlace(entry.workspace, workspace);
  const placed: Entry = {
    vendorId: next.vendorId,
    ...(where && (where.url || where.id) ? { workspace: where } : {}),
    status: next.status,
    steps: next.steps,
  };
  return withEntries(tracker, (entries) => {
    entries[key] = placed;
  });
}

/** The tracker without one entry (the options page's delete); `undefined` when there is none. */
export function removeEntry(tracker: Tracker, key: string): Tracker | undefined {
  if (!Object.hasOwn(tracker.entries, key)) return undefined;
  return withEntries(tracker, (entries) => {
    delete entries[key];
  });
}

/**
 * The tracker with an entry merged in (an import): steps of both, each once
 * (same kind, time, label and state), in time order; the status recomputed.
 * `undefined` when it adds nothing.
 */
export function mergeEntry(tracker: Tracker, key: string, incoming: Entry): Tracker | undefined {
  const existing = tracker.entries[key];
  if (!existing && Object.keys(tracker.entries).length >= MAX_ENTRIES) return undefined;
  const id = (s: Step) => JSON.stringify([s.at, s.kind, s.kind === 'control-seen' ? [s.label, s.state] : []]);
  const known = new Set((existing?.steps ?? []).map(id));
  const added = incoming.steps.filter((s) => !known.has(id(s)));
  if (existing && added.length === 0) return undefined;
  const steps = [...(existing?.steps ?? []), ...added].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const workspace = mergedPlace(existing?.workspace, incoming.workspace);
  return withEntries(tracker, (entries) => {
    entries[key] = {
      vendorId: incoming.vendorId,
      ...(workspace ? { workspace } : {}),
      status: statusOf(steps),
      steps,
    };
  });
}

/** The tracker with some preferences changed; `undefined` when a value is invalid or nothing changes. */
export function setPreferences(tracker: Tracker, patch: Partial<Preferences>): Tracker | undefined {
  const preferences = withPreferences(tracker.preferences, patch);
  return preferences ? { ...tracker, preferences } : undefined;
}
