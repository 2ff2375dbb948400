import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Entry,
  emptyTracker,
  MAX_ENTRIES,
  readTracker,
  recordStep,
  serializeTracker,
  type Step,
  STEP_KINDS,
  type Tracker,
  TRACKER_VERSION,
} from '../../src/core/tracker.ts';
import { exportJson, FILE_FORMAT, importJson, MAX_IMPORT_BYTES } from '../../src/core/tracker-file.ts';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const step = (kind: Step['kind'], day: number): Step =>
  kind === 'control-seen' ? { kind, at: at(day), label: 'Use data for AI', state: 'opted-out' } : { kind, at: at(day) };

function build(...steps: [string, { url?: string; id?: string; name?: string } | undefined, Step][]): Tracker {
  return steps.reduce((t, [vendor, place, s]) => recordStep(t, vendor, place, s) ?? t, emptyTracker());
}

const acme = { url: 'https://acme.slack.com/', name: 'Acme' };
const seeded = build(
  ['slack', acme, step('email-drafted', 1)],
  ['slack', acme, step('marked-sent', 2)],
  ['linkedin', undefined, step('control-seen', 3)],
);

const envelope = (tracker: unknown) =>
  JSON.stringify({ format: FILE_FORMAT, fileVersion: 1, exportedAt: at(5), tracker });

describe('exportJson', () => {
  it('names its format and the tracker schema version, and holds every entry and the preferences', () => {
    const file = JSON.parse(exportJson(seeded, at(5)));
    expect(file).toMatchObject({ format: FILE_FORMAT, fileVersion: 1, exportedAt: at(5) });
    expect(file.tracker.version).toBe(TRACKER_VERSION);
    expect(Object.keys(file.tracker.entries).sort()).toEqual(['linkedin', 'slack@https://acme.slack.com/']);
    expect(file.tracker.preferences).toEqual(seeded.preferences);
  });
});

describe('importJson', () => {
  it('into an empty browser gives back the same tracker', () => {
    const result = importJson(emptyTracker(), exportJson(seeded, at(5)));
    expect(result).toMatchObject({ added: 2, updated: 0, unchanged: 0, rejected: [] });
    expect(serializeTracker(result.tracker ?? emptyTracker())).toEqual(serializeTracker(seeded));
  });

  it('a second time adds nothing and duplicates nothing', () => {
    const once = importJson(emptyTracker(), exportJson(seeded, at(5))).tracker ?? emptyTracker();
    const twice = importJson(once, exportJson(seeded, at(6)));
    expect(twice).toMatchObject({ tracker: undefined, added: 0, updated: 0, unchanged: 2, rejected: [] });
  });

  it('merges by the rule: same key, steps of both once each in time order, status recomputed', () => {
    const here = build(['slack', acme, step('email-drafted', 1)]);
    const there = build(['slack', acme, step('email-drafted', 1)], ['slack', acme, step('marked-confirmed', 4)]);
    const result = importJson(here, exportJson(there, at(5)));
    expect(result).toMatchObject({ added: 0, updated: 1 });
    const entry = result.tracker?.entries['slack@https://acme.slack.com/'];
    expect(entry?.steps.map((s) => s.kind)).toEqual(['email-drafted', 'marked-confirmed']);
    expect(entry?.status).toBe('confirmed');
  });

  it('joins an entry filed under the team ID here with the same workspace filed by address in the file', () => {
    const here = build(['slack', { id: 'T0123ABCD', url: 'https://acme.slack.com/' }, step('email-drafted', 1)]);
    const there = build(['slack', { url: 'https://acme.slack.com/' }, step('marked-sent', 2)]);
    // Here it is filed under the ID (first seen on a client URL); the file files it by address.
    const hereById = {
      ...here,
      entries: Object.fromEntries(Object.values(here.entries).map((e) => [`slack@T0123ABCD`, e])),
    };
    const result = importJson(hereById, exportJson(there, at(5)));
    expect(Object.keys(result.tracker?.entries ?? {})).toEqual(['slack@T0123ABCD']);
    expect(result.tracker?.entries['slack@T0123ABCD']?.status).toBe('sent');
  });

  it('lists what it rejected and why, and imports the rest', () => {
    const good = serializeTracker(seeded);
    const bad = {
      ...good,
      entries: {
        ...(good.entries as object),
        'slack@https://evil.example/': {
          vendorId: 'slack',
          workspace: { url: 'javascript:alert(1)' },
          status: 'sent',
          steps: [],
        },
        zoom: { vendorId: 'zoom', status: 'sent', steps: [{ kind: 'rm -rf', at: at(1) }] },
        __proto__: { vendorId: 'x' },
        figma: { vendorId: 'figma', status: 'sent', steps: [], extra: '=HYPERLINK()' },
      },
      preferences: { emailMethod: 'fax', senderName: 'Ana' },
      quarantine: [{ key: 'old', value: 1, reason: 'something' }],
    };
    const result = importJson(emptyTracker(), envelope(bad));
    expect(result.added).toBe(2);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.where, r.reason]));
    expect(reasons).toEqual({
      old: 'set-aside-in-file',
      'slack@https://evil.example/': 'invalid-workspace',
      zoom: 'invalid-step',
      __proto__: 'invalid-entry',
      figma: 'invalid-entry',
      'preferences.emailMethod': 'invalid-preference',
    });
    // The valid preference is taken, the invalid one is not.
    expect(result.tracker?.preferences).toMatchObject({ senderName: 'Ana', emailMethod: 'mailto' });
    expect(({} as Record<string, unknown>).vendorId).toBeUndefined();
  });

  it('never lets an invalid preference in the file reset the user’s own', () => {
    const mine = { ...seeded, preferences: { ...seeded.preferences, emailMethod: 'gmail' as const, senderName: 'Me' } };
    const result = importJson(
      mine,
      envelope({ version: TRACKER_VERSION, preferences: { emailMethod: 'fax', senderName: 'x\r\nBcc: y' } }),
    );
    expect(result.tracker).toBeUndefined();
    expect(result.rejected.map((r) => r.where)).toEqual(['preferences.emailMethod', 'preferences.senderName']);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['another format', JSON.stringify({ format: 'other', tracker: {} }), 'not-notrain'],
    ['a newer envelope', JSON.stringify({ format: FILE_FORMAT, fileVersion: 2, tracker: {} }), 'newer-version'],
    ['a newer tracker', envelope({ version: TRACKER_VERSION + 1, entries: {} }), 'newer-version'],
    ['no tracker', envelope('hello'), 'no-tracker'],
    ['an array', '[1,2]', 'not-notrain'],
    ['too large', ' '.repeat(MAX_IMPORT_BYTES + 1), 'file-too-large'],
  ])('refuses %s whole, and changes nothing', (_, text, reason) => {
    expect(importJson(seeded, text)).toEqual({
      tracker: undefined,
      added: 0,
      updated: 0,
      unchanged: 0,
      rejected: [{ where: 'file', reason }],
    });
  });

  it('never grows past the entry cap: the rest is listed', () => {
    let full = emptyTracker();
    const entries = Object.create(null) as Record<string, Entry>;
    for (let i = 0; i < MAX_ENTRIES; i++)
      entries[`v${i}`] = { vendorId: `v${i}`, status: 'drafted', steps: [step('email-drafted', 1)] };
    full = { ...full, entries };
    const result = importJson(full, exportJson(seeded, at(5)));
    expect(result.rejected.map((r) => r.reason)).toEqual(['too-many-entries', 'too-many-entries']);
    expect(result.tracker).toBeUndefined();
  });

  it('reads an export of the version-1 ledger era through the tracker’s migrations', () => {
    const ledger = {
      version: 1,
      vendors: { linkedin: { standing: 'opted-out', label: 'Data for AI', date: '2026-11-02' } },
      quarantine: [],
    };
    const result = importJson(emptyTracker(), envelope(ledger));
    expect(result.added).toBe(1);
    expect(result.tracker?.entries.linkedin?.status).toBe('setting-changed');
  });
});

/** Trackers as the update functions build them: any vendor, place and steps, in any order. */
const trackers: fc.Arbitrary<Tracker> = fc
  .array(
    fc.record({
      vendor: fc.constantFrom('slack', 'figma', 'linkedin', 'atlassian'),
      place: fc.option(
        fc.oneof(
          fc.record({ url: fc.constantFrom('https://acme.slack.com/', 'https://b.example/') }),
          fc.record({ id: fc.stringMatching(/^T[A-Z0-9]{8}$/), name: fc.string({ maxLength: 40 }) }),
        ),
        { nil: undefined },
      ),
      kind: fc.constantFrom(...STEP_KINDS),
      minute: fc.integer({ min: 0, max: 60 * 24 * 400 }),
      state: fc.constantFrom('opted-out' as const, 'training' as const),
      label: fc.string({ minLength: 1, maxLength: 30 }),
    }),
    { maxLength: 30 },
  )
  .map((steps) =>
    steps.reduce((t, s) => {
      const when = new Date(Date.UTC(2026, 0, 1) + s.minute * 60_000).toISOString();
      const st: Step =
        s.kind === 'control-seen'
          ? { kind: s.kind, at: when, label: s.label, state: s.state }
          : { kind: s.kind, at: when };
      return recordStep(t, s.vendor, s.place, st) ?? t;
    }, emptyTracker()),
  )
  .chain((t) =>
    fc
      .record({
        emailMethod: fc.constantFrom('mailto' as const, 'gmail' as const, 'outlook' as const),
        senderName: fc.string({ maxLength: 120 }).filter((s) => !/[\p{Cc}\u2028\u2029]/u.test(s)),
        mutedVendors: fc.uniqueArray(fc.constantFrom('slack', 'zoom', 'figma')),
        reminders: fc.boolean(),
      })
      .map((p) => ({ ...t, preferences: { ...t.preferences, ...p } })),
  );

describe('the JSON round trip (property)', () => {
  it('is lossless: export, then import into an empty browser, gives the same tracker', () => {
    fc.assert(
      fc.property(trackers, (tracker) => {
        const result = importJson(emptyTracker(), exportJson(tracker, at(5)));
        expect(result.rejected).toEqual([]);
        const back = result.tracker ?? emptyTracker();
        expect(serializeTracker(back)).toEqual(
          serializeTracker(readTracker({ tracker: serializeTracker(tracker) }).tracker),
        );
        expect(serializeTracker(back)).toEqual(serializeTracker(tracker));
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: importing the same export again changes nothing', () => {
    fc.assert(
      fc.property(trackers, trackers, (mine, theirs) => {
        const file = exportJson(theirs, at(5));
        const once = importJson(mine, file).tracker ?? mine;
        expect(importJson(once, file).tracker).toBeUndefined();
        // Nothing of mine is lost: every step I had is still there.
        for (const [key, entry] of Object.entries(mine.entries))
          for (const s of entry.steps) expect(once.entries[key]?.steps).toContainEqual(s);
      }),
      { numRuns: 150 },
    );
  });
});
