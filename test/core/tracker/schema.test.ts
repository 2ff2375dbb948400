import { describe, expect, it } from 'vitest';
import {
  ASIDE_KEY,
  checkedForWrite,
  DEFAULT_PREFERENCES,
  emptyTracker,
  LEDGER_V1_KEY,
  readTracker,
  recordStep,
  serializeTracker,
  TRACKER_KEY,
  TRACKER_VERSION,
  type Tracker,
  withAside,
} from '../../../src/core/tracker.ts';

/** A ledger as version 1 stored it (src/core/ledger.ts before the tracker). */
const ledgerV1 = {
  version: 1,
  vendors: {
    linkedin: { standing: 'opted-out', label: 'Data for Generative AI Improvement', date: '2026-11-20' },
    'atlassian@https://acme.atlassian.net/': { standing: 'training', label: 'AI models', date: '2026-11-21' },
    'slack@T0123ABCD': { standing: 'opted-out', label: 'x', date: '2026-11-22' },
    adobe: { standing: 'maybe', label: 'Content analysis', date: '2026-11-23' },
    'Bad Id': { standing: 'opted-out', label: 'x', date: '2026-11-23' },
  },
  quarantine: [{ id: 'old', entry: 1 }],
};

const stored = (tracker: Tracker) => ({ [TRACKER_KEY]: JSON.parse(JSON.stringify(serializeTracker(tracker))) });

describe('migrations', () => {
  it('from nothing: an empty tracker, with nothing to write until the first change', () => {
    const read = readTracker({});
    expect(read.tracker).toEqual(emptyTracker());
    expect(read.migrated).toBe(false);
    expect(read.aside).toEqual([]);
  });

  it('from the ledger (version 1): each sighting becomes an entry with one dated control step', () => {
    const { tracker, migrated, aside } = readTracker({ [LEDGER_V1_KEY]: ledgerV1 });
    expect(migrated).toBe(true);
    expect(aside).toEqual([]);
    expect(tracker.version).toBe(TRACKER_VERSION);
    expect({ ...tracker.entries }).toEqual({
      linkedin: {
        vendorId: 'linkedin',
        status: 'setting-changed',
        steps: [
          {
            kind: 'control-seen',
            at: '2026-11-20T00:00:00.000Z',
            label: 'Data for Generative AI Improvement',
            state: 'opted-out',
          },
        ],
      },
      'atlassian@https://acme.atlassian.net/': {
        vendorId: 'atlassian',
        workspace: { url: 'https://acme.atlassian.net/' },
        status: 'setting-reverted',
        steps: [{ kind: 'control-seen', at: '2026-11-21T00:00:00.000Z', label: 'AI models', state: 'training' }],
      },
      'slack@T0123ABCD': {
        vendorId: 'slack',
        workspace: { id: 'T0123ABCD' },
        status: 'setting-changed',
        steps: [{ kind: 'control-seen', at: '2026-11-22T00:00:00.000Z', label: 'x', state: 'opted-out' }],
      },
    });
    expect(tracker.quarantine).toEqual([
      { key: 'ledger', value: { id: 'old', entry: 1 }, reason: 'kept aside by the ledger (version 1)' },
      { key: 'adobe', value: ledgerV1.vendors.adobe, reason: 'ledger sighting invalid' },
      { key: 'Bad Id', value: ledgerV1.vendors['Bad Id'], reason: 'ledger sighting invalid' },
    ]);
    expect(tracker.preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('is idempotent: migrating twice, or reading the written result, gives the same tracker', () => {
    const once = readTracker({ [LEDGER_V1_KEY]: ledgerV1 }).tracker;
    expect(readTracker({ [LEDGER_V1_KEY]: ledgerV1 }).tracker).toEqual(once);
    const again = readTracker({ ...stored(once), [LEDGER_V1_KEY]: ledgerV1 });
    expect(again.tracker).toEqual(once);
    expect(again.migrated).toBe(false);
  });

  it('prefers the tracker over the old ledger once written, and leaves the ledger value alone', () => {
    const fresh = recordStep(emptyTracker(), 'slack', undefined, {
      kind: 'email-drafted',
      at: '2026-12-01T09:00:00.000Z',
    });
    if (!fresh) throw new Error('not recorded');
    expect(readTracker({ ...stored(fresh), [LEDGER_V1_KEY]: ledgerV1 }).tracker).toEqual(fresh);
  });

  it('sets a future version aside whole, verbatim, and starts a fresh tracker beside it', () => {
    const future = { version: TRACKER_VERSION + 1, entries: { slack: { anything: true } } };
    const read = readTracker({ [TRACKER_KEY]: future });
    expect(read.aside).toEqual([{ from: TRACKER_KEY, reason: 'future-version', value: future }]);
    expect(read.tracker).toEqual(emptyTracker());
    expect(read.migrated).toBe(true);
    const futureLedger = { version: 7, vendors: {} };
    expect(readTracker({ [LEDGER_V1_KEY]: futureLedger }).aside).toEqual([
      { from: LEDGER_V1_KEY, reason: 'future-version', value: futureLedger },
    ]);
  });

  it.each([['garbage'], [42], [[1, 2]], [{ version: 'two' }], [{ version: -1 }], [{ version: 1.5 }], [null]])(
    'sets a value that is not a tracker aside: %j',
    (value) => {
      const read = readTracker({ [TRACKER_KEY]: value });
      expect(read.aside).toEqual([{ from: TRACKER_KEY, reason: 'not-a-tracker', value }]);
      expect(read.tracker).toEqual(emptyTracker());
    },
  );
});

describe('corrupt entries are quarantined verbatim, the rest keeps working', () => {
  const good = {
    vendorId: 'slack',
    workspace: { url: 'https://acme.slack.com/', name: 'Acme' },
    status: 'drafted',
    steps: [{ kind: 'email-drafted', at: '2026-12-01T09:00:00.000Z' }],
  };
  const step = good.steps[0];
  it.each<[string, string, unknown, string]>([
    ['a bad key', 'Slack!', good, 'key invalid'],
    ['a key that is not the entry’s', 'slack@https://other.slack.com/', good, 'key does not match the entry'],
    ['not an object', 'slack@https://acme.slack.com/', 'x', 'entry is not an object'],
    ['an unknown field', 'slack@https://acme.slack.com/', { ...good, extra: 1 }, 'unknown entry field'],
    ['a bad vendor id', 'slack@https://acme.slack.com/', { ...good, vendorId: 'Sl ack' }, 'vendor id invalid'],
    [
      'a bad workspace url',
      'slack@https://acme.slack.com/',
      { ...good, workspace: { url: 'http://x/' } },
      'workspace url invalid',
    ],
    ['a workspace of nothing', 'slack', { ...good, workspace: {} }, 'workspace has neither url nor id'],
    ['an unknown status', 'slack@https://acme.slack.com/', { ...good, status: 'done' }, 'status invalid'],
    ['steps not a list', 'slack@https://acme.slack.com/', { ...good, steps: {} }, 'steps invalid'],
    [
      'an unknown step kind',
      'slack@https://acme.slack.com/',
      { ...good, steps: [{ ...step, kind: 'hacked' }] },
      'unknown step kind',
    ],
    [
      'a bad date',
      'slack@https://acme.slack.com/',
      { ...good, steps: [{ ...step, at: '2026-13-45T00:00:00Z' }] },
      'step date invalid',
    ],
    [
      'a control step without a state',
      'slack@https://acme.slack.com/',
      { ...good, steps: [{ kind: 'control-seen', at: step?.at, label: 'A' }] },
      'control state invalid',
    ],
    [
      'a label on a user step',
      'slack@https://acme.slack.com/',
      { ...good, steps: [{ ...step, label: 'x' }] },
      'label or state on a step that has none',
    ],
  ])('%s', (_name, key, value, reason) => {
    const { tracker, migrated } = readTracker({
      [TRACKER_KEY]: {
        version: 2,
        entries: {
          [key]: value,
          'slack@https://ok.slack.com/': { ...good, workspace: { url: 'https://ok.slack.com/' } },
        },
      },
    });
    expect(migrated).toBe(true);
    expect(tracker.quarantine).toEqual([{ key, value, reason }]);
    expect(Object.keys(tracker.entries)).toEqual(['slack@https://ok.slack.com/']);
  });

  it('recomputes a stored status that disagrees with the steps (the steps are the truth)', () => {
    const { tracker } = readTracker({
      [TRACKER_KEY]: { version: 2, entries: { 'slack@https://acme.slack.com/': { ...good, status: 'confirmed' } } },
    });
    expect(tracker.entries['slack@https://acme.slack.com/']?.status).toBe('drafted');
  });

  it('keeps bad preferences aside and uses the defaults for them', () => {
    const { tracker } = readTracker({
      [TRACKER_KEY]: {
        version: 2,
        entries: {},
        preferences: { reminders: 'yes', reminderDays: 3, emailMethod: 'fax' },
      },
    });
    expect(tracker.preferences).toEqual({ ...DEFAULT_PREFERENCES, reminderDays: 3 });
    expect(tracker.quarantine).toEqual([
      { key: 'preferences.emailMethod', value: 'fax', reason: 'preference invalid' },
      { key: 'preferences.reminders', value: 'yes', reason: 'preference invalid' },
    ]);
  });

  it('keeps entries and quarantine of the wrong type aside rather than dropping them', () => {
    const { tracker } = readTracker({ [TRACKER_KEY]: { version: 2, entries: [1], quarantine: 'x', preferences: 3 } });
    expect(tracker.quarantine).toEqual([
      { key: 'quarantine', value: 'x', reason: 'quarantine is not a list' },
      { key: 'entries', value: [1], reason: 'entries is not an object' },
      { key: 'preferences', value: 3, reason: 'preferences is not an object' },
    ]);
  });

  it('cannot be polluted through stored keys', () => {
    const raw = JSON.parse(`{"version":2,"entries":{"__proto__":{"vendorId":"x","status":"drafted","steps":[]}}}`);
    const { tracker } = readTracker({ [TRACKER_KEY]: raw });
    expect(Object.getPrototypeOf(tracker.entries)).toBeNull();
    expect(({} as Record<string, unknown>).vendorId).toBeUndefined();
    expect(tracker.quarantine).toHaveLength(1);
  });

  it('keeps what an earlier read quarantined, across reads', () => {
    const first = readTracker({ [TRACKER_KEY]: { version: 2, entries: { 'Bad!': 1 } } }).tracker;
    const second = readTracker(stored(first));
    expect(second.tracker.quarantine).toEqual([{ key: 'Bad!', value: 1, reason: 'key invalid' }]);
    expect(second.migrated).toBe(false);
  });
});

describe('writes', () => {
  it('checks a tracker reads back as itself before it is stored', () => {
    const t = recordStep(
      emptyTracker(),
      'slack',
      { url: 'https://acme.slack.com/' },
      {
        kind: 'email-drafted',
        at: '2026-12-01T09:00:00.000Z',
      },
    );
    if (!t) throw new Error('not recorded');
    expect(checkedForWrite(t)).toEqual(serializeTracker(t));
    const broken = { ...t, entries: { ...t.entries, 'Bad!': t.entries['slack@https://acme.slack.com/'] } } as Tracker;
    expect(() => checkedForWrite(broken)).toThrow(/refusing/);
    const badPrefs = { ...t, preferences: { ...t.preferences, reminderDays: 0 } };
    expect(() => checkedForWrite(badPrefs)).toThrow(/refusing/);
  });

  it('appends values set aside, never replacing or repeating one', () => {
    const one = { from: 'tracker', reason: 'future-version' as const, value: { version: 3 } };
    const two = { from: 'tracker', reason: 'not-a-tracker' as const, value: 'x' };
    expect(withAside(undefined, [one])).toEqual([one]);
    expect(withAside([one], [one, two])).toEqual([one, two]);
    expect(withAside('odd', [one])).toEqual(['odd', one]);
  });
});

it('the aside key is its own storage key', () => {
  expect(new Set([ASIDE_KEY, TRACKER_KEY, LEDGER_V1_KEY]).size).toBe(3);
});
