/**
 * What the options page and the CSV export say about tracker entries: the
 * status and what is left, in words; the filters; the entries grouped by
 * vendor. Pure: the caller translates the message keys.
 */
import type { MessageKey } from './i18n.ts';
import { type Entry, nextStep, type Status } from './tracker/entry.ts';

/** Each status in words (the popup's status line says the same). */
export const STATUS_LABEL: Readonly<Record<Status, MessageKey>> = {
  'not-started': 'entryStatusNotStarted',
  opened: 'entryStatusOpened',
  'setting-reverted': 'entryStatusSettingReverted',
  drafted: 'entryStatusDrafted',
  'asked-owner': 'entryStatusAskedOwner',
  sent: 'entryStatusSent',
  'setting-changed': 'entryStatusSettingChanged',
  confirmed: 'entryStatusConfirmed',
};

/**
 * What is left to do at each status: the one table the options page, its CSV
 * export and the audit page all read (test/options/left-wording.test.tsx
 * renders both pages for every status and compares).
 */
export const LEFT_LABEL: Readonly<Record<Status, MessageKey>> = {
  'not-started': 'entryLeftNotStarted',
  opened: 'entryLeftOpened',
  'setting-reverted': 'entryLeftSettingReverted',
  drafted: 'entryLeftDrafted',
  'asked-owner': 'entryLeftAskedOwner',
  sent: 'entryLeftSent',
  'setting-changed': 'entryLeftNothing',
  confirmed: 'entryLeftNothing',
};

/**
 * Before the user's first step, what the vendor's record says to do (the
 * user's plan and role counted): computed once, by `firstStep` in
 * core/audit/rows.ts, for both pages.
 */
export type FirstStep =
  'entryLeftNothingNeeded' | 'entryLeftPickPlan' | 'entryLeftNoRoute' | 'entryLeftAskOwner' | 'entryLeftOptOut';

/** What is left, in words: by the status once the user has started; before that, the record's first step when known. */
export function leftToDo(status: Status, first?: FirstStep): MessageKey {
  return status === 'not-started' && first ? first : LEFT_LABEL[status];
}

/** Done: the vendor confirmed, or NoTrain saw the setting in its opting-out state. Everything else needs the user. */
export const isDone = (entry: Entry): boolean => entry.status === 'confirmed' || entry.status === 'setting-changed';

/** YYYY-MM-DD of the first and latest step, and of the step that set the status. */
export function entryDates(entry: Entry): { first?: string; last?: string; since?: string } {
  const day = (at: string | undefined) => at?.slice(0, 10);
  const since = day(nextStep(entry)?.since);
  const first = day(entry.steps[0]?.at);
  const last = day(entry.steps.at(-1)?.at);
  return { ...(first ? { first } : {}), ...(last ? { last } : {}), ...(since ? { since } : {}) };
}

export type EntryFilter = 'all' | 'needs-action' | 'done' | 'policy-changed';

export interface FilterInput {
  readonly filter: EntryFilter;
  /** YYYY-MM-DD: only entries with a step on or after that day. */
  readonly changedSince?: string | undefined;
  /** Entries with record changes after the user's opt-out (from the vendor records). */
  readonly policyChanged?: (key: string) => boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function entryMatches(key: string, entry: Entry, { filter, changedSince, policyChanged }: FilterInput): boolean {
  if (changedSince && DAY.test(changedSince) && !entry.steps.some((s) => s.at.slice(0, 10) >= changedSince))
    return false;
  switch (filter) {
    case 'all':
      return true;
    case 'done':
      return isDone(entry);
    case 'needs-action':
      return !isDone(entry);
    case 'policy-changed':
      return policyChanged?.(key) ?? false;
  }
}

export interface VendorGroup {
  readonly vendorId: string;
  readonly vendorName: string;
  readonly entries: readonly { readonly key: string; readonly entry: Entry }[];
}

/**
 * The entries grouped by vendor, vendors by name, each vendor's entries by
 * workspace name or address (the account-wide entry first).
 */
export function groupByVendor(
  entries: readonly (readonly [string, Entry])[],
  vendorName: (id: string) => string,
  language: string,
): VendorGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const where = (entry: Entry) => entry.workspace?.name ?? entry.workspace?.url ?? entry.workspace?.id ?? '';
  const groups = new Map<string, { key: string; entry: Entry }[]>();
  for (const [key, entry] of entries)
    groups.set(entry.vendorId, [...(groups.get(entry.vendorId) ?? []), { key, entry }]);
  return [...groups]
    .map(([vendorId, list]) => ({
      vendorId,
      vendorName: vendorName(vendorId),
      entries: list.sort((a, b) => collator.compare(where(a.entry), where(b.entry)) || (a.key < b.key ? -1 : 1)),
    }))
    .sort((a, b) => collator.compare(a.vendorName, b.vendorName) || (a.vendorId < b.vendorId ? -1 : 1));
}
