import { describe, expect, it } from 'vitest';
import {
  type Entry,
  newEntry,
  nextStep,
  type Status,
  type Step,
  statusOf,
  type StepKind,
  withStep,
} from '../../../src/core/tracker.ts';

const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const user = (kind: Exclude<StepKind, 'control-seen'>, day = 1): Step => ({ kind, at: at(day) });
const control = (label: string, state: 'opted-out' | 'training', day = 1): Step => ({
  kind: 'control-seen',
  at: at(day),
  label,
  state,
});

/** Applies steps one by one, failing loudly if one is refused. */
function apply(...steps: Step[]): Entry {
  return steps.reduce<Entry>(
    (entry, step) => {
      const next = withStep(entry, step);
      if (!next) throw new Error(`refused: ${JSON.stringify(step)}`);
      return next;
    },
    newEntry('slack', { url: 'https://acme.slack.com/' }),
  );
}

describe('the state machine', () => {
  it.each<[string, Step[], Status]>([
    ['nothing', [], 'not-started'],
    ['a draft', [user('email-drafted')], 'drafted'],
    ['an opened settings page', [user('settings-opened')], 'opened'],
    ['an opened form', [user('form-opened')], 'opened'],
    ['the owner note', [user('owner-asked')], 'asked-owner'],
    ['drafted, then sent', [user('email-drafted'), user('marked-sent')], 'sent'],
    ['sent, then confirmed', [user('email-drafted'), user('marked-sent'), user('marked-confirmed', 2)], 'confirmed'],
    ['asked the owner, then the owner confirmed', [user('owner-asked'), user('marked-confirmed', 2)], 'confirmed'],
    ['a control seen opted out', [control('AI models', 'opted-out')], 'setting-changed'],
    [
      'a control back to training',
      [control('AI models', 'opted-out'), control('AI models', 'training', 2)],
      'setting-reverted',
    ],
    [
      'opened, then the control changed',
      [user('settings-opened'), control('AI models', 'opted-out')],
      'setting-changed',
    ],
    [
      'sent outranks a reverted control',
      [user('marked-sent'), control('A', 'opted-out'), control('A', 'training', 2)],
      'sent',
    ],
    ['confirmed outranks a changed control', [control('A', 'opted-out'), user('marked-confirmed', 2)], 'confirmed'],
    [
      'drafting again after sent leaves it sent',
      [user('email-drafted'), user('marked-sent'), user('email-drafted', 3)],
      'sent',
    ],
    ['a reminder changes nothing', [user('marked-sent'), user('reminded', 9)], 'sent'],
    ['looking at changes changes nothing', [user('email-drafted'), user('changes-seen', 2)], 'drafted'],
  ])('%s', (_name, steps, status) => {
    const entry = apply(...steps);
    expect(entry.status).toBe(status);
    expect(statusOf(entry.steps)).toBe(status);
  });

  it('Undo takes back the latest user step in effect, one at a time, and keeps the history', () => {
    const sent = apply(user('email-drafted'), user('marked-sent', 2));
    const undone = withStep(sent, user('undone', 3));
    expect(undone?.status).toBe('drafted');
    expect(undone?.steps.map((s) => s.kind)).toEqual(['email-drafted', 'marked-sent', 'undone']);
    const twice = undone && withStep(undone, user('undone', 3));
    expect(twice?.status).toBe('not-started');
    expect(twice && withStep(twice, user('undone', 3))).toBeUndefined();
    const confirmedUndone = apply(user('marked-sent'), user('marked-confirmed', 2), user('undone', 2));
    expect(confirmedUndone.status).toBe('sent');
  });

  it('Undo never takes back what the settings page showed', () => {
    const entry = apply(control('A', 'opted-out'), user('marked-confirmed', 2), user('undone', 3));
    expect(entry.status).toBe('setting-changed');
    expect(withStep(apply(control('A', 'opted-out')), user('undone', 2))).toBeUndefined();
  });

  it('keeps each control label its own state: two switches on one page never overwrite each other', () => {
    const both = apply(control('Generative AI', 'opted-out'), control('Other ML models', 'opted-out'));
    const one = withStep(both, control('Other ML models', 'training', 2));
    expect(one?.status).toBe('setting-changed');
    const none = one && withStep(one, control('Generative AI', 'training', 3));
    expect(none?.status).toBe('setting-reverted');
  });

  it('refuses steps that change nothing', () => {
    expect(withStep(newEntry('slack'), control('A', 'training'))).toBeUndefined();
    const seen = apply(control('A', 'opted-out'));
    expect(withStep(seen, control('A', 'opted-out', 5))).toBeUndefined();
    const drafted = apply(user('email-drafted'));
    expect(withStep(drafted, user('email-drafted'))).toBeUndefined();
    expect(withStep(drafted, user('email-drafted', 2))?.steps).toHaveLength(2);
  });
});

describe('nextStep', () => {
  it('offers the one click that moves the entry on, dated by the step that set the status', () => {
    expect(nextStep(newEntry('slack'))).toBeUndefined();
    expect(nextStep(apply(user('email-drafted', 3)))).toEqual({
      status: 'drafted',
      since: at(3),
      action: 'marked-sent',
      canUndo: true,
    });
    expect(nextStep(apply(user('email-drafted'), user('marked-sent', 4)))).toMatchObject({
      status: 'sent',
      since: at(4),
      action: 'marked-confirmed',
    });
    expect(nextStep(apply(user('owner-asked', 2)))?.action).toBe('marked-confirmed');
    expect(nextStep(apply(user('form-opened')))?.action).toBe('marked-sent');
    expect(nextStep(apply(user('settings-opened')))?.action).toBeUndefined();
    const confirmed = nextStep(apply(user('marked-sent'), user('marked-confirmed', 6)));
    expect(confirmed).toEqual({ status: 'confirmed', since: at(6), canUndo: true });
    expect(nextStep(apply(control('A', 'opted-out', 7)))).toEqual({
      status: 'setting-changed',
      since: at(7),
      canUndo: false,
    });
    expect(nextStep(apply(user('email-drafted'), user('undone', 2)))).toBeUndefined();
  });
});
