import { describe, expect, it } from 'vitest';
import { classifyTab, type Workspace } from '../../src/core/classify-tab.ts';
import { type Route, routesFor, summarize } from '../../src/core/summarize.ts';
import { toolbarBadge } from '../../src/core/toolbar-badge.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { fakeVendor } from '../support/fake-vendor.ts';
import { translate } from '../support/translate.ts';
import type { Step } from '../../src/core/tracker.ts';
import { controlSeen, trackerWith } from '../support/tracker.ts';
import { registry } from '../support/vendors.ts';
import { BADGE_COLORS } from '../../src/core/badge-colors.ts';

const slackTab = (url: string, title?: string) => {
  const match = classifyTab({ url, title }, registry);
  if (!match) throw new Error(`${url} is not a vendor tab`);
  return match;
};

const training = (
  usesCustomerData: Vendor['training'][number]['usesCustomerData'],
  state: Vendor['training'][number]['default'],
  models: Vendor['training'][number]['models'] = 'generative',
) => ({
  models,
  usesCustomerData,
  default: state,
  evidence: [{ source: 'policy', quote: 'Quoted words.', verified: '2026-01-02' }],
});

describe('summarize (Slack)', () => {
  const summary = summarize(slackTab('https://acme.slack.com/'));

  it('leads with non-generative training on by default', () => {
    expect(summary.tone).toBe('trains');
    expect(translate(summary.headline.key, summary.headline.subs)).toBe(
      'Slack trains its non-generative AI models on your content by default.',
    );
  });

  it('lists generative, other ML, and who can opt out, each with a footnote', () => {
    const rendered = summary.facts.map((f) => [
      translate(f.label.key),
      f.value.map((v) => translate(v.key)).join(' | '),
    ]);
    expect(rendered).toEqual([
      ['Generative AI', 'Not trained on your content'],
      ['Other AI models (non-generative)', 'Trained on your content, on by default'],
      ['Who can opt out', 'Org Owners | Workspace Owners | the Primary Owner'],
    ]);
    for (const fact of summary.facts) expect(fact.refs.length).toBeGreaterThan(0);
  });

  it('numbers every cited source once, with the latest verified date', () => {
    const numbers = summary.sources.map((s) => s.n);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const cited = new Set(summary.facts.flatMap((f) => f.refs));
    for (const n of cited) expect(numbers).toContain(n);
    expect(summary.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.verified))).toBe(true);
    expect(summary.sources.find((s) => s.url === 'https://slack.com/trust/ai-principles')?.secondHand).toBe(false);
  });

  it('offers the email method and says what is not verified', () => {
    expect(summary.methods.map((m) => m.kind)).toEqual(['email']);
    expect(summary.unverified).toMatch(/could not be read/);
  });

  it('carries the workspace and page kind', () => {
    expect(summary.workspace).toEqual({ scope: 'workspace', url: 'https://acme.slack.com/' });
    expect(summarize(slackTab('https://acme.slack.com/admin')).page).toBe('settings');
    expect(summarize(slackTab('https://slack.com/')).page).toBe('marketing');
  });
});

describe('summarize (every kind of record)', () => {
  const headline = (v: Vendor) => {
    const s = summarize({ vendor: v, page: 'workspace' });
    return [s.tone, translate(s.headline.key, s.headline.subs)];
  };
  it.each([
    [[training('yes', 'on')], 'trains', 'Fake trains generative AI on your content by default.'],
    [[training('yes', 'on', 'unspecified')], 'trains', 'Fake trains AI models on your content by default.'],
    [[training('yes', 'unknown')], 'trains', 'Fake trains AI models on your content.'],
    [[training('yes', 'off')], 'opt-in', 'Fake trains on your content only if you opt in.'],
    [[training('opt-in', 'not-applicable')], 'opt-in', 'Fake trains on your content only if you opt in.'],
    [[training('no', 'not-applicable')], 'no-training', 'Fake says it does not train AI models on your content.'],
    [
      [training('no', 'not-applicable'), training('unknown', 'unknown', 'non-generative')],
      'unknown',
      'We could not verify whether Fake trains AI models on your content.',
    ],
  ] as const)('%j → %s', (entries, tone, text) => {
    expect(headline(fakeVendor([...entries]))).toEqual([tone, text]);
  });

  it('says "shares" when only partners train on by default', () => {
    const shared = { ...training('yes', 'on'), trainedBy: 'partners' as const };
    expect(headline(fakeVendor([shared]))).toEqual([
      'trains',
      'Fake shares your content with companies that train AI on it, by default.',
    ]);
    const both = fakeVendor([shared, training('yes', 'on')]);
    expect(headline(both)).toEqual(['trains', 'Fake trains generative AI on your content by default.']);
    const fact = summarize({ vendor: fakeVendor([shared]), page: 'workspace' }).facts[0];
    expect(fact?.value.map((v) => translate(v.key))).toEqual(['Shared with companies that train AI, on by default']);
  });

  it('shows alternatives only when no way out exists', () => {
    expect(summarize({ vendor: fakeVendor([training('yes', 'on')]), page: 'workspace' }).alternatives).toBe(
      'Delete your account.',
    );
    const withForm = fakeVendor(
      [training('yes', 'on')],
      [
        {
          kind: 'form',
          url: 'https://fake.example/form',
          evidence: [{ source: 'policy', quote: 'Q.', verified: '2026-01-02' }],
        },
      ],
    );
    expect(summarize({ vendor: withForm, page: 'workspace' }).alternatives).toBeUndefined();
  });
});

describe('toolbarBadge', () => {
  it('says OFF in green, with the date, once NoTrain saw the user opt out', () => {
    const badge = toolbarBadge(
      slackTab('https://acme.slack.com/'),
      controlSeen('slack', 'x', 'opted-out', '2026-11-20'),
    );
    expect(badge.text && translate(badge.text.key)).toBe('OFF');
    expect(badge.color).toBe(BADGE_COLORS.optedOut);
    expect(translate(badge.title.key, badge.title.subs)).toBe(
      'Slack: you opted out of AI training on 2026-11-20 (NoTrain saw it on this device).',
    );
    const back = toolbarBadge(slackTab('https://acme.slack.com/'), controlSeen('slack', 'x', 'training', '2026-11-21'));
    expect(back.text?.key).toBe('badgeTrains');
  });

  it('follows the email: still ON once drafted, a grey envelope once marked sent or the owner asked, OFF once confirmed, back after Undo', () => {
    const tab = slackTab('https://acme.slack.com/');
    const at = (day: number) => `2026-12-0${day}T09:00:00.000Z`;
    const drafted = { kind: 'email-drafted' as const, at: at(1) };
    const sent = { kind: 'marked-sent' as const, at: at(2) };
    const entryOf = (...steps: Step[]) => trackerWith('slack', undefined, ...steps).entries.slack;
    expect(toolbarBadge(tab, entryOf(drafted)).text?.key).toBe('badgeTrains');
    const waiting = toolbarBadge(tab, entryOf(drafted, sent));
    expect(waiting.text && translate(waiting.text.key)).toBe('✉');
    expect(waiting.color).toBe('#5f6368');
    expect(translate(waiting.title.key, waiting.title.subs)).toBe(
      'Slack: you marked your opt-out email sent on 2026-12-02; waiting for the vendor to confirm.',
    );
    const asked = toolbarBadge(tab, entryOf({ kind: 'owner-asked', at: at(3) }));
    expect(asked.text?.key).toBe('badgeSent');
    expect(translate(asked.title.key, asked.title.subs)).toBe(
      'Slack: you asked your workspace owner to opt out on 2026-12-03.',
    );
    const confirmed = toolbarBadge(tab, entryOf(drafted, sent, { kind: 'marked-confirmed', at: at(4) }));
    expect(confirmed.text?.key).toBe('badgeOptedOut');
    expect(confirmed.color).toBe('#146c2e');
    expect(translate(confirmed.title.key, confirmed.title.subs)).toBe(
      'Slack: the vendor confirmed your opt-out (you marked it on 2026-12-04).',
    );
    const undone = toolbarBadge(tab, entryOf(drafted, sent, { kind: 'undone', at: at(5) }));
    expect(undone.text?.key).toBe('badgeTrains');
  });

  it('says ON, in red, with the headline as tooltip on a Slack workspace', () => {
    const badge = toolbarBadge(slackTab('https://acme.slack.com/'));
    expect(badge.text && translate(badge.text.key)).toBe('ON');
    expect(badge.color).toBe(BADGE_COLORS.trains);
    expect(badge.title.key).toBe('headlineTrainsNonGenerativeByDefault');
  });

  it('is blank with the default tooltip elsewhere', () => {
    expect(toolbarBadge(undefined)).toEqual({
      text: undefined,
      color: BADGE_COLORS.quiet,
      title: { key: 'actionTitle' },
    });
  });

  it('shows ✓ for a vendor that does not train, and asks "?" when unverified', () => {
    expect(toolbarBadge({ vendor: fakeVendor([training('no', 'not-applicable')]), page: 'workspace' }).text?.key).toBe(
      'badgeNoTraining',
    );
    expect(toolbarBadge({ vendor: fakeVendor([training('unknown', 'unknown')]), page: 'workspace' }).text?.key).toBe(
      'badgeUnknown',
    );
  });
});

/** Sources of every kind, for claims backed one way or another. */
const SOURCES: Vendor['sources'] = {
  policy: { url: 'https://fake.example/policy', title: 'Policy', publisher: 'vendor' },
  news: { url: 'https://www.news.example/story', title: 'A story', publisher: 'third-party', kind: 'news' },
  forum: { url: 'https://forum.example/t/1', title: 'A thread', publisher: 'third-party', kind: 'forum' },
  copy: {
    url: 'https://web.archive.org/web/2026/https://fake.example/policy',
    title: 'Policy (archived)',
    publisher: 'third-party',
    kind: 'archive',
    archive: { name: 'Wayback Machine', captured: '2026-03-04' },
  },
};
type Item = Vendor['training'][number]['evidence'][number];
const vendorSays: Item = { source: 'policy', quote: 'Q.', verified: '2026-01-02' };
const vendorSaid: Item = { source: 'policy', quote: 'Q.', verified: '2026-01-02', asOf: '2025-05-06' };
const newsSays = (confidence: 'high' | 'medium' | 'low', verified = '2026-02-03'): Item => ({
  source: 'news',
  quote: 'Q.',
  verified,
  confidence,
});
const archiveSays: Item = {
  source: 'copy',
  quote: 'Q.',
  verified: '2026-04-05',
  confidence: 'high',
  vendorWords: true,
};

const backed = (entry: Vendor['training'][number], ...evidence: Item[]) => ({ ...entry, evidence });
const withSources = (vendor: Vendor): Vendor => ({ ...vendor, sources: SOURCES });
const text = (m: { key: Parameters<typeof translate>[0]; subs?: readonly string[] }) => translate(m.key, m.subs);

describe('claim status', () => {
  const statusOf = (...evidence: Item[]) =>
    summarize({ vendor: withSources(fakeVendor([backed(training('yes', 'on'), ...evidence)])), page: 'workspace' })
      .facts[0]?.status;

  it.each([
    ['a vendor page as it stands', [vendorSays, newsSays('high')], { strength: 'confirmed' }],
    ['a vendor page among weaker reports', [newsSays('low'), vendorSays], { strength: 'confirmed' }],
    ['a news report', [newsSays('medium')], { strength: 'reported', by: 'news.example', date: '2026-02-03', ref: 1 }],
    [
      'the most confident report',
      [newsSays('medium', '2026-05-01'), { ...newsSays('high'), source: 'forum' }],
      { strength: 'reported', by: 'forum.example', date: '2026-02-03', ref: 2 },
    ],
    [
      'the newest of equally confident reports',
      [newsSays('medium', '2026-01-01'), { ...newsSays('medium', '2026-06-01'), source: 'forum' }],
      { strength: 'reported', by: 'forum.example', date: '2026-06-01', ref: 2 },
    ],
    [
      'an archived copy, by archive and capture date',
      [archiveSays],
      { strength: 'reported', by: 'Wayback Machine', date: '2026-03-04', ref: 1 },
    ],
    [
      'a low-confidence report only',
      [newsSays('low')],
      { strength: 'weak', by: 'news.example', date: '2026-02-03', ref: 1 },
    ],
    ['a replaced vendor page only', [vendorSaid], { strength: 'weak', by: 'fake.example', date: '2025-05-06', ref: 1 }],
    [
      'a report over a replaced vendor page',
      [vendorSaid, newsSays('high')],
      { strength: 'reported', by: 'news.example', date: '2026-02-03', ref: 2 },
    ],
  ] as const)('%s', (_, evidence, status) => {
    expect(statusOf(...evidence)).toEqual(status);
  });

  it('counts a replaced vendor page as confirming history, and marks every claim', () => {
    const vendor = withSources({
      ...fakeVendor(
        [training('yes', 'on')],
        [{ kind: 'form', url: 'https://fake.example/form', evidence: [newsSays('medium')] }],
      ),
      history: [{ date: '2025-05-06', change: 'Turned training on.', evidence: [vendorSaid] }],
      differences: [{ applies: 'EU', regions: ['EU', 'EEA'], says: 'Off by default.', evidence: [newsSays('low')] }],
    });
    const summary = summarize({ vendor, page: 'workspace' });
    expect(summary.history[0]?.status).toEqual({ strength: 'confirmed' });
    expect(summary.differences[0]).toMatchObject({ status: { strength: 'weak' }, regions: ['EU', 'EEA'] });
    expect(summary.methods[0]?.status).toMatchObject({ strength: 'reported', by: 'news.example' });
    for (const fact of summary.facts) expect(fact.status.strength).toBe('confirmed');
  });
});

describe('headline confidence', () => {
  const headline = (...entries: Vendor['training']) => {
    const vendor = withSources(fakeVendor(entries));
    const s = summarize({ vendor, page: 'workspace' });
    return [s.tone, s.reported, text(s.headline)];
  };
  const on = training('yes', 'on');
  const onOther = training('yes', 'on', 'non-generative');
  const no = training('no', 'not-applicable');

  it.each([
    [
      'confirmed: a fact',
      [backed(on, vendorSays)],
      ['trains', false, 'Fake trains generative AI on your content by default.'],
    ],
    [
      'reported only: says so',
      [backed(on, newsSays('high'))],
      ['trains', true, 'Reported: Fake trains generative AI on your content by default.'],
    ],
    [
      'low confidence only: unknown',
      [backed(on, newsSays('low'))],
      ['unknown', false, 'We could not verify whether Fake trains AI models on your content.'],
    ],
    [
      'a replaced vendor page only: unknown',
      [backed(on, vendorSaid)],
      ['unknown', false, 'We could not verify whether Fake trains AI models on your content.'],
    ],
    // "Trains" holds if one entry is confirmed; the wording follows the confirmed entries.
    [
      'one confirmed, one reported',
      [backed(on, vendorSays), backed(onOther, newsSays('high'))],
      ['trains', false, 'Fake trains generative AI on your content by default.'],
    ],
    [
      'both reported',
      [backed(on, newsSays('high')), backed(onOther, newsSays('medium'))],
      ['trains', true, 'Reported: Fake trains AI models on your content by default.'],
    ],
    // A weak "trains" over a confirmed "does not train" is not verified, not a "does not train".
    [
      'a weak "trains" beside a confirmed "no"',
      [backed(no, vendorSays), backed(onOther, newsSays('low'))],
      ['unknown', false, 'We could not verify whether Fake trains AI models on your content.'],
    ],
    // "Does not train" holds only if every entry is confirmed.
    [
      '"no" everywhere, confirmed',
      [backed(no, vendorSays), backed({ ...no, models: 'non-generative' as const }, vendorSays)],
      ['no-training', false, 'Fake says it does not train AI models on your content.'],
    ],
    [
      '"no", one entry reported',
      [backed(no, vendorSays), backed({ ...no, models: 'non-generative' as const }, newsSays('high'))],
      ['no-training', true, 'Reported: Fake says it does not train AI models on your content.'],
    ],
    [
      'opt-in, reported',
      [backed(training('opt-in', 'not-applicable'), archiveSays)],
      ['opt-in', true, 'Reported: Fake trains on your content only if you opt in.'],
    ],
  ] as const)('%s', (_, entries, expected) => {
    expect(headline(...entries)).toEqual(expected);
  });

  it('the badge never claims more than the headline', () => {
    const badge = (...entries: Vendor['training']) => {
      const b = toolbarBadge({ vendor: withSources(fakeVendor(entries)), page: 'workspace' });
      return [b.text && text(b.text), text(b.title)];
    };
    expect(badge(backed(on, vendorSays))).toEqual(['ON', 'Fake trains generative AI on your content by default.']);
    expect(badge(backed(on, newsSays('medium')))).toEqual([
      'ON?',
      'Reported: Fake trains generative AI on your content by default.',
    ]);
    expect(badge(backed(on, newsSays('low')))).toEqual([
      '?',
      'We could not verify whether Fake trains AI models on your content.',
    ]);
    expect(badge(backed(no, vendorSays))).toEqual(['✓', 'Fake says it does not train AI models on your content.']);
    expect(badge(backed(no, newsSays('high')))).toEqual([
      '?',
      'Reported: Fake says it does not train AI models on your content.',
    ]);
  });

  it('agrees between the popup and the badge on every real record', () => {
    for (const vendor of registry.vendors) {
      const s = summarize({ vendor, page: 'workspace' });
      const b = toolbarBadge({ vendor, page: 'workspace' });
      expect(b.title, vendor.id).toEqual(s.headline);
      if (s.reported) expect(b.text?.key, vendor.id).not.toBe('badgeNoTraining');
      if (b.text?.key === 'badgeTrains' || b.text?.key === 'badgeNoTraining') expect(s.reported, vendor.id).toBe(false);
    }
  });
});

describe('routes by region', () => {
  const evidence = [vendorSays];
  const methods: Vendor['optOut']['methods'] = [
    { kind: 'form', url: 'https://fake.example/eu-form', regions: ['EU', 'EEA', 'UK'], evidence },
    {
      kind: 'settings',
      path: ['Settings', 'Privacy'],
      optOutState: 'off',
      url: 'https://fake.example/settings',
      evidence,
    },
    { kind: 'form', url: 'https://fake.example/br-form', regions: ['BR'], plans: ['Pro'], evidence },
    { kind: 'email', to: 'privacy@fake.example', mustInclude: [], regions: ['US'], evidence },
  ];
  const summary = summarize({ vendor: fakeVendor([training('yes', 'on')], methods), page: 'workspace' });
  const urls = (routes: readonly Route[]) => routes.map((r) => (r.kind === 'email' ? r.to : r.href));

  it.each([
    [
      'UK',
      ['https://fake.example/eu-form', 'https://fake.example/settings'],
      ['https://fake.example/br-form', 'privacy@fake.example'],
    ],
    [
      'EEA',
      ['https://fake.example/eu-form', 'https://fake.example/settings'],
      ['https://fake.example/br-form', 'privacy@fake.example'],
    ],
    [
      'BR',
      ['https://fake.example/br-form', 'https://fake.example/settings'],
      ['https://fake.example/eu-form', 'privacy@fake.example'],
    ],
    [
      'US',
      ['privacy@fake.example', 'https://fake.example/settings'],
      ['https://fake.example/eu-form', 'https://fake.example/br-form'],
    ],
    [
      'elsewhere',
      ['https://fake.example/settings'],
      ['https://fake.example/eu-form', 'https://fake.example/br-form', 'privacy@fake.example'],
    ],
    [
      undefined,
      [
        'https://fake.example/settings',
        'https://fake.example/eu-form',
        'https://fake.example/br-form',
        'privacy@fake.example',
      ],
      [],
    ],
  ] as const)('for %s: lead %j, other regions %j', (place, lead, other) => {
    const routes = routesFor(summary.methods, place);
    expect(urls(routes.lead)).toEqual(lead);
    expect(urls(routes.other)).toEqual(other);
  });

  it('flags the record as regional, and never offers "no opt-out" when only another region has a route', () => {
    expect(summary.regional).toBe(true);
    expect(summarize({ vendor: fakeVendor([training('yes', 'on')]), page: 'workspace' }).regional).toBe(false);
    // Regional facts or differences alone change no route: they carry their own tags, and no region choice is offered.
    const regionalNote = fakeVendor(
      [{ ...training('yes', 'on'), regions: ['EU'] }],
      [methods[1] as Vendor['optOut']['methods'][number]],
      {
        differences: [{ applies: 'EU', regions: ['EU'], says: 'Differs.', evidence }],
      },
    );
    expect(summarize({ vendor: regionalNote, page: 'workspace' }).regional).toBe(false);
    const onlyEu = summarize({
      vendor: fakeVendor([training('yes', 'on')], [methods[0] as Vendor['optOut']['methods'][number]]),
      page: 'workspace',
    });
    expect(onlyEu.methods.length).toBe(1);
    expect(onlyEu.alternatives).toBeUndefined();
    expect(routesFor(onlyEu.methods, 'US')).toMatchObject({ lead: [], other: [{ kind: 'form' }] });
  });

  it('resolves each settings link for the tab’s workspace, falling back to the fixed link', () => {
    const templated: Vendor['optOut']['methods'] = [
      {
        kind: 'settings',
        path: ['Admin'],
        optOutState: 'off',
        url: 'https://fake.example/admin',
        workspaceUrl: 'https://{workspace-host}/admin/ai',
        evidence,
      },
      {
        kind: 'settings',
        path: ['Admin'],
        optOutState: 'off',
        workspaceUrl: 'https://fake.example/o/{workspace-id}/ai',
        evidence,
      },
    ];
    const vendor = fakeVendor([training('yes', 'on')], templated);
    const hrefs = (workspace?: Workspace) =>
      summarize({ vendor, page: 'workspace', ...(workspace ? { workspace } : {}) }).methods.map((m) => m.href);
    expect(hrefs({ scope: 'workspace', url: 'https://acme.fake.example/', id: 'T0123ABCD' })).toEqual([
      'https://acme.fake.example/admin/ai',
      'https://fake.example/o/T0123ABCD/ai',
    ]);
    expect(hrefs({ scope: 'workspace', id: 'T0123ABCD' })).toEqual([
      'https://fake.example/admin',
      'https://fake.example/o/T0123ABCD/ai',
    ]);
    expect(hrefs()).toEqual(['https://fake.example/admin', undefined]);
  });
});
