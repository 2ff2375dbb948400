/**
 * The tracker as a file the user keeps, moves to another browser or hands to
 * an auditor, and reads back.
 *
 * - **JSON** is complete: the stored tracker as it is (entries, preferences,
 *   what storage set aside) under the tracker's own schema version, in an
 *   envelope that names the format. Reading it back gives the same tracker.
 * - **Import** reads a file as hostile input: it must be one of these
 *   envelopes, within a size cap; the tracker inside goes through the same
 *   reader as storage (`readTracker`: migrations from any earlier version,
 *   every entry and step validated), so whatever that reader would set aside
 *   is listed as rejected, with its reason, and never stored.
 * - **Merge rule**: an imported entry joins the entry this browser has for
 *   the same workspace (by its address or its ID, as the tracker files them)
 *   or the same vendor account; the steps of both are kept, each once (same
 *   kind, time, label and state), in time order, and the status is computed
 *   again from them (`mergeEntry`). Nothing local is removed, so importing
 *   the same file twice changes nothing the second time. Preferences present
 *   and valid in the file replace this browser's; muted vendors are joined.
 */
import {
  DEFAULT_PREFERENCES,
  type Entry,
  entryKeys,
  MAX_ENTRIES,
  mergeEntry,
  type Preferences,
  readPreferences,
  readTracker,
  serializeTracker,
  setPreferences,
  type Tracker,
  TRACKER_KEY,
} from './tracker.ts';

/** What marks a file as NoTrain's. */
export const FILE_FORMAT = 'notrain-tracker';
/** The envelope's own version (the tracker inside carries the schema's). */
export const FILE_VERSION = 1;
/** A generous cap: a full tracker (1,000 entries of 200 steps) is about this size. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface TrackerFile {
  readonly format: typeof FILE_FORMAT;
  readonly fileVersion: typeof FILE_VERSION;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
  /** `serializeTracker`'s value: `version` is the tracker schema's. */
  readonly tracker: Record<string, unknown>;
}

export function exportJson(tracker: Tracker, exportedAt: string): string {
  const file: TrackerFile = {
    format: FILE_FORMAT,
    fileVersion: FILE_VERSION,
    exportedAt,
    tracker: serializeTracker(tracker),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Why something in a file was not imported: the whole file, or one entry or
 * preference of it (the reader's reasons, grouped for people).
 */
export type RejectReason =
  | 'file-too-large'
  | 'not-json'
  | 'not-notrain'
  | 'newer-version'
  | 'no-tracker'
  | 'invalid-entry'
  | 'invalid-step'
  | 'invalid-workspace'
  | 'invalid-preference'
  | 'too-many-entries'
  | 'set-aside-in-file';

export interface Rejected {
  /** Where it was: an entry key (`slack@https://acme.slack.com/`), `preferences.<field>`, or `file`. */
  readonly where: string;
  readonly reason: RejectReason;
  /** The reader's own words, for a bug report. */
  readonly detail?: string;
}

export interface ImportResult {
  /** The tracker with the file merged in; `undefined` when the file adds nothing (or was refused). */
  readonly tracker: Tracker | undefined;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: readonly Rejected[];
}

const refused = (reason: RejectReason): ImportResult => ({
  tracker: undefined,
  added: 0,
  updated: 0,
  unchanged: 0,
  rejected: [{ where: 'file', reason }],
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reader's reason (src/core/tracker/schema.ts), grouped. */
function reasonOf(detail: string): RejectReason {
  if (detail === 'too many entries') return 'too-many-entries';
  if (detail.startsWith('preference')) return 'invalid-preference';
  if (detail.startsWith('workspace')) return 'invalid-workspace';
  if (/^(step|unknown step|control|label or state)/.test(detail)) return 'invalid-step';
  return 'invalid-entry';
}

const withEntry = (tracker: Tracker, key: string, entry: Entry): Tracker => ({
  ...tracker,
  entries: Object.assign(Object.create(null) as Record<string, Entry>, tracker.entries, { [key]: entry }),
});

/** Parses a file's text and merges it into `current` by the rule above. Never throws. */
export function importJson(current: Tracker, text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return refused('file-too-large');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refused('not-json');
  }
  if (!isObject(file) || file.format !== FILE_FORMAT) return refused('not-notrain');
  if (file.fileVersion !== FILE_VERSION) return refused('newer-version');
  const read = readTracker({ [TRACKER_KEY]: file.tracker });
  if (read.aside.length) return refused(read.aside[0]?.reason === 'future-version' ? 'newer-version' : 'no-tracker');
  // The reader lists the file's own set-aside items first, then what it set aside itself.
  const inFile = isObject(file.tracker) && Array.isArray(file.tracker.quarantine) ? file.tracker.quarantine.length : 0;
  const rejected: Rejected[] = read.tracker.quarantine.map((item, i) => ({
    where: item.key,
    reason: i < inFile ? 'set-aside-in-file' : reasonOf(item.reason),
    detail: item.reason,
  }));
  let tracker = current;
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const [fileKey, entry] of Object.entries(read.tracker.entries)) {
    const key = localKey(tracker, fileKey, entry);
    const exists = Object.hasOwn(tracker.entries, key);
    if (!exists && Object.keys(tracker.entries).length >= MAX_ENTRIES) {
      rejected.push({ where: fileKey, reason: 'too-many-entries' });
      continue;
    }
    // A new entry comes as it is, steps in their stored order: the round trip is lossless.
    const next = exists ? mergeEntry(tracker, key, entry) : withEntry(tracker, key, entry);
    if (!next) unchanged++;
    else {
      tracker = next;
      if (exists) updated++;
      else added++;
    }
  }
  const stored = isObject(file.tracker) && isObject(file.tracker.preferences) ? file.tracker.preferences : {};
  tracker = importPreferences(tracker, stored, rejected) ?? tracker;
  return { tracker: tracker === current ? undefined : tracker, added, updated, unchanged, rejected };
}

/**
 * The key this browser files the entry under: its entry for the same
 * workspace (the same address or the same ID, whichever key either side
 * filed it under) or the same account, else the file's key.
 */
function localKey(tracker: Tracker, fileKey: string, entry: Entry): string {
  const direct = entryKeys(entry.vendorId, entry.workspace).find((key) => Object.hasOwn(tracker.entries, key));
  if (direct) return direct;
  const { url, id } = entry.workspace ?? {};
  if (!url && !id) return fileKey;
  const same = Object.entries(tracker.entries).find(
    ([, mine]) =>
      mine.vendorId === entry.vendorId &&
      ((url !== undefined && mine.workspace?.url === url) || (id !== undefined && mine.workspace?.id === id)),
  );
  return same?.[0] ?? fileKey;
}

/** The preferences the file sets: fields present and valid (the reader listed the invalid ones); muted vendors joined. */
function importPreferences(
  tracker: Tracker,
  stored: Record<string, unknown>,
  rejected: Rejected[],
): Tracker | undefined {
  const { preferences, invalid } = readPreferences(stored);
  const fields = (Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]).filter(
    (field) => Object.hasOwn(stored, field) && !invalid.includes(field),
  );
  if (!fields.length) return undefined;
  const patch = Object.fromEntries(fields.map((field) => [field, preferences[field]])) as {
    -readonly [K in keyof Preferences]?: Preferences[K];
  };
  if (patch.mutedVendors)
    patch.mutedVendors = [...new Set([...tracker.preferences.mutedVendors, ...patch.mutedVendors])];
  const next = setPreferences(tracker, patch);
  // Valid alone but not together with this browser's (too many muted vendors in all): listed, not stored.
  if (!next && fields.some((field) => JSON.stringify(patch[field]) !== JSON.stringify(tracker.preferences[field])))
    rejected.push({ where: 'preferences', reason: 'invalid-preference' });
  return next;
}
