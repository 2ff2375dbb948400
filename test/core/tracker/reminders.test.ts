import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  emptyTracker,
  followUpDue,
  recordStep,
  reminderDue,
  setPreferences,
  type Step,
  type Tracker,
} from '../../../src/core/tracker.ts';

const DAY = 24 * 60 * 60 * 1000;
const t0 = Date.parse('2026-12-01T09:00:00.000Z');
const at = (days: number) => new Date(t0 + days * DAY).toISOString();

function trackerWith(...steps: Step[]): Tracker {
  return steps.reduce(
    (t, step) => recordStep(t, 'slack', { url: 'https://acme.slack.com/' }, step) ?? t,
    emptyTracker(),
  );
}
const entry = (t: Tracker) => {
  const found = t.entries['slack@https://acme.slack.com/'];
  if (!found) throw new Error('no entry');
  return found;
};

describe('reminders', () => {
  const sent = trackerWith({ kind: 'email-drafted', at: at(0) }, { kind: 'marked-sent', at: at(0) });

  it('are due N days after "I sent it", not before', () => {
    expect(reminderDue(entry(sent), t0 + 7 * DAY - 1, 7)).toBe(false);
    expect(reminderDue(entry(sent), t0 + 7 * DAY, 7)).toBe(true);
    expect(followUpDue(entry(sent), t0 + 3 * DAY, 3)).toBe(true);
  });

  it('come once per period, however often the alarm fires', () => {
    const reminded = recordStep(sent, 'slack', { url: 'https://acme.slack.com/' }, { kind: 'reminded', at: at(7) });
    if (!reminded) throw new Error('not recorded');
    expect(reminderDue(entry(reminded), t0 + 8 * DAY, 7)).toBe(false);
    expect(reminderDue(entry(reminded), t0 + 14 * DAY, 7)).toBe(true);
    expect(followUpDue(entry(reminded), t0 + 8 * DAY, 7)).toBe(true);
  });

  it('stop once confirmed or undone, and never come for a draft', () => {
    const confirmed = trackerWith({ kind: 'marked-sent', at: at(0) }, { kind: 'marked-confirmed', at: at(1) });
    expect(reminderDue(entry(confirmed), t0 + 30 * DAY, 7)).toBe(false);
    const undone = trackerWith({ kind: 'marked-sent', at: at(0) }, { kind: 'undone', at: at(1) });
    expect(reminderDue(entry(undone), t0 + 30 * DAY, 7)).toBe(false);
    expect(reminderDue(entry(trackerWith({ kind: 'email-drafted', at: at(0) })), t0 + 30 * DAY, 7)).toBe(false);
  });

  it('are off until turned on, and follow the chosen delay', () => {
    expect(dueReminders(sent, t0 + 30 * DAY)).toEqual([]);
    const on = setPreferences(sent, { reminders: true, reminderDays: 2 });
    if (!on) throw new Error('not set');
    expect(dueReminders(on, t0 + DAY)).toEqual([]);
    expect(dueReminders(on, t0 + 2 * DAY)).toEqual(['slack@https://acme.slack.com/']);
    expect(dueReminders(on, t0 + 2 * DAY, (id) => id === 'slack')).toEqual([]);
  });
});
