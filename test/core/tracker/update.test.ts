import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  emptyTracker,
  entryFor,
  mergeEntry,
  recordStep,
  removeEntry,
  setPreferences,
  type Step,
  type Tracker,
} from '../../../src/core/tracker.ts';

const drafted: Step = { kind: 'email-drafted', at: '2026-12-01T09:00:00.000Z' };
const sent: Step = { kind: 'marked-sent', at: '2026-12-02T09:00:00.000Z' };

function record(tracker: Tracker, ...args: Parameters<typeof recordStep> extends [Tracker, ...infer R] ? R : never) {
  const next = recordStep(tracker, ...args);
  if (!next) throw new Error('not recorded');
  return next;
}

describe('recordStep and entryFor', () => {
  it('files a step per workspace, by address first, keeping the name shown', () => {
    const t = record(emptyTracker(), 'slack', { url: 'https://acme.slack.com/', name: 'Acme' }, drafted);
    expect(Object.keys(t.entries)).toEqual(['slack@https://acme.slack.com/']);
    expect(entryFor(t, 'slack', { url: 'https://acme.slack.com/' })?.workspace).toEqual({
      url: 'https://acme.slack.com/',
      name: 'Acme',
    });
    expect(entryFor(t, 'slack', { url: 'https://other.slack.com/' })).toBeUndefined();
  });

  it('keeps updating an entry filed under a team ID once its address is learned', () => {
    const byId = record(emptyTracker(), 'slack', { id: 'T0123ABCD' }, drafted);
    const later = record(byId, 'slack', { id: 'T0123ABCD', url: 'https://acme.slack.com/' }, sent);
    expect(Object.keys(later.entries)).toEqual(['slack@T0123ABCD']);
    expect(later.entries['slack@T0123ABCD']).toMatchObject({
      status: 'sent',
      workspace: { id: 'T0123ABCD', url: 'https://acme.slack.com/' },
    });
    expect(entryFor(later, 'slack', { id: 'T0123ABCD', url: 'https://acme.slack.com/' })?.status).toBe('sent');
  });

  it('applies an account-wide entry in every workspace of the vendor', () => {
    const t = record(emptyTracker(), 'linkedin', undefined, {
      kind: 'control-seen',
      at: drafted.at,
      label: 'Data for Generative AI Improvement',
      state: 'opted-out',
    });
    expect(entryFor(t, 'linkedin')?.status).toBe('setting-changed');
    expect(entryFor(t, 'linkedin', { url: 'https://x.linkedin.com/' })?.status).toBe('setting-changed');
  });

  it('writes nothing for a step that changes nothing', () => {
    const t = record(emptyTracker(), 'slack', undefined, drafted);
    expect(recordStep(t, 'slack', undefined, drafted)).toBeUndefined();
    expect(recordStep(t, 'zoom', undefined, { kind: 'undone', at: drafted.at })).toBeUndefined();
  });
});

describe('removeEntry, mergeEntry, setPreferences', () => {
  it('removes one entry and nothing else', () => {
    const t = record(record(emptyTracker(), 'slack', undefined, drafted), 'zoom', undefined, drafted);
    expect(Object.keys(removeEntry(t, 'slack')?.entries ?? {})).toEqual(['zoom']);
    expect(removeEntry(t, 'nope')).toBeUndefined();
    expect(removeEntry(t, '__proto__')).toBeUndefined();
  });

  it('merges an imported entry without duplicating a step, in time order', () => {
    const mine = record(emptyTracker(), 'slack', undefined, sent);
    const theirs = record(record(emptyTracker(), 'slack', undefined, drafted), 'slack', undefined, sent).entries.slack;
    if (!theirs) throw new Error('no entry');
    const merged = mergeEntry(mine, 'slack', theirs);
    expect(merged?.entries.slack?.steps).toEqual([drafted, sent]);
    expect(merged?.entries.slack?.status).toBe('sent');
    expect(merged && mergeEntry(merged, 'slack', theirs)).toBeUndefined();
  });

  it('changes valid preferences only', () => {
    expect(setPreferences(emptyTracker(), { reminders: true })?.preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      reminders: true,
    });
    expect(setPreferences(emptyTracker(), { reminders: false })).toBeUndefined();
    expect(setPreferences(emptyTracker(), { reminderDays: 0 })).toBeUndefined();
    expect(setPreferences(emptyTracker(), { senderName: 'Eve\r\nBcc: x@evil.example' })).toBeUndefined();
    expect(setPreferences(emptyTracker(), { mutedVendors: ['slack', 'Bad Id'] })).toBeUndefined();
  });
});
