import { describe, expect, it } from 'vitest';
import { ageCell, confidenceCell, vendorTable } from '../build/vendor-table.ts';
import type { Vendor } from '../src/core/vendor-schema.ts';
import { fakeVendor, type Item, reported, said } from './support/fake-vendor.ts';

const replaced: Item = { ...said, asOf: '2025-01-01' };
const onByDefault = (evidence: Item) => [
  { models: 'generative' as const, usesCustomerData: 'yes' as const, default: 'on' as const, evidence: [evidence] },
];

const record = (overrides: Partial<Vendor> = {}): Vendor =>
  fakeVendor(
    onByDefault(said),
    [
      { kind: 'form', url: 'https://fake.example/eu', regions: ['EU', 'EEA', 'UK'], evidence: [reported] },
      { kind: 'settings', path: ['Settings'], optOutState: 'off', evidence: [said] },
      { kind: 'form', url: 'https://fake.example/br', regions: ['BR'], evidence: [said] },
    ],
    { history: [{ date: '2025-01-01', change: 'Changed.', evidence: [replaced] }], ...overrides },
  );

describe('docs/vendors.md columns', () => {
  it.each([
    ['2026-01-02', '2026-01-02', '2026-01-02, 0 days old'],
    ['2026-01-02', '2026-01-03', '2026-01-02, 1 day old'],
    ['2026-01-02', '2026-07-04', '2026-01-02, 183 days old'],
    ['2026-01-02', '2026-07-05', '2026-01-02, 184 days old ⚠ review due'],
    ['2025-02-28', '2025-03-01', '2025-02-28, 1 day old'],
  ])('reviewed %s, as of %s → %s', (reviewed, today, cell) => {
    expect(ageCell(reviewed, today)).toBe(cell);
  });

  it('counts the claims a vendor page confirms (a replaced page confirms history only)', () => {
    expect(confidenceCell(record())).toBe('5 of 6 claims confirmed by the vendor');
    const secondHand = record({ training: onByDefault(reported) });
    expect(confidenceCell(secondHand)).toBe('4 of 6 claims confirmed by the vendor; headline reported');
    const replacedOnly = record({ history: [], training: onByDefault(replaced) });
    expect(confidenceCell(replacedOnly)).toBe('3 of 5 claims confirmed by the vendor');
  });

  it('names the date, the records past the review window, the regional routes and the domain exceptions', () => {
    const table = vendorTable(
      [
        record(),
        record({
          id: 'old',
          name: 'Old',
          reviewed: '2025-01-01',
          optOut: { who: ['nobody'], methods: [], evidence: [said] },
          domainExceptions: [
            { domain: 'old-mail.example', allow: 'not-owned', reason: 'Its privacy mail goes | there.' },
          ],
        }),
      ],
      '2026-01-02',
    );
    expect(table).toContain('\nAges are counted to 2026-01-02.\n');
    expect(table).toContain('2 vendors; 1 is past the 183-day review window.');
    expect(table).toContain(
      '| EU, EEA, UK: form; BR: form | 5 of 6 claims confirmed by the vendor | 2026-01-02, 0 days old |',
    );
    expect(table).toContain('| – | 3 of 3 claims confirmed by the vendor | 2025-01-01, 366 days old ⚠ review due |');
    expect(table).toContain('| Old | `old-mail.example` | not-owned | Its privacy mail goes \\| there. |');
    expect(vendorTable([record()], '2026-01-02')).toContain(
      '## Domain exceptions\n\nNames a record may use although the domain rules refuse them, each with the reason a reviewer accepted.\n\nNone.\n',
    );
  });
});

describe('docs/vendors.md: settings labels in other languages', () => {
  it('lists each label a record gives in another language, with the vendor page that quotes it', () => {
    const withLabels = record({
      optOut: {
        who: ['each-user'],
        methods: [
          {
            kind: 'settings',
            path: ['Settings'],
            label: 'Use my data',
            labels: { de: { label: 'Meine Daten verwenden', evidence: [said] } },
            optOutState: 'off',
            evidence: [said],
          },
        ],
        evidence: [said],
      },
    });
    const table = vendorTable([withLabels], '2026-01-02');
    expect(table).toMatch(
      /\| Fake \| Use my data \| German \| Meine Daten verwenden \| \[[^\]]+\]\(https:\/\/[^)]+\) \|/,
    );
    expect(vendorTable([record()], '2026-01-02')).toContain(
      'None yet: no vendor page quoting a label in German, French or Spanish has been found.',
    );
  });
});
