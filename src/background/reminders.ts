/**
 * Reminders for opt-out emails marked sent and never confirmed: a periodic
 * alarm (it survives the worker being stopped, and the browser restarting)
 * checks the tracker and shows a notification for each entry that waited
 * the chosen number of days. Off until the user (or their organisation)
 * turns reminders on; the `alarms` and `notifications` APIs exist only once
 * the user granted them (optional permissions), so every use checks first.
 */
import {
  applyManaged,
  dueReminders,
  type Entry,
  recordStep,
  setPreferences,
  stepsInEffect,
  type Tracker,
  vendorQuiet,
} from '../core/tracker.ts';
import browser from '../platform/browser.ts';
import { translate } from '../platform/i18n.ts';
import { loadManaged } from '../platform/managed.ts';
import { loadTracker, updateTracker } from '../platform/tracker.ts';
import { badgeRegistry } from '../vendor-db/badge-registry.ts';

export const REMINDER_ALARM = 'notrain-reminders';
/** Four checks a day: a reminder is at most six hours late, and the worker wakes rarely. */
const PERIOD_MINUTES = 6 * 60;
const NOTIFICATION_PREFIX = 'notrain-reminder:';

/** The optional APIs, or undefined until the user grants them. */
const alarms = () => (browser as { alarms?: typeof browser.alarms }).alarms;
const notifications = () => (browser as { notifications?: typeof browser.notifications }).notifications;

/** The organisation's settings over the user's, as the reminder rules read them. */
async function effective(tracker: Tracker): Promise<Tracker> {
  return { ...tracker, preferences: applyManaged(tracker.preferences, await loadManaged()).preferences };
}

/** Creates the alarm when reminders are on (and allowed), clears it when they are off. */
export async function syncReminderAlarm(): Promise<void> {
  const api = alarms();
  if (!api) return;
  const { tracker } = await loadTracker();
  if ((await effective(tracker)).preferences.reminders) {
    if (!(await api.get(REMINDER_ALARM))) await api.create(REMINDER_ALARM, { periodInMinutes: PERIOD_MINUTES });
  } else await api.clear(REMINDER_ALARM);
}

const where = (entry: Entry) =>
  entry.workspace?.url ??
  entry.workspace?.name ??
  entry.workspace?.id ??
  badgeRegistry.byId(entry.vendorId)?.name ??
  '';

/**
 * Shows a notification for every reminder due at `now`, and records each as
 * `reminded` in the same locked write, so two alarms (or two browsers'
 * workers racing) never remind twice for one period.
 */
export async function remind(now: number): Promise<string[]> {
  const api = notifications();
  if (!api) return [];
  const managed = await loadManaged();
  let due: string[] = [];
  const at = new Date(now).toISOString();
  const { tracker } = await updateTracker((stored) => {
    const effective = applyManaged(stored.preferences, managed);
    due = dueReminders({ ...stored, preferences: effective.preferences }, now, (id) => vendorQuiet(effective, id));
    let next: Tracker | undefined;
    for (const key of due) {
      const entry = (next ?? stored).entries[key];
      if (entry) next = recordStep(next ?? stored, entry.vendorId, entry.workspace, { kind: 'reminded', at }) ?? next;
    }
    return next;
  });
  for (const key of due) {
    const entry = tracker.entries[key];
    if (!entry) continue;
    const sent =
      stepsInEffect(entry.steps)
        .filter((s) => s.kind === 'marked-sent')
        .at(-1)?.at ?? at;
    await api.create(`${NOTIFICATION_PREFIX}${key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: translate('notifyTitle', [badgeRegistry.byId(entry.vendorId)?.name ?? entry.vendorId]),
      message: translate('notifyBody', [sent.slice(0, 10), where(entry)]),
    });
  }
  return due;
}

let listening = false;
/** Listens for the alarm, once its API exists: at the worker's start, or when the user grants it. */
function listen() {
  const api = alarms();
  if (!api || listening) return;
  listening = true;
  api.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remind(Date.now()).catch(reportError);
  });
}

/** Wires reminders into the worker; called once, synchronously, at its start (events must be registered then). */
export function startReminders(reportError: (error: unknown) => void) {
  errors = reportError;
  listen();
  // Chrome closes the popup when its permission prompt opens, so the popup may never learn the answer: the
  // worker does. Granting notifications (from the reminder switch, or the browser's add-on page) turns
  // reminders on; revoking them turns reminders off, so the switch never claims what cannot happen.
  browser.permissions.onAdded.addListener((added) => {
    listen();
    const turnOn = added.permissions?.includes('notifications')
      ? updateTracker((t) => setPreferences(t, { reminders: true }))
      : Promise.resolve();
    void turnOn.then(syncReminderAlarm).catch(reportError);
  });
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes('notifications'))
      void updateTracker((t) => setPreferences(t, { reminders: false })).catch(reportError);
  });
  // Reminders turned on or off (in the popup or the options page) or the organisation's policy changed.
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'tracker' in changes) || area === 'managed') void syncReminderAlarm().catch(reportError);
  });
  browser.runtime.onStartup.addListener(() => void syncReminderAlarm().catch(reportError));
  browser.runtime.onInstalled.addListener(() => void syncReminderAlarm().catch(reportError));
}

let errors: (error: unknown) => void = () => undefined;
const reportError = (error: unknown) => errors(error);
