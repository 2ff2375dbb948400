import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { summarize } from '../../src/core/summarize.ts';
import { toolbarBadge } from '../../src/core/toolbar-badge.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

const slackTab = (url: string, title?: string) => {
  const match = classifyTab({ url, title }, registry);
  if (!match) throw new Error(`${url} is not a vendor tab`);
  return match;
};

/** A minimal valid record to vary one field at a time. */
function fakeVendor(training: Vendor['training'], methods: Vendor['optOut']['methods'] = []): Vendor {
  const evidence = [{ source: 'policy', quote: 'Quoted words.', verified: '2026-01-02' }];
  return {
    id: 'fake',
    name: 'Fake',
    domains: ['fake.example'],
    policyUrl: 'https://fake.example/policy',
    match: { hosts: ['fake.example'], workspaces: [], pages: [], defaultPage: 'workspace' },
    training,
    optOut: { who: ['each-user'], methods, evidence, alternatives: 'Delete your account.' },
    differences: [],
    history: [],
    sources: { policy: { url: 'https://fake.example/policy', title: 'Policy', publisher: 'vendor' } },
    reviewed: '2026-01-02',
  };
}
const training = (usesCustomerData: Vendor['training'][number]['usesCustomerData'], state: Vendor['training'][number]['default'], models: Vendor['training'][number]['models'] = 'generative') => ({
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
    const rendered = summary.facts.map((f) => [translate(f.label.key), f.value.map((v) => translate(v.key)).join(' | ')]);
    expect(rendered).toEqual([
      ['Generative AI', 'Not trained on your content'],
      ['Other ML models', 'Trained on your content, on by default'],
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
    [[training('no', 'not-applicable'), training('unknown', 'unknown', 'non-generative')], 'unknown', 'We could not verify whether Fake trains AI models on your content.'],
  ] as const)('%j → %s', (entries, tone, text) => {
    expect(headline(fakeVendor([...entries]))).toEqual([tone, text]);
  });

  it('says "shares" when only partners train on by default', () => {
    const shared = { ...training('yes', 'on'), trainedBy: 'partners' as const };
    expect(headline(fakeVendor([shared]))).toEqual(['trains', 'Fake shares your content with companies that train AI on it, by default.']);
    const both = fakeVendor([shared, training('yes', 'on')]);
    expect(headline(both)).toEqual(['trains', 'Fake trains generative AI on your content by default.']);
    const fact = summarize({ vendor: fakeVendor([shared]), page: 'workspace' }).facts[0];
    expect(fact?.value.map((v) => translate(v.key))).toEqual(['Shared with companies that train AI, on by default']);
  });

  it('shows alternatives only when no way out exists', () => {
    expect(summarize({ vendor: fakeVendor([training('yes', 'on')]), page: 'workspace' }).alternatives).toBe('Delete your account.');
    const withForm = fakeVendor([training('yes', 'on')], [
      { kind: 'form', url: 'https://fake.example/form', evidence: [{ source: 'policy', quote: 'Q.', verified: '2026-01-02' }] },
    ]);
    expect(summarize({ vendor: withForm, page: 'workspace' }).alternatives).toBeUndefined();
  });
});

describe('toolbarBadge', () => {
  it('says OFF in green, with the date, once NoTrain saw the user opt out', () => {
    const badge = toolbarBadge(slackTab('https://acme.slack.com/'), { standing: 'opted-out', label: 'x', date: '2026-11-20' });
    expect(badge.text && translate(badge.text.key)).toBe('OFF');
    expect(badge.color).toBe('#146c2e');
    expect(translate(badge.title.key, badge.title.subs)).toBe('Slack: you opted out of AI training on 2026-11-20 (as NoTrain saw).');
    const back = toolbarBadge(slackTab('https://acme.slack.com/'), { standing: 'training', label: 'x', date: '2026-11-21' });
    expect(back.text?.key).toBe('badgeTrains');
  });

  it('says ON, in red, with the headline as tooltip on a Slack workspace', () => {
    const badge = toolbarBadge(slackTab('https://acme.slack.com/'));
    expect(badge.text && translate(badge.text.key)).toBe('ON');
    expect(badge.color).toBe('#b3261e');
    expect(badge.title.key).toBe('headlineTrainsNonGenerativeByDefault');
  });

  it('is blank with the default tooltip elsewhere', () => {
    expect(toolbarBadge(undefined)).toEqual({ text: undefined, color: '#5f6368', title: { key: 'actionTitle' } });
  });

  it('shows ✓ for a vendor that does not train, and asks "?" when unverified', () => {
    expect(toolbarBadge({ vendor: fakeVendor([training('no', 'not-applicable')]), page: 'workspace' }).text?.key).toBe('badgeNoTraining');
    expect(toolbarBadge({ vendor: fakeVendor([training('unknown', 'unknown')]), page: 'workspace' }).text?.key).toBe('badgeUnknown');
  });
});
