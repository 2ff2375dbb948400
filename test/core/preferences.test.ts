import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPreferences,
  effectivePreferences,
  isMuted,
  MAX_SENDER_LENGTH,
  type Preferences,
  PREFERENCES_VERSION,
  readManagedPreferences,
  readPreferences,
  storedPreferences,
  withPreference,
} from '../../src/core/preferences.ts';

const stored = (fields: Record<string, unknown>) => ({ version: PREFERENCES_VERSION, ...fields });
const roundTrip = (p: Preferences) => readPreferences(JSON.parse(JSON.stringify(storedPreferences(p)))).preferences;

describe('readPreferences', () => {
  it('gives the defaults when nothing is stored: the mail app, no signature, nothing muted', () => {
    const { preferences, writable } = readPreferences(undefined);
    expect(writable).toBe(true);
    expect(preferences).toMatchObject({ emailMethod: 'mailto', senderName: '', senderOrg: '' });
    expect(preferences.mutedBadge).toEqual([]);
  });

  it('reads valid fields', () => {
    const { preferences } = readPreferences(
      stored({ emailMethod: 'gmail', senderName: 'Ana', senderOrg: 'Acme', mutedBadge: ['slack', 'figma'] }),
    );
    expect(preferences).toMatchObject({ emailMethod: 'gmail', senderName: 'Ana', senderOrg: 'Acme' });
    expect(preferences.mutedBadge).toEqual(['figma', 'slack']);
  });

  it.each([
    ['a future version', { version: 2, emailMethod: 'gmail' }],
    ['no version', { emailMethod: 'gmail' }],
    ['an array', [1, 2]],
    ['a string', 'gmail'],
  ])('never overwrites %s: defaults shown, not writable', (_, raw) => {
    const { preferences, writable } = readPreferences(raw);
    expect(writable).toBe(false);
    expect(preferences.emailMethod).toBe('mailto');
  });

  it.each([
    ['emailMethod', 'javascript:alert(1)'],
    ['emailMethod', 7],
    ['senderName', 'Ana\r\nBcc: evil@example.com'.repeat(20)],
    ['senderName', 'x'.repeat(MAX_SENDER_LENGTH + 1)],
    ['senderName', 'Ana\uD800'],
    ['senderOrg', { toString: 'Acme' }],
    ['mutedBadge', ['slack', '__proto__']],
    ['mutedNotes', 'slack'],
    ['mutedNotes', Array.from({ length: 501 }, (_, i) => `v${i}`)],
  ])('keeps an invalid %s aside as it was, uses the default, and writes it back untouched', (field, value) => {
    const { preferences, writable } = readPreferences(stored({ senderOrg: 'Kept Org', [field]: value }));
    expect(writable).toBe(true);
    expect(preferences.kept[field]).toEqual(value);
    expect(preferences[field as keyof Preferences]).toEqual(defaultPreferences()[field as keyof Preferences]);
    if (field !== 'senderOrg') expect(preferences.senderOrg).toBe('Kept Org');
    // Written back and read again: still kept, still the same value.
    expect(roundTrip(preferences).kept[field]).toEqual(value);
  });

  it('cleans a signature of control and bidi characters', () => {
    const { preferences } = readPreferences(stored({ senderName: ' Ana\u202E  Ruiz\t' }));
    expect(preferences.senderName).toBe('Ana Ruiz');
  });

  it('never lets a stored key reach Object.prototype', () => {
    const raw = JSON.parse('{"version":1,"kept":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}');
    const { preferences } = readPreferences(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(roundTrip(preferences).kept).toBeDefined();
  });

  it('reads back whatever it wrote (property)', () => {
    const prefs = fc.record({
      emailMethod: fc.constantFrom('mailto', 'gmail', 'outlook' as const),
      senderName: fc.string({ maxLength: 90 }),
      senderOrg: fc.string({ maxLength: 90 }),
      mutes: fc.array(fc.tuple(fc.constantFrom('badge', 'notes' as const), fc.stringMatching(/^[a-z]{1,8}$/))),
    });
    fc.assert(
      fc.property(prefs, ({ emailMethod, senderName, senderOrg, mutes }) => {
        let p = defaultPreferences();
        for (const change of [
          { emailMethod },
          { senderName },
          { senderOrg },
          ...mutes.map(([mute, vendorId]) => ({ mute, vendorId, muted: true })),
        ])
          p = withPreference(p, change) ?? p;
        expect(roundTrip(p)).toEqual(p);
      }),
    );
  });
});

describe('withPreference', () => {
  it('sets the method, and refuses an unknown one', () => {
    const p = withPreference(defaultPreferences(), { emailMethod: 'outlook' });
    expect(p?.emailMethod).toBe('outlook');
    expect(withPreference(defaultPreferences(), { emailMethod: 'fax' as never })).toBeUndefined();
    expect(withPreference(defaultPreferences(), { emailMethod: 'mailto' })).toBeUndefined();
  });

  it('mutes and unmutes a vendor, sorted and once', () => {
    let p = defaultPreferences();
    p = withPreference(p, { mute: 'badge', vendorId: 'slack', muted: true }) ?? p;
    p = withPreference(p, { mute: 'badge', vendorId: 'figma', muted: true }) ?? p;
    expect(withPreference(p, { mute: 'badge', vendorId: 'slack', muted: true })).toBeUndefined();
    expect(p.mutedBadge).toEqual(['figma', 'slack']);
    expect(isMuted(p, 'badge', 'slack')).toBe(true);
    expect(isMuted(p, 'notes', 'slack')).toBe(false);
    p = withPreference(p, { mute: 'badge', vendorId: 'slack', muted: false }) ?? p;
    expect(p.mutedBadge).toEqual(['figma']);
    expect(withPreference(p, { mute: 'notes', vendorId: 'Slack!', muted: true })).toBeUndefined();
  });

  it('replaces a kept (unreadable) value once the user sets that field', () => {
    const { preferences } = readPreferences(stored({ emailMethod: 'bogus' }));
    const next = withPreference(preferences, { emailMethod: 'mailto' });
    expect(next?.kept.emailMethod).toBeUndefined();
    expect(next?.emailMethod).toBe('mailto');
  });

  it('refuses a signature line that is too long or not encodable', () => {
    expect(withPreference(defaultPreferences(), { senderName: 'x'.repeat(81) })).toBeUndefined();
    expect(withPreference(defaultPreferences(), { senderName: '\uDC00' })).toBeUndefined();
  });
});

describe('managed preferences', () => {
  it('override the user’s, and only valid ones count', () => {
    const managed = readManagedPreferences({ emailMethod: 'outlook', senderOrg: 'Acme IT', extra: 1 });
    expect(managed).toEqual({ emailMethod: 'outlook', senderOrg: 'Acme IT' });
    const user = { ...defaultPreferences(), emailMethod: 'gmail' as const, senderOrg: 'Mine', senderName: 'Ana' };
    expect(effectivePreferences(user, managed)).toMatchObject({
      emailMethod: 'outlook',
      senderOrg: 'Acme IT',
      senderName: 'Ana',
    });
    expect(readManagedPreferences({ emailMethod: 'fax', senderOrg: 'a\r\n'.repeat(100) })).toEqual({});
    expect(readManagedPreferences('x')).toEqual({});
  });
});
