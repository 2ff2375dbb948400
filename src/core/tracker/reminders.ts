/**
 * Reminders for emails marked sent and never confirmed: pure rules the
 * worker's alarm and the popup share. Off until the user (or their
 * organisation) turns them on.
 */
import { type Entry, stepsInEffect } from './entry.ts';
import type { Tracker } from './schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the latest "I sent it" (or owner asked) still in effect was recorded, for an entry waiting on someone. */
function waitingSince(entry: Entry): string | undefined {
  if (entry.status !== 'sent') return undefined;
  return stepsInEffect(entry.steps)
    .filter((s) => s.kind === 'marked-sent')
    .at(-1)?.at;
}

/**
 * Whether an entry needs a follow-up at `now`: marked sent, unconfirmed for
 * at least `days` days, and not reminded in the last `days` days (one
 * reminder per period, however often the alarm fires).
 */
export function reminderDue(entry: Entry, now: number, days: number): boolean {
  const since = waitingSince(entry);
  if (!since) return false;
  const reminded = entry.steps.filter((s) => s.kind === 'reminded' && s.at >= since).at(-1)?.at;
  const from = Date.parse(reminded ?? since);
  return now - from >= days * DAY_MS;
}

/** Whether the popup's follow-up line applies: sent and unconfirmed for at least `days` days (reminded or not). */
export function followUpDue(entry: Entry, now: number, days: number): boolean {
  const since = waitingSince(entry);
  return since !== undefined && now - Date.parse(since) >= days * DAY_MS;
}

/**
 * The keys of the entries a reminder is due for, when reminders are on;
 * none for vendors NoTrain keeps quiet about (`quiet`: hidden by the
 * organisation or muted by the user).
 */
export function dueReminders(
  tracker: Tracker,
  now: number,
  quiet: (vendorId: string) => boolean = () => false,
): string[] {
  const { reminders, reminderDays } = tracker.preferences;
  if (!reminders) return [];
  return Object.entries(tracker.entries)
    .filter(([, entry]) => !quiet(entry.vendorId) && reminderDue(entry, now, reminderDays))
    .map(([key]) => key);
}
