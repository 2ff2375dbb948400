/** The worker's reminders (src/background/reminders.ts) on an in-memory browser with the real messages and records. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { serializeTracker, setPreferences, type Tracker } from '../../src/core/tracker.ts';
import { stubPermissionEvents } from '../support/permission-events.ts';
import { trackerWith } from '../support/tracker.ts';
import { translate } from '../support/translate.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

const DAY = 24 * 60 * 60 * 1000;
const sentAt = Date.parse('2026-12-01T09:00:00.000Z');
const workspace = { url: 'https://acme.slack.com/', name: 'Acme' };

async function store(tracker: Tracker) {
  await fakeBrowser.storage.local.set({ tracker: JSON.parse(JSON.stringify(serializeTracker(tracker))) });
}
const sent = (remindersOn: boolean) => {
  const t = trackerWith(
    'slack',
    workspace,
    { kind: 'email-drafted', at: new Date(sentAt).toISOString() },
    { kind: 'marked-sent', at: new Date(sentAt).toISOString() },
  );
  return remindersOn ? (setPreferences(t, { reminders: true }) ?? t) : t;
};

let create: ReturnType<typeof vi.fn>;
async function load() {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: Parameters<typeof translate>[0], subs?: string[]) =>
    translate(key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getManifest = () => manifest as never;
  create = vi.fn(() => Promise.resolve(''));
  (fakeBrowser as unknown as { notifications: object }).notifications = { create };
  vi.resetModules();
  return import('../../src/background/reminders.ts');
}

describe('reminders in the worker', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('notifies once per period for an email marked sent and unconfirmed for 7 days, and records it', async () => {
    const { remind } = await load();
    await store(sent(true));
    expect(await remind(sentAt + 6 * DAY)).toEqual([]);
    expect(create).not.toHaveBeenCalled();
    expect(await remind(sentAt + 7 * DAY)).toEqual(['slack@https://acme.slack.com/']);
    expect(create).toHaveBeenCalledWith('notrain-reminder:slack@https://acme.slack.com/', {
      type: 'basic',
      iconUrl: expect.stringMatching(/icons\/icon-128\.png$/),
      title: 'Follow up with Slack',
      message:
        'You marked your opt-out email sent on 2026-12-01 (https://acme.slack.com/), with no confirmation since.',
    });
    const stored = (await fakeBrowser.storage.local.get('tracker')).tracker as Tracker;
    expect(stored.entries['slack@https://acme.slack.com/']?.steps.at(-1)).toEqual({
      kind: 'reminded',
      at: new Date(sentAt + 7 * DAY).toISOString(),
    });
    // The alarm firing again the same day: nothing new.
    expect(await remind(sentAt + 7 * DAY + 60_000)).toEqual([]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('stays silent while reminders are off, and without the notifications permission', async () => {
    const { remind } = await load();
    await store(sent(false));
    expect(await remind(sentAt + 30 * DAY)).toEqual([]);
    await store(sent(true));
    delete (fakeBrowser as unknown as { notifications?: object }).notifications;
    expect(await remind(sentAt + 30 * DAY)).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });

  it('keeps one periodic alarm while reminders are on, none when they are off', async () => {
    const { syncReminderAlarm, REMINDER_ALARM } = await load();
    await store(sent(true));
    await syncReminderAlarm();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ name: REMINDER_ALARM, periodInMinutes: 360 });
    await syncReminderAlarm();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await store(sent(false));
    await syncReminderAlarm();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('follows the organisation over the user: reminders on by policy, the policy’s delay', async () => {
    const { remind } = await load();
    (fakeBrowser.storage as unknown as { managed: object }).managed = {
      get: () => Promise.resolve({ reminders: true, reminderDays: 3, unknownKey: 1 }),
    };
    await store(sent(false));
    expect(await remind(sentAt + 3 * DAY)).toEqual(['slack@https://acme.slack.com/']);
  });

  it('turns reminders on when the user grants notifications (Chrome closes the popup that asked), off when revoked', async () => {
    const { startReminders } = await load();
    const events = stubPermissionEvents();
    startReminders(() => undefined);
    await store(sent(false));
    const reminders = async () =>
      ((await fakeBrowser.storage.local.get('tracker')).tracker as Tracker).preferences.reminders;
    events.onAdded.trigger({ origins: ['https://*.slack.com/*'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(await reminders()).toBe(false);
    events.onAdded.trigger({ permissions: ['alarms', 'notifications'] });
    await vi.waitFor(async () => expect(await reminders()).toBe(true));
    events.onRemoved.trigger({ permissions: ['notifications'] });
    await vi.waitFor(async () => expect(await reminders()).toBe(false));
  });
});
