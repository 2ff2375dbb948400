/** A minimal valid record, to vary one field at a time in unit and UI tests. */
import type { Vendor } from '../../src/core/vendor-schema.ts';

export type Item = Vendor['training'][number]['evidence'][number];
export type Method = Vendor['optOut']['methods'][number];

/** The vendor's own page, quoted as it stands. */
export const said: Item = { source: 'policy', quote: 'Quoted words.', verified: '2026-01-02' };
/** A news report of medium confidence. */
export const reported: Item = { source: 'news', quote: 'Quoted words.', verified: '2026-02-03', confidence: 'medium' };

export function fakeVendor(
  training: Vendor['training'],
  methods: readonly Method[] = [],
  overrides: Partial<Vendor> = {},
): Vendor {
  return {
    id: 'fake',
    name: 'Fake',
    domains: ['fake.example'],
    policyUrl: 'https://fake.example/policy',
    match: { hosts: ['fake.example', '*.fake.example'], workspaces: [], pages: [], defaultPage: 'workspace' },
    training,
    optOut: { who: ['each-user'], methods: [...methods], evidence: [said], alternatives: 'Delete your account.' },
    differences: [],
    history: [],
    sources: {
      policy: { url: 'https://fake.example/policy', title: 'Policy', publisher: 'vendor' },
      news: { url: 'https://www.news.example/story', title: 'A story', publisher: 'third-party', kind: 'news' },
    },
    reviewed: '2026-01-02',
    ...overrides,
  };
}
