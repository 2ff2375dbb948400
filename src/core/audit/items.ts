/**
 * What the audit page lists, as a narrow input: one item per vendor and
 * workspace (or account) NoTrain has seen in this browser, with the user's
 * status there, plus the vendors the user added from the database. The rows
 * are built from these items only, so the tracker is wired in one place:
 * `auditItems` below, the one adapter from the tracker (and the popup's
 * stored answers) to items.
 */
import type { Choices } from '../choices.ts';
import { type Entry, type EntryPlace, nextStep, type Status } from '../tracker/entry.ts';
import { changesCutoff } from '../tracker/policy-changes.ts';
import { VENDOR_ID } from '../tracker/preferences.ts';
import { entryKey, type Tracker } from '../tracker/schema.ts';

export interface AuditItem {
  /** The tracker's key for it (`vendor`, `vendor@https://…/`, `vendor@TEAMID`): rows are unique by it. */
  readonly key: string;
  readonly vendorId: string;
  readonly workspace?: EntryPlace | undefined;
  readonly status: Status;
  /** YYYY-MM-DD the status was reached. */
  readonly since?: string | undefined;
  /** YYYY-MM-DD after which a change to the record is news to the user (their last opt-out step, or last look). */
  readonly cutoff?: string | undefined;
  /** Listed because the user added it from the database, not because NoTrain saw it. */
  readonly added: boolean;
}

const day = (at: string | undefined) => (at ? at.slice(0, 10) : undefined);

/** One tracker entry as an item: its status, since when, and the day changes count from. */
export function itemOfEntry(key: string, entry: Entry): AuditItem {
  return {
    key,
    vendorId: entry.vendorId,
    ...(entry.workspace ? { workspace: entry.workspace } : {}),
    status: entry.status,
    since: day(nextStep(entry)?.since),
    cutoff: changesCutoff(entry),
    added: false,
  };
}

/** `vendor@https://acme.slack.com/` → the vendor and where; the choices file answers under these keys. */
function placeOfChoiceKey(key: string): { vendorId: string; workspace?: EntryPlace } {
  const at = key.indexOf('@');
  if (at < 0) return { vendorId: key };
  const vendorId = key.slice(0, at);
  const where = key.slice(at + 1);
  return { vendorId, workspace: where.startsWith('https://') ? { url: where } : { id: where } };
}

/**
 * Every vendor and workspace NoTrain has seen: each tracker entry, and each
 * place the user answered a plan or role question for in the popup (status
 * not started); then the vendors the user added, where nothing else lists
 * them. Only vendors the database knows (`known`) are kept.
 */
export function auditItems(
  tracker: Tracker,
  choices: Choices,
  added: readonly string[],
  known: (vendorId: string) => boolean,
): AuditItem[] {
  const items = new Map<string, AuditItem>();
  // Already listed: the vendor at all (for an answer about the vendor as a whole), or this workspace by address or ID.
  const listed = (vendorId: string, workspace?: EntryPlace) =>
    [...items.values()].some(
      (i) =>
        i.vendorId === vendorId &&
        (!workspace ||
          (workspace.url !== undefined && i.workspace?.url === workspace.url) ||
          (workspace.id !== undefined && i.workspace?.id === workspace.id)),
    );
  for (const [key, entry] of Object.entries(tracker.entries))
    if (known(entry.vendorId)) items.set(key, itemOfEntry(key, entry));
  for (const choiceKey of [...Object.keys(choices.plans), ...Object.keys(choices.roles)]) {
    const { vendorId, workspace } = placeOfChoiceKey(choiceKey);
    if (known(vendorId) && !listed(vendorId, workspace)) {
      const key = entryKey(vendorId, workspace);
      items.set(key, { key, vendorId, ...(workspace ? { workspace } : {}), status: 'not-started', added: false });
    }
  }
  for (const vendorId of added)
    if (known(vendorId) && !listed(vendorId))
      items.set(vendorId, { key: vendorId, vendorId, status: 'not-started', added: true });
  return [...items.values()];
}

/** More than the database holds: a stored list longer than this is not one NoTrain wrote. */
const MAX_ADDED = 500;

/** The stored list of vendors the user added: ids of the right shape, each once, at most MAX_ADDED; anything else reads as none. */
export function readAdded(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === 'string' && VENDOR_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_ADDED);
}
