/**
 * The popup's view-model rules, for every record: who can opt out only where
 * a way out exists, plan-aware verdicts and badges, owner-only routes gated,
 * partial opt-outs read as partial, and no "offers no opt-out" claim.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';
import { messageTranslator } from '../../src/core/i18n.ts';
import { dependsOnPlan, OTHER_PLAN, policyHeadline, summarize } from '../../src/core/summarize.ts';
import { toolbarBadge } from '../../src/core/toolbar-badge.ts';
import { BADGE_COLORS } from '../../src/core/badge-colors.ts';
import { controlSeen } from '../support/tracker.ts';
import type { Vendor } from '../../src/core/vendor-schema.ts';

const text = messageTranslator(translate);
const RED = BADGE_COLORS.trains;
const view = (vendor: Vendor, plan?: string) => summarize({ vendor, page: 'workspace' }, { plan });
const hasWho = (s: ReturnType<typeof view>) => s.facts.some((f) => f.label.key === 'factWhoCanOptOut');

describe.each(registry.vendors.map((v) => [v.id, v] as const))('%s', (_, vendor) => {
  const plans = [undefined, ...(vendor.plans ?? []).map((p) => p.id), OTHER_PLAN];

  it('shows "Who can opt out" only when a way out exists, and otherwise says why there is none', () => {
    for (const plan of plans) {
      const s = view(vendor, plan);
      const routes = s.methods.length > 0 && !vendor.optOut.who.includes('nobody');
      expect(hasWho(s)).toBe(routes);
      expect(s.noRoute !== undefined).toBe(s.methods.length === 0);
      if (s.noRoute) {
        const tone = policyHeadline(vendor, plan).tone;
        expect(s.noRoute.key).toBe(
          tone === 'no-training' ? 'nothingToDo' : tone === 'opt-in' ? 'nothingToDoOptIn' : 'noOptOutFound',
        );
      }
      expect(s.who.some((w) => w.key === 'whoNobody')).toBe(false);
    }
  });

  it('says "Depends on your plan" only where plans differ and none is picked; a picked plan gets its own verdict', () => {
    const differs = dependsOnPlan(vendor);
    expect(view(vendor).tone === 'depends').toBe(differs);
    for (const plan of plans.slice(1)) {
      const s = view(vendor, plan);
      expect(s.tone).not.toBe('depends');
      expect(s.tone).toBe(policyHeadline(vendor, plan).tone);
      // The user's rows, and the other plans' behind the fold: nothing lost, nothing twice.
      const trainingRows = s.facts.filter((f) => f.models !== undefined).length;
      expect(trainingRows + s.otherPlans.facts.length).toBe(vendor.training.length);
      expect(s.methods.length + s.otherPlans.methods.length).toBe(vendor.optOut.methods.length);
    }
  });

  it('badges red only when the user’s plan trains by default (never while the plan is unknown and plans differ)', () => {
    for (const plan of plans) {
      const badge = toolbarBadge({ vendor, page: 'workspace' }, undefined, plan);
      const red = (plan !== undefined || !dependsOnPlan(vendor)) && policyHeadline(vendor, plan).tone === 'trains';
      expect(badge.color === RED).toBe(red);
      if (plan === undefined && dependsOnPlan(vendor)) expect(badge.text?.key).toBe('badgeDependsOnPlan');
    }
  });

  it('names the plan or product in every row of an entry scoped to plans', () => {
    for (const plan of plans) {
      const s = view(vendor, plan);
      const rows = [...s.facts, ...s.otherPlans.facts].filter((f) => f.models !== undefined);
      const scoped = vendor.training.filter((t) => t.plans || t.appliesTo).length;
      expect(rows.filter((f) => f.scope).length).toBe(scoped);
    }
  });

  it('gates owner- and admin-only routes behind the role question', () => {
    const s = view(vendor);
    const ownerOnly =
      s.methods.length > 0 && !vendor.optOut.who.includes('each-user') && !vendor.optOut.who.includes('nobody');
    expect(s.ownerOnly).toBe(ownerOnly);
  });

  it('accounts for what the user did: a full opt-out reads "Off", one that leaves defaults on reads as partial', () => {
    for (const method of vendor.optOut.methods) {
      if (method.kind !== 'settings' || !method.label) continue;
      const entry = controlSeen(vendor.id, method.label);
      const s = summarize({ vendor, page: 'workspace' }, { plan: method.plans?.[0], entry });
      if (s.tone === 'depends') continue;
      const still = vendor.training.filter(
        (t) =>
          (!t.plans || !method.plans || t.plans.includes(method.plans[0] ?? '')) &&
          t.usesCustomerData === 'yes' &&
          t.default !== 'off' &&
          method.covers &&
          !method.covers.includes(t.models),
      );
      expect(s.tone).toBe(still.length ? 'partial' : 'opted-out');
      expect(text(s.headline)).not.toMatch(/\$|undefined/);
      const badge = toolbarBadge({ vendor, page: 'workspace' }, entry, method.plans?.[0]);
      expect(badge.text?.key).toBe(still.length ? 'badgePartial' : 'badgeOptedOut');
    }
  });
});

describe('the verdicts the review asked about', () => {
  const vendor = (id: string) => registry.byId(id) as Vendor;
  it.each([
    ['github-copilot', 'copilot-business', 'no-training'],
    ['github-copilot', 'copilot-enterprise', 'no-training'],
    ['github-copilot', 'copilot-pro', 'trains'],
    ['openai-chatgpt', 'business', 'opt-in'],
    ['openai-chatgpt', 'individuals', 'trains'],
    ['anthropic-claude', 'work', 'opt-in'],
    ['anthropic-claude', 'pro', 'trains'],
    ['perplexity', 'enterprise', 'no-training'],
    ['figma', 'organization', 'opt-in'],
    ['figma', 'starter', 'trains'],
  ])('%s on %s: %s', (id, plan, tone) => {
    expect(view(vendor(id), plan).tone).toBe(tone);
    expect(view(vendor(id)).tone).toBe('depends');
    expect(text(view(vendor(id)).headline)).toMatch(/^Depends on your plan/);
  });

  it('LinkedIn: off for generative AI, other models still on by default', () => {
    const s = summarize(
      { vendor: vendor('linkedin'), page: 'workspace' },
      { entry: controlSeen('linkedin', 'Use my data for training content creation AI models') },
    );
    expect(text(s.headline)).toBe('Off for generative AI; other AI models still on by default.');
  });

  it.each(['zendesk', 'asana', 'box', 'loom', 'meta', 'microsoft-365-copilot', 'monday', 'webex', 'reddit'])(
    '%s: no "Who can opt out" unless a route exists',
    (id) => {
      const s = view(vendor(id));
      expect(hasWho(s)).toBe(s.methods.length > 0);
    },
  );

  it('never says a vendor "offers no opt-out"', () => {
    for (const v of registry.vendors) expect(JSON.stringify(view(v))).not.toContain('"noOptOut"');
  });
});
