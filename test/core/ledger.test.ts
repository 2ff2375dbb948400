import { describe, expect, it } from 'vitest';
import { emptyLedger, LEDGER_VERSION, ledgerKey, readLedger, recordStanding, seenFor } from '../../src/core/ledger.ts';

const entry = { standing: 'opted-out' as const, label: 'Content analysis', date: '2026-11-29' };

describe('readLedger', () => {
  it('starts empty and writable when nothing is stored', () => {
    expect(readLedger(undefined)).toEqual({ ledger: emptyLedger(), writable: true });
  });

  it('keeps valid entries and quarantines invalid ones with their raw copy, never dropping them', () => {
    const { ledger, writable } = readLedger({
      version: LEDGER_VERSION,
      vendors: { adobe: entry, linkedin: { standing: 'maybe' }, 'Bad Id': entry },
      quarantine: [{ old: true }],
    });
    expect(writable).toBe(true);
    expect(ledger.vendors.adobe).toEqual(entry);
    expect(ledger.quarantine).toEqual([
      { old: true },
      { id: 'linkedin', entry: { standing: 'maybe' } },
      { id: 'Bad Id', entry },
    ]);
  });

  it('never overwrites a ledger of another version, or one that is not a ledger', () => {
    expect(readLedger({ version: LEDGER_VERSION + 1, vendors: { adobe: entry } })).toEqual({
      ledger: emptyLedger(),
      writable: false,
    });
    expect(readLedger({ version: 0, vendors: {} }).writable).toBe(false);
    expect(readLedger('garbage').writable).toBe(false);
  });

  it('cannot be polluted through stored keys', () => {
    const raw = JSON.parse(
      `{"version":${LEDGER_VERSION},"vendors":{"__proto__":{"standing":"opted-out","label":"x","date":"2026-01-01"}}}`,
    );
    const { ledger } = readLedger(raw);
    expect(Object.getPrototypeOf(ledger.vendors)).toBeNull();
    expect(({} as Record<string, unknown>).standing).toBeUndefined();
    expect(ledger.quarantine).toHaveLength(1);
  });
});

describe('recordStanding', () => {
  it('does not record the default (training allowed) until it follows an opt-out', () => {
    expect(recordStanding(emptyLedger(), 'adobe', { ...entry, standing: 'training' })).toBeUndefined();
  });

  it('records a change and is idempotent for a repeat', () => {
    const once = recordStanding(emptyLedger(), 'adobe', entry);
    expect(once?.vendors.adobe).toEqual(entry);
    expect(once && recordStanding(once, 'adobe', { ...entry, date: '2026-11-30' })).toBeUndefined();
    expect(once && recordStanding(once, 'adobe', { ...entry, standing: 'training' })?.vendors.adobe?.standing).toBe(
      'training',
    );
  });
});

describe('ledgerKey and seenFor', () => {
  it('files a sighting per workspace where the page names one', () => {
    expect(ledgerKey('atlassian', { url: 'https://acme.atlassian.net/' })).toBe(
      'atlassian@https://acme.atlassian.net/',
    );
    expect(ledgerKey('slack', { id: 'T0123ABCD' })).toBe('slack@T0123ABCD');
    expect(ledgerKey('linkedin')).toBe('linkedin');
  });

  it('says nothing about one workspace from another, and applies an account-wide sighting everywhere', () => {
    const key = ledgerKey('atlassian', { url: 'https://acme.atlassian.net/' });
    const ledger = recordStanding(emptyLedger(), key, entry);
    if (!ledger) throw new Error('not recorded');
    expect(readLedger({ ...ledger, vendors: { ...ledger.vendors } }).ledger.vendors[key]).toEqual(entry);
    expect(seenFor(ledger, 'atlassian', { url: 'https://acme.atlassian.net/' })).toEqual(entry);
    expect(seenFor(ledger, 'atlassian', { url: 'https://other.atlassian.net/' })).toBeUndefined();
    const accountWide = recordStanding(emptyLedger(), 'linkedin', entry);
    expect(accountWide && seenFor(accountWide, 'linkedin')).toEqual(entry);
  });
});
